package dev.finsam.core;

import com.google.common.testing.NullPointerTester;
import dev.finsam.core.internal.LargestRemainder;
import dev.finsam.core.internal.TieBreak;
import dev.finsam.core.text.Checks;
import dev.finsam.core.text.DocumentPart;
import dev.finsam.core.text.NumberTokens;
import dev.finsam.core.text.PrintedText;
import dev.finsam.core.text.Swedish;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every public class of core's own packages rejects null with a NullPointerException. */
class NullPointerTest {

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Fraction.class, Fraction.ONE)
        .setDefault(LocalDate.class, LocalDate.of(2017, 11, 30))
        .setDefault(Member.class, Member.municipality("Umeå"))
        .setDefault(OrganisationNumber.class, OrganisationNumber.parse("222000-1834"))
        .setDefault(Location.class, Location.of(1, "Tabell 1"))
        .setDefault(Finding.class, Finding.of(Severity.INFO, "a.b", "Text."))
        .setDefault(Findings.class, Findings.none())
        .setDefault(NumberStyle.class, NumberStyle.SWEDISH)
        .setDefault(TieBreak.class, TieBreak.NONE)
        .setDefault(String.class, "1")
        .setDefault(CharSequence.class, "1");
  }

  @Test
  void staticMethodsAndConstructors() {
    NullPointerTester t = tester();
    for (Class<?> c : new Class<?>[] {Association.class, Documents.class, Finding.class,
        Findings.class, Fraction.class, Location.class, Member.class, Membership.class,
        OrganisationNumber.class, Tertial.class, Swedish.class, Checks.class, PrintedText.class,
        NumberTokens.class, LargestRemainder.class, DocumentPart.class,
        PrintedText.Line.class, NumberTokens.Token.class}) {
      t.testAllPublicStaticMethods(c);
      t.testAllPublicConstructors(c);
    }
  }

  @Test
  void instanceMethods() {
    NullPointerTester t = tester();
    Member m = Member.municipality("Umeå");
    Finding f = Finding.of(Severity.ERROR, "a.b", "Text.");
    for (Object o : new Object[] {
        Association.builder().name("A").addMember(m, LocalDate.of(2005, 5, 1)).build(),
        Association.builder(), f, Findings.of(f), Findings.builder(), Fraction.of(1, 3),
        Location.of(1, "x"), m, Membership.of(m, LocalDate.of(2005, 5, 1), Optional.empty()),
        OrganisationNumber.parse("222000-1834"), Tertial.of(2017, 3),
        PrintedText.lines("a").get(0)}) {
      t.testAllPublicInstanceMethods(o);
    }
  }
}
