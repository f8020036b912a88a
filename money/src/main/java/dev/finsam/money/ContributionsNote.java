package dev.finsam.money;

import dev.finsam.core.Finding;
import dev.finsam.core.Findings;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import javax.money.MonetaryAmount;

/**
 * The members' contributions as an annual report's note prints them (<i>Not 1. Verksamhetens
 * medlemsavgifter</i>): "Driftbidrag från staten", "… från Umeå kommun", "… från Västerbottens
 * läns landsting" (or "Region …"), one column per year, read into {@link ReportedContributions}
 * and checked with {@link ContributionCheck#proportions} at zero tolerance.
 *
 * <p>For example, the 2016 column of the annual report 2017 gives
 * {@code contribution.state.not-twice-region}: the state paid 68 kr less than twice the region.
 * Each finding names its column. A municipality keeps its name as printed ("Nordmalings kommun").
 */
final class ContributionsNote {

  private ContributionsNote() {}

  /**
   * @return true if the statement's rows name the state (or the Social Insurance Agency, which
   *     pays the state's part) and a region or county council, as {@link #column} reads them
   */
  static boolean is(Statement s) {
    boolean state = false;
    boolean region = false;
    for (StatementRow r : s.rows()) {
      String l = r.label().toLowerCase(Locale.ROOT);
      state |= l.contains("staten") || l.contains("försäkringskassan");
      region |= l.contains("landsting") || l.contains("region");
    }
    return state && region;
  }

  static Findings check(Statement s) {
    Findings.Builder f = Findings.builder().addAll(s.check());
    for (int c = 0; c < s.columns().size(); c++) {
      ReportedContributions reported = column(s, c);
      if (reported == null) {
        continue;
      }
      for (Finding x : ContributionCheck.proportions(reported, Amounts.sek(0)).all()) {
        f.add(Finding.of(x.severity(), x.code(), s.columns().get(c).name() + ": "
            + x.message()));
      }
    }
    return f.build();
  }

  /** The contributions of one column, or null if it lacks the state or the region. */
  static ReportedContributions column(Statement s, int c) {
    MonetaryAmount state = null;
    MonetaryAmount region = null;
    Map<String, MonetaryAmount> municipalities = new LinkedHashMap<>();
    for (StatementRow r : s.rows()) {
      if (r.role() != Statement.RowRole.LINE) {
        continue;
      }
      OptionalLong v = r.ore().get(c);
      if (v.isEmpty()) {
        continue;
      }
      String l = r.label().toLowerCase(Locale.ROOT);
      MonetaryAmount a = Amounts.ofOre(v.getAsLong());
      if (l.contains("staten") || l.contains("försäkringskassan")) {
        state = a;
      } else if (l.contains("landsting") || l.contains("region")) {
        region = a;
      } else if (l.contains("kommun")) {
        municipalities.put(name(r.label()), a);
      }
    }
    return state == null || region == null ? null
        : ReportedContributions.of(state, region, municipalities);
  }

  private static String name(String label) {
    int from = label.toLowerCase(Locale.ROOT).indexOf("från ");
    return from < 0 ? label : label.substring(from + 5).strip();
  }
}
