// finsam for analysts: the library's API packages, imported. Loaded by examples/jshell.sh.
import dev.finsam.core.*;
import dev.finsam.core.protocol.*;
import dev.finsam.money.*;
import dev.finsam.money.equity.*;
import dev.finsam.outcomes.*;
import javax.money.MonetaryAmount;
import java.time.LocalDate;
import java.util.Map;
import java.util.List;

// show(x) prints a value as a person reads it: amounts the Swedish way in the unit they were
// made in (Amounts.tkr(2358) as "2 358 tkr", not "SEK 2358000"), categories by their Swedish
// labels, maps one entry a line, and multi-line text whole (JShell's echo cuts it to one line).
String text$(Object x) {
  if (x instanceof MonetaryAmount) return Amounts.format((MonetaryAmount) x);
  if (x instanceof OutcomeCategory) return ((OutcomeCategory) x).label();
  if (x instanceof Map) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<?, ?> e : ((Map<?, ?>) x).entrySet()) {
      sb.append(sb.length() == 0 ? "" : "\n").append(text$(e.getKey())).append(": ")
          .append(text$(e.getValue()));
    }
    return sb.toString();
  }
  if (x instanceof List) {
    StringBuilder sb = new StringBuilder();
    for (Object o : (List<?>) x) sb.append(sb.length() == 0 ? "" : "\n").append(text$(o));
    return sb.toString();
  }
  return String.valueOf(x);
}
void show(Object x) { System.out.println(text$(x)); }
