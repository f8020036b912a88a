package dev.finsam.money;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finsam.money.equity.EquityAssessment;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Results of the library are made by it, never by callers: no public or protected constructor. */
class ResultTypesTest {

  @Test
  void resultTypesCannotBeConstructedOrSubclassedByCallers() {
    for (Class<?> c : List.of(Allocation.class, Allocation.Line.class, GrantCall.Decision.class,
        GrantCall.Proposal.class, EquityAssessment.class, ResultReport.Line.class)) {
      assertTrue(!c.isRecord(), c + " is a record, whose constructor is public");
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        int m = k.getModifiers();
        assertTrue(!Modifier.isPublic(m) && !Modifier.isProtected(m), k.toString());
      }
    }
  }
}
