package dev.finsam.money;

import static dev.finsam.money.AmountsTest.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Finding;
import dev.finsam.core.Findings;
import dev.finsam.core.Severity;
import dev.finsam.core.text.PrintedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The printed summary of the 2017 extra call (frame about 1 200 tkr, 1 846 tkr applied for) and
 * variants of it: what the check says when the decisions, the sum or the frame differ.
 */
class GrantCallTableTest {

  private static final String HEADER = "| <u>Projektnamn</u> | <u>Belopp</u> | <u>Prio</u> | "
      + "<u>Beslutsförslag</u> |\n|--|---|---|---|\n";
  private static final String ROWS = "| Social lots på Ungdomstorget | 408 tkr | 1 | Bifall |\n"
      + "| Stöd för att återgå/klara sina studier | 410 tkr | 2 | Bifall |\n"
      + "| Förstärkt kunskap Robertsfors | 250 tkr | 3 | Bifall |\n"
      + "| Vårdskap ASF | 160 tkr | 4 | Avslag |\n"
      + "| Fokus långa sjukfall | 398 tkr | 5 | Avslag |\n"
      + "| Arbetsgivarekonferens | 220 tkr | 6 | Avslag |\n";
  private static final String TEXT = "\nTotalt beslutsutrymme är cirka 1 200 tkr, sökta medel är "
      + "1 846 tkr\n";

  private static Findings check(String text) {
    List<PrintedText.Line> lines = PrintedText.lines(text);
    assertTrue(GrantCallTable.isHeader(lines.get(0)), text);
    return GrantCallTable.check(lines, 0, GrantCallTable.end(lines, 0));
  }

  private static List<String> codes(Findings f) {
    return f.all().stream().map(Finding::code).toList();
  }

  @Test
  void grantCall2017_decisionsAgreeAndTheSentenceNamesFrameGrantedAndLeft() {
    Findings f = check(HEADER + ROWS + TEXT);
    assertEquals(List.of("grantcall.decisions.agree"), codes(f));
    assertEquals(Severity.INFO, f.all().get(0).severity());
    assertEquals("Beslutsförslagen stämmer med prioritetsordningen inom ramen 1 200 tkr: beviljat "
        + "1 068 tkr, kvar 132 tkr.", plain(f.all().get(0).message()));
  }

  @Test
  void aDecisionAgainstThePriorityOrderAndAWrongSumAreNamed() {
    Findings f = check(HEADER + ROWS.replace("160 tkr | 4 | Avslag", "160 tkr | 4 | Bifall")
        .replace("408 tkr | 1 | Bifall", "408 tkr | 1 | Avslag")
        + TEXT.replace("1 846", "1 864"));
    assertEquals(List.of("grantcall.applied.mismatch", "grantcall.decision.differs",
        "grantcall.decision.differs"), codes(f));
    assertEquals("Ansökningarna summerar till 1 846 tkr, men texten anger sökta medel 1 864 tkr.",
        plain(f.all().get(0).message()));
    assertEquals(Severity.WARNING, f.all().get(1).severity());
    assertEquals("\"Social lots på Ungdomstorget\" (prio 1, 408 tkr) har beslutsförslaget avslag, "
        + "men prioritetsordningen inom ramen 1 200 tkr ger bifall.",
        plain(f.all().get(1).message()));
    assertEquals("\"Vårdskap ASF\" (prio 4, 160 tkr) har beslutsförslaget bifall, men "
        + "prioritetsordningen inom ramen 1 200 tkr ger avslag.", plain(f.all().get(2).message()));
  }

  @Test
  void withoutAFrameOnlyTheSumIsCheckedAndAnUnprintedDecisionIsNotCompared() {
    assertEquals(List.of(), codes(check(HEADER + ROWS + "\nsökta medel är 1 846 tkr\n")));
    Findings noDecision = check(HEADER + ROWS.replace("| 4 | Avslag", "| 4 | ") + TEXT);
    assertEquals(List.of("grantcall.decisions.agree"), codes(noDecision));
    String far = HEADER + ROWS + "\n\n\n\n\n\n" + TEXT;
    assertEquals(List.of(), codes(check(far)), "the text is looked for in the six lines after");
    String near = HEADER + ROWS + "\n\n\n\n" + TEXT;
    assertEquals(List.of("grantcall.decisions.agree"), codes(check(near)));
  }

  @Test
  void amountsInKronorOrWithoutUnitAreReadAndOthersRejectedNamingTheLine() {
    Findings kr = check(HEADER + "| A | 600 000 kr | 1 | Bifall |\n| B | 500 | 2 | Avslag |\n"
        + "\nbeslutsutrymme 1 000 tkr\n");
    assertEquals(List.of("grantcall.decisions.agree"), codes(kr));
    assertTrue(plain(kr.all().get(0).message()).endsWith("beviljat 600 tkr, kvar 400 tkr."),
        kr.toString());
    IllegalArgumentException amount = assertThrows(IllegalArgumentException.class,
        () -> check(HEADER + "| A | många | 1 | Bifall |\n"));
    assertEquals("amount of line 3 (\"många\") must be an amount such as \"408 tkr\"",
        amount.getMessage());
    assertThrows(IllegalArgumentException.class, () -> check(HEADER + "| A | 0 tkr | 1 | |\n"));
    IllegalArgumentException prio = assertThrows(IllegalArgumentException.class,
        () -> check(HEADER + "| A | 5 tkr | först | Bifall |\n"));
    assertEquals("priority of line 3 (\"först\") must be a whole number", prio.getMessage());
    IllegalArgumentException cells = assertThrows(IllegalArgumentException.class,
        () -> check(HEADER + "| A | 5 tkr |\n"));
    assertTrue(cells.getMessage().startsWith("line 3 (\"| A | 5 tkr |\") must have a name, an "
        + "amount and a priority"), cells.getMessage());
  }

  @Test
  void onlyAPipeRowNamingProjectAmountAndPriorityIsTheHeader() {
    assertFalse(GrantCallTable.isHeader(PrintedText.lines("Projektnamn Belopp Prio").get(0)));
    assertFalse(GrantCallTable.isHeader(PrintedText.lines("| Projektnamn | Belopp |").get(0)));
    assertFalse(GrantCallTable.isHeader(PrintedText.lines("| Projektnamn | Prio |").get(0)));
    assertFalse(GrantCallTable.isHeader(PrintedText.lines("| Belopp | Prio |").get(0)));
  }
}
