package dev.finsam.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.core.Finding;
import dev.finsam.core.text.DocumentPart;
import dev.finsam.core.text.PrintedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts money's document reader finds in a document: their kinds, lines and captions. */
class PublishedStatementsTest {

  private static List<DocumentPart> parts(String text) {
    return new PublishedStatements().find(PrintedText.lines(text));
  }

  private static List<String> kinds(List<DocumentPart> parts) {
    return parts.stream().map(DocumentPart::kind).toList();
  }

  @Test
  void eachStatementIsAPartOfItsKindFromItsHeaderToItsLastRow() {
    String text = "Resultatrapport 2017\nBelopp i tkr\tBudget\tUtfall\nInsatser\nA\t1\t1\n"
        + "B\t2\t2\n\nBalansräkning\nBelopp i kr\t2017-12-31\nTillgångar\nKassa\t5\n"
        + "Eget kapital och skulder\nEget kapital\t5\n\n"
        + "Not 1. Verksamhetens medlemsavgifter\t2017-12-31\nDriftbidrag från staten\t20\n"
        + "Driftbidrag från Region Västerbotten\t10\nDriftbidrag från Umeå kommun\t10\n\n"
        + "Not 2. Fordringar\t2017-12-31\nMoms\t5\n";
    List<DocumentPart> p = parts(text);
    assertEquals(List.of("resultatrapport", "balansrapport", "medlemsavgifter", "not"), kinds(p));
    assertEquals(List.of(2, 8, 14, 19), p.stream().map(DocumentPart::firstLine).toList());
    assertEquals(List.of(5, 12, 17, 20), p.stream().map(DocumentPart::lastLine).toList());
    assertEquals(List.of("Resultatrapport 2017", "Balansräkning",
        "Not 1. Verksamhetens medlemsavgifter", "Not 2. Fordringar"),
        p.stream().map(DocumentPart::caption).toList());
    for (DocumentPart part : p) {
      assertTrue(part.check().get().isClean(), part.kind() + ": " + part.check().get());
    }
  }

  @Test
  void aCashFlowStatementIsListedAsAPartThatCannotBeRead() {
    List<DocumentPart> p = parts("Kassaflödesanalys\nBelopp i kr\t2017\t2016\n"
        + "Den löpande verksamheten\t5\t4\n");
    assertEquals(List.of("kassaflödesanalys"), kinds(p));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> p.get(0).check().get());
    assertEquals("line 2: finsam does not read cash-flow statements (kassaflödesanalys)",
        e.getMessage());
  }

  @Test
  void aFinancingAnalysisIsACashFlowStatementToo() {
    List<DocumentPart> p = parts("Finansieringsanalys\nBelopp i kr\t2017\t2016\n"
        + "Den löpande verksamheten\t5\t4\n");
    assertEquals(List.of("kassaflödesanalys"), kinds(p));
  }

  @Test
  void aStatementThatCannotBeReadKeepsItsKindAndSaysWhy() {
    // each has a row with one amount more than its header has columns
    String text = "Resultatrapport 2017\nBelopp i tkr\tBudget\tUtfall\nA\t1\t1\t1\n\n"
        + "Balansräkning\nBelopp i kr\t2017-12-31\nTillgångar\nKassa\t5\t5\n\n"
        + "Not 2. Fordringar\t2017-12-31\nMoms\t5\t5\n";
    List<DocumentPart> p = parts(text);
    assertEquals(List.of("resultatrapport", "balansrapport", "not"), kinds(p));
    for (DocumentPart part : p) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> part.check().get(), part.kind());
      assertTrue(e.getMessage().contains("must have at most"), e.getMessage());
    }
  }

  @Test
  void aHeaderWithoutNumbersInTheFiveLinesBelowIsNoStatement() {
    assertEquals(List.of(), kinds(parts("Belopp i tkr\tBudget\tUtfall\nText\nmer text\n")));
    assertEquals(List.of("resultatrapport"), kinds(parts("Belopp i tkr\tBudget\tUtfall\n"
        + "a\nb\nc\nd\nE\t1\t1\n")));
    assertEquals(List.of(), kinds(parts("Belopp i tkr\tBudget\tUtfall\na\nb\nc\nd\ne\n"
        + "F\t1\t1\n")));
  }

  @Test
  void aStatementThatCannotBeReadIsAPartWhoseCheckNamesTheLine() {
    List<DocumentPart> p = parts("Belopp i tkr\tBudget\tUtfall\nInsatser\nA\t1\tabc\n");
    assertEquals(List.of("resultatrapport"), kinds(p));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> p.get(0).check().get());
    assertTrue(e.getMessage().startsWith("cell 2 of line 3"), e.getMessage());
  }

  @Test
  void aBalanceReportIsKnownByItsCaptionOrByAnAssetInItsRows() {
    assertEquals(List.of("balansrapport"), kinds(parts("Balansrapport\nBelopp i kr\t2017-12-31\n"
        + "Kassa\t5\n")));
    assertEquals(List.of("balansrapport"), kinds(parts("Belopp i kr\t2017-12-31\n"
        + "Summa tillgångar\t5\n")));
    List<Finding> f = parts("Balansräkning\nBelopp i kr\t2017-12-31\nTillgångar\nKassa\t5\n"
        + "Eget kapital och skulder\nEget kapital\t4\n").get(0).check().get().all();
    assertEquals(List.of("balance.not-balanced"), f.stream().map(Finding::code).toList());
  }
}
