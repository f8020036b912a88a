package dev.finsam.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The föredragningslista and the paragraphs it becomes. */
class AgendaTest {

  @Test
  void of_rejectsAnEmptyListAndABlankItemNamingItsPlace() {
    assertEquals("items ([]) must not be empty", assertThrows(IllegalArgumentException.class,
        () -> Agenda.of(List.of())).getMessage());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Agenda.of(List.of("Mötets öppnande", "  ", "Mötet avslutas")));
    assertEquals("items[2] (\"  \") must not be blank", e.getMessage());
  }

  @Test
  void itemAddedAtApproval_isCountedAndNumbered() {
    Agenda agenda = Agenda.of(List.of("Mötets öppnande", "Val av justerare",
        "Ekonomisk rapport", "Mötet avslutas"));
    assertEquals(4, agenda.size());
    Agenda more = agenda.withItemAdded("Övriga frågor");
    assertEquals(5, more.size());
    assertEquals(Map.of(1, "Mötets öppnande", 2, "Val av justerare", 3, "Ekonomisk rapport",
        4, "Övriga frågor", 5, "Mötet avslutas"), more.toParagraphs(ParagraphSet.of(1, 5)));
  }

  @Test
  void toParagraphs_rejectsParagraphsThatDoNotNumberEveryItem() {
    Agenda agenda = Agenda.of(List.of("Mötets öppnande", "Ekonomisk rapport", "Mötet avslutas"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> agenda.toParagraphs(ParagraphSet.of(71, 72)));
    assertEquals("paragraphs (§ 71\u201372) must number the 3 items, not 2", e.getMessage());
  }
}
