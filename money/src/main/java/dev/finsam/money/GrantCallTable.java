package dev.finsam.money;

import dev.finsam.core.Findings;
import dev.finsam.core.text.Checks;
import dev.finsam.core.text.PrintedText;
import dev.finsam.core.text.Swedish;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A printed summary of a grant call (<i>sammanställning av sökta medel</i>): a table of
 * applications with amount, priority and the printed decision, and after it the frame
 * ("beslutsutrymme … 1 200 tkr") and the sum applied for ("sökta medel är 1 846 tkr").
 *
 * <p>For example, the beredningsgrupp's table of the extra call 2017: six applications, priorities
 * 1–3 "Bifall", 4–6 "Avslag", frame about 1 200 tkr, 1 846 tkr applied for.
 *
 * <p>The check compares {@link GrantCall#propose()} with the printed decisions (a difference is
 * {@code grantcall.decision.differs}, WARNING: the board may decide otherwise, but it should be
 * seen), and the applications' sum with the printed sum ({@code grantcall.applied.mismatch},
 * ERROR). Agreement is {@code grantcall.decisions.agree} (INFO).
 */
final class GrantCallTable {

  /** How many lines after the table are searched for the frame and the sum applied for. */
  static final int TEXT_AFTER = 6;

  private GrantCallTable() {}

  /** @return true if the line is the header of such a table */
  static boolean isHeader(PrintedText.Line line) {
    if (!line.isPipeRow()) {
      return false;
    }
    List<String> cells = lower(line.cells());
    return cells.contains("projektnamn") && cells.contains("belopp") && cells.contains("prio");
  }

  /** @return the index of the table's last row, from the header at {@code h} */
  static int end(List<PrintedText.Line> lines, int h) {
    int last = h;
    for (int i = h + 1; i < lines.size() && lines.get(i).isPipeRow(); i++) {
      last = i;
    }
    return last;
  }

  static Findings check(List<PrintedText.Line> lines, int h, int last) {
    List<String> head = lower(lines.get(h).cells());
    int name = head.indexOf("projektnamn");
    int amount = head.indexOf("belopp");
    int prio = head.indexOf("prio");
    int decision = -1;
    for (int k = 0; k < head.size(); k++) {
      if (head.get(k).startsWith("beslut")) {
        decision = k;
      }
    }
    List<GrantCall.Application> apps = new ArrayList<>();
    List<Boolean> printed = new ArrayList<>();
    for (int i = h + 1; i <= last; i++) {
      PrintedText.Line l = lines.get(i);
      if (l.isPipeRule()) {
        continue;
      }
      List<String> cells = l.cells();
      Checks.checkArgument(cells.size() > Math.max(name, Math.max(amount, prio)),
          "line %s (\"%s\") must have a name, an amount and a priority", l.number(),
          Checks.abbreviate(l.text().strip()));
      MonetaryAmount a = tkr(cells.get(amount), l.number());
      int p;
      try {
        p = Integer.parseInt(cells.get(prio).strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("priority of line " + l.number() + " (\""
            + cells.get(prio) + "\") must be a whole number", e);
      }
      apps.add(new GrantCall.Application(cells.get(name), "", a, p));
      String d = decision >= 0 && decision < cells.size()
          ? cells.get(decision).toLowerCase(Locale.ROOT) : "";
      printed.add(d.startsWith("bifall") ? Boolean.TRUE : d.startsWith("avslag") ? Boolean.FALSE
          : null);
    }
    Findings.Builder f = Findings.builder();
    Optional<MonetaryAmount> frame = after(lines, last, "beslutsutrymme");
    Optional<MonetaryAmount> applied = after(lines, last, "sökta medel");
    GrantCall call = GrantCall.of(frame.orElse(Amounts.sek(0)), apps);
    if (applied.isPresent() && Amounts.toOre(applied.get()) != Amounts.toOre(call.applied())) {
      f.error("grantcall.applied.mismatch", "Ansökningarna summerar till "
          + Amounts.format(call.applied(), AmountUnit.TKR) + ", men texten anger sökta medel "
          + Amounts.format(applied.get(), AmountUnit.TKR) + ".");
    }
    if (frame.isEmpty()) {
      return f.build();
    }
    GrantCall.Proposal proposal = call.propose();
    int differ = 0;
    for (GrantCall.Decision d : proposal.decisions()) {
      Boolean was = null;
      for (int k = 0; k < apps.size(); k++) {
        if (apps.get(k) == d.application()) {
          was = printed.get(k);
        }
      }
      if (was != null && was != d.granted()) {
        differ++;
        f.warning("grantcall.decision.differs", "\"" + d.application().name() + "\" (prio "
            + d.application().priority() + ", " + Amounts.format(d.application().amount(),
                AmountUnit.TKR) + ") har beslutsförslaget " + (was ? "bifall" : "avslag")
            + ", men prioritetsordningen inom ramen " + Amounts.format(frame.get(),
                AmountUnit.TKR) + " ger " + (d.granted() ? "bifall" : "avslag") + ".");
      }
    }
    if (differ == 0) {
      f.info("grantcall.decisions.agree", "Beslutsförslagen stämmer med prioritetsordningen "
          + "inom ramen " + Amounts.format(frame.get(), AmountUnit.TKR) + ": beviljat "
          + Amounts.format(proposal.grantedTotal(), AmountUnit.TKR) + ", kvar "
          + Amounts.format(proposal.left(), AmountUnit.TKR) + ".");
    }
    return f.build();
  }

  /** The first "N tkr" after a phrase in the lines after the table. */
  private static Optional<MonetaryAmount> after(List<PrintedText.Line> lines, int last,
      String phrase) {
    for (int i = last + 1; i < Math.min(lines.size(), last + 1 + TEXT_AFTER); i++) {
      String t = lines.get(i).text();
      int at = t.toLowerCase(Locale.ROOT).indexOf(phrase);
      if (at < 0) {
        continue;
      }
      int unit = t.indexOf("tkr", at);
      if (unit < 0) {
        continue;
      }
      int start = unit;
      while (start > at && (Swedish.isDigit(t.charAt(start - 1))
          || Swedish.isGroupSeparator(t.charAt(start - 1)) || t.charAt(start - 1) == ',')) {
        start--;
      }
      BigDecimal v = Swedish.tryParseDecimal(t.substring(start, unit));
      if (v != null) {
        return Optional.of(Amounts.tkr(v));
      }
    }
    return Optional.empty();
  }

  private static MonetaryAmount tkr(String cell, int line) {
    String c = cell.strip();
    boolean kr = !c.endsWith("tkr") && c.endsWith("kr");
    String number = c.endsWith("tkr") ? c.substring(0, c.length() - 3)
        : kr ? c.substring(0, c.length() - 2) : c;
    BigDecimal v = Swedish.tryParseDecimal(number);
    Checks.checkArgument(v != null && v.signum() > 0, "amount of line %s (\"%s\") must be an "
        + "amount such as \"408 tkr\"", line, cell);
    return kr ? Amounts.sek(v) : Amounts.tkr(v);
  }

  private static List<String> lower(List<String> cells) {
    List<String> out = new ArrayList<>();
    for (String c : cells) {
      out.add(c.strip().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
