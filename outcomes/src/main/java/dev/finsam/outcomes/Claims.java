package dev.finsam.outcomes;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.Fraction;
import dev.finsam.core.text.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/** Checks of percentages claimed in prose (<i>procentuppgifter i löptext</i>). */
final class Claims {

  private Claims() {}

  static ClaimCheck verify(OutcomeTable t, BigDecimal claimed, OutcomeCategory... categories) {
    requireNonNull(claimed, "claimed");
    List<OutcomeCategory> cats = Shares.distinct(t, categories);
    Checks.checkArgument(!cats.isEmpty(), "categories (%s) must name at least one category",
        cats);
    Checks.checkArgument(claimed.signum() >= 0 && claimed.scale() >= 0
        && claimed.scale() <= TableCheck.MAX_PERCENT_DECIMALS,
        // the value as toString() gives it: toPlainString() of 1E+999999999 is 10⁹ characters
        "claimed (%s) must be at least 0 with at most %s decimals", claimed,
        TableCheck.MAX_PERCENT_DECIMALS);
    Fraction share = t.share(categories);
    BigDecimal rounded = share.toPercent(RoundingMode.HALF_UP, claimed.scale());
    BigDecimal parts = BigDecimal.ZERO;
    int wholeParts = 0;
    for (OutcomeCategory c : cats) {
      BigDecimal printed = t.publishedPercents().get(OutcomeRow.of(c));
      Fraction s = t.share(c);
      parts = parts.add(printed != null ? printed
          : s.toPercent(RoundingMode.HALF_UP, claimed.scale()));
      wholeParts += printed != null && printed.scale() == 0 ? printed.intValueExact()
          : s.toPercent(RoundingMode.HALF_UP, 0).intValueExact();
    }
    ClaimCheck.Verdict verdict = claimed.compareTo(rounded) == 0 ? ClaimCheck.Verdict.MATCHES
        : claimed.compareTo(parts) == 0 ? ClaimCheck.Verdict.SUM_OF_ROUNDED_PARTS
        : ClaimCheck.Verdict.CONTRADICTED;
    return ImmutableClaimCheck.create(claimed, share,
        share.toPercent(RoundingMode.HALF_UP, 0).intValueExact(), wholeParts, verdict,
        what(cats));
  }

  /** A claim about several platforms together: the pooled share, or the mean of their shares. */
  static ClaimCheck verify(BigDecimal claimed, List<OutcomeTable> groups,
      OutcomeCategory... categories) {
    requireNonNull(claimed, "claimed");
    requireNonNull(groups, "groups");
    requireNonNull(categories, "categories");
    OutcomeTable pooled = OutcomeTables.sum(groups);
    ClaimCheck check = verify(pooled, claimed, categories);
    if (check.verdict() == ClaimCheck.Verdict.MATCHES) {
      return check;
    }
    int scale = claimed.scale();
    BigDecimal exact = BigDecimal.ZERO;
    BigDecimal rounded = BigDecimal.ZERO;
    int n = 0;
    for (OutcomeTable g : groups) {
      if (g.hasEnded()) {
        Fraction share = g.share(categories);
        exact = exact.add(share.toPercent(RoundingMode.HALF_UP, scale + 12));
        rounded = rounded.add(share.toPercent(RoundingMode.HALF_UP, scale));
        n++;
      }
    }
    BigDecimal count = BigDecimal.valueOf(n);
    if (n > 1 && (exact.divide(count, scale, RoundingMode.HALF_UP).compareTo(claimed) == 0
        || rounded.divide(count, scale, RoundingMode.HALF_UP).compareTo(claimed) == 0)) {
      return ImmutableClaimCheck.create(claimed, check.share(), check.halfUp(),
          check.sumOfRoundedParts(), ClaimCheck.Verdict.MEAN_OF_GROUP_PERCENTAGES, check.what());
    }
    return check;
  }

  static String what(List<OutcomeCategory> cats) {
    return cats.stream().map(OutcomeCategory::label).collect(Collectors.joining(", "));
  }
}
