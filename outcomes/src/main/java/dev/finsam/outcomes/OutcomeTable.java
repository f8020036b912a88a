package dev.finsam.outcomes;

import static java.util.Objects.requireNonNull;

import dev.finsam.core.internal.LargestRemainder;
import dev.finsam.core.internal.TieBreak;
import dev.finsam.core.Findings;
import dev.finsam.core.Fraction;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcomes of a platform's individual work for a period (<i>resultat på individnivå</i>): how
 * many took part, of which new; how many ended, and where they went; how many remain — for women,
 * men and in total.
 *
 * <p>For example, the whole association in 2017:
 * <pre>{@code
 * OutcomeTable t = OutcomeTable.builder(OutcomeScheme.CLASSIC)
 *     .participants(422, 468).newcomers(221, 260)
 *     .ended(OutcomeCategory.WORK, 34, 58).ended(OutcomeCategory.STUDIES, 28, 29)
 *     .ended(OutcomeCategory.OTHER_ADAPTED_SOLUTION, 45, 42)
 *     .ended(OutcomeCategory.OTHER_DROPOUT, 32, 30)
 *     .remaining(283, 309).build();
 * t.percent(OutcomeCategory.WORK);   // 31
 * }</pre>
 *
 * <p>Construction rejects only impossible values (negative counts, categories of another scheme);
 * inconsistent figures are for {@link #check()} to find, since real reports contain them.
 * Percentages are always of those who ended. {@code toString()} prints the table as a report shows
 * it, and {@link OutcomeTables#parse} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OutcomeTable {

  static final String PARTICIPANTS = "Antal deltagare totalt";
  static final String NEWCOMERS = "varav nya för året";
  static final String ENDED = "Totalt antal avslutade under året";
  static final String REMAINING = "Antal kvar i verksamheten";

  private final OutcomeScheme scheme;
  private final Count participants;
  private final Optional<Count> newcomers;
  private final Optional<Count> endedRow;
  private final Map<OutcomeCategory, Count> categories;
  private final Optional<Count> subtotal;
  private final Optional<Count> remaining;
  private final Map<OutcomeCategory, Integer> publishedPercents;

  private OutcomeTable(Builder b) {
    this.scheme = b.scheme;
    this.participants = b.participants;
    this.newcomers = Optional.ofNullable(b.newcomers);
    this.endedRow = Optional.ofNullable(b.endedRow);
    Map<OutcomeCategory, Count> cats = new LinkedHashMap<>();
    for (OutcomeCategory c : scheme.categories()) {
      if (b.categories.containsKey(c)) {
        cats.put(c, b.categories.get(c));
      }
    }
    this.categories = Collections.unmodifiableMap(cats);
    this.subtotal = Optional.ofNullable(b.subtotal);
    this.remaining = Optional.ofNullable(b.remaining);
    Map<OutcomeCategory, Integer> pub = new LinkedHashMap<>();
    for (OutcomeCategory c : scheme.categories()) {
      if (b.published.containsKey(c)) {
        pub.put(c, b.published.get(c));
      }
    }
    this.publishedPercents = Collections.unmodifiableMap(pub);
  }

  /**
   * @param scheme the category scheme, not null
   * @return a new builder, never null
   */
  public static Builder builder(OutcomeScheme scheme) {
    return new Builder(requireNonNull(scheme, "scheme"));
  }

  /** @return the category scheme, never null */
  public OutcomeScheme scheme() {
    return scheme;
  }

  /** @return participants in the period (<i>antal deltagare</i>), never null */
  public Count participants() {
    return participants;
  }

  /** @return of those, the new ones (<i>varav nya</i>), if given */
  public Optional<Count> newcomers() {
    return newcomers;
  }

  /**
   * @return those who ended (<i>avslutade</i>): the printed row if given, else the sum of the
   *     categories; never null
   */
  public Count ended() {
    return endedRow.orElseGet(this::categorySum);
  }

  /** @return the printed "ended" row, if given */
  public Optional<Count> endedRow() {
    return endedRow;
  }

  /** @return those remaining (<i>kvar i verksamheten</i>), if given */
  public Optional<Count> remaining() {
    return remaining;
  }

  /** @return the printed long-term subtotal row (SUS), if given */
  public Optional<Count> longTermSubtotal() {
    return subtotal;
  }

  /** @return each category given, in the scheme's order, never null */
  public Map<OutcomeCategory, Count> categories() {
    return categories;
  }

  /** @return percentages as printed that differ from the counts' half-up percentages */
  public Map<OutcomeCategory, Integer> publishedPercents() {
    return publishedPercents;
  }

  /**
   * @param category a category of the scheme, not null
   * @return its count, {@link Count#ZERO} if not given; never null
   * @throws IllegalArgumentException if the category is not in the scheme
   */
  public Count count(OutcomeCategory category) {
    requireInScheme(category);
    return categories.getOrDefault(category, Count.ZERO);
  }

  /** @return true if anyone ended, so that shares are defined */
  public boolean hasEnded() {
    return ended().total() > 0;
  }

  /**
   * The exact share of those who ended that went to the categories.
   *
   * @param categories categories of the scheme, not null
   * @return the share, never null
   * @throws ArithmeticException if nobody ended
   */
  public Fraction share(OutcomeCategory... categories) {
    return Fraction.of(totalOf(categories), denominator(ended().total()));
  }

  /**
   * The exact share of the women (or men) who ended that went to the categories.
   *
   * @param sex women or men, not null
   * @param categories categories of the scheme, not null
   * @return the share, never null
   * @throws ArithmeticException if nobody of that sex ended
   * @throws IllegalStateException if the counts are not split by sex
   */
  public Fraction share(Sex sex, OutcomeCategory... categories) {
    long n = 0;
    for (OutcomeCategory c : distinct(categories)) {
      n += count(c).of(sex);
    }
    return Fraction.of(n, denominator(ended().of(sex)));
  }

  /**
   * Of those who went to the categories, the share that were women (or men): "73 % av de som gått
   * till arbete var män".
   *
   * @param sex women or men, not null
   * @param categories categories of the scheme, not null
   * @return the share, never null
   * @throws ArithmeticException if nobody went to the categories
   */
  public Fraction proportion(Sex sex, OutcomeCategory... categories) {
    long n = 0;
    for (OutcomeCategory c : distinct(categories)) {
      n += count(c).of(sex);
    }
    return Fraction.of(n, denominator(totalOf(categories)));
  }

  /**
   * The share to the categories as whole percent, rounded half up, as reports publish it.
   *
   * @param categories categories of the scheme, not null
   * @return the percentage
   * @throws ArithmeticException if nobody ended
   */
  public int percent(OutcomeCategory... categories) {
    return share(categories).toPercent(RoundingMode.HALF_UP, 0).intValueExact();
  }

  /**
   * Every given category's percentage of those who ended.
   *
   * @param rounding half up (as published) or largest remainder (adds up to 100), not null
   * @return category to whole percent, in the scheme's order, never null
   * @throws ArithmeticException if nobody ended
   */
  public Map<OutcomeCategory, Integer> percents(PercentRounding rounding) {
    List<OutcomeCategory> cats = new ArrayList<>(categories.keySet());
    long[] counts = cats.stream().mapToLong(c -> categories.get(c).total()).toArray();
    return percents(cats, counts, ended().total(), rounding);
  }

  /**
   * Every given category's percentage of the women (or men) who ended.
   *
   * @param sex women or men, not null
   * @param rounding the rounding, not null
   * @return category to whole percent, never null
   * @throws ArithmeticException if nobody of that sex ended
   */
  public Map<OutcomeCategory, Integer> percents(Sex sex, PercentRounding rounding) {
    List<OutcomeCategory> cats = new ArrayList<>(categories.keySet());
    long[] counts = cats.stream().mapToLong(c -> categories.get(c).of(sex)).toArray();
    return percents(cats, counts, ended().of(sex), rounding);
  }

  private static Map<OutcomeCategory, Integer> percents(List<OutcomeCategory> cats, long[] counts,
      long of, PercentRounding rounding) {
    requireNonNull(rounding, "rounding");
    denominator(of);
    Map<OutcomeCategory, Integer> m = new LinkedHashMap<>();
    long sum = Arrays.stream(counts).sum();
    if (rounding == PercentRounding.LARGEST_REMAINDER && sum > 0) {
      // the categories share 100 when they add up to the ended, else their own rounded share
      long target = sum == of ? 100 : Fraction.of(100L * sum, of)
          .toBigDecimal(0, RoundingMode.HALF_UP).longValueExact();
      long[] parts = LargestRemainder.split(target, counts, TieBreak.NONE).shares();
      for (int i = 0; i < cats.size(); i++) {
        m.put(cats.get(i), (int) parts[i]);
      }
      return Collections.unmodifiableMap(m);
    }
    for (int i = 0; i < cats.size(); i++) {
      m.put(cats.get(i), Fraction.of(counts[i], of).toPercent(RoundingMode.HALF_UP, 0)
          .intValueExact());
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * Checks a percentage claimed in prose against the counts.
   *
   * @param claimedPercent the percentage the report states
   * @param categories the categories the claim is about, not null, not empty
   * @return the check, never null
   * @throws ArithmeticException if nobody ended
   */
  public ClaimCheck verifyClaim(int claimedPercent, OutcomeCategory... categories) {
    if (categories.length == 0) {
      throw new IllegalArgumentException("categories ([]) must name at least one category");
    }
    Fraction share = share(categories);
    int halfUp = share.toPercent(RoundingMode.HALF_UP, 0).intValueExact();
    int parts = 0;
    for (OutcomeCategory c : distinct(categories)) {
      parts += publishedPercent(c);
    }
    ClaimCheck.Verdict verdict = claimedPercent == halfUp ? ClaimCheck.Verdict.MATCHES
        : claimedPercent == parts ? ClaimCheck.Verdict.SUM_OF_ROUNDED_PARTS
        : ClaimCheck.Verdict.CONTRADICTED;
    String what = distinct(categories).stream().map(OutcomeCategory::label)
        .collect(Collectors.joining(", "));
    return new ClaimCheck(claimedPercent, share, halfUp, parts, verdict, what);
  }

  /** The percentage as printed: the published one if it differs, else half up. */
  int publishedPercent(OutcomeCategory c) {
    Integer p = publishedPercents.get(c);
    return p != null ? p : percent(c);
  }

  /**
   * Checks the table's arithmetic: women + men = total on every row; the categories add up to
   * those who ended (in total and per sex); the long-term subtotal adds up; participants − ended =
   * remaining; newcomers and ended do not exceed participants; printed percentages agree with the
   * counts. Never throws.
   *
   * <p>Codes: {@code outcomes.row.sex-sum}, {@code outcomes.ended.categories-sum},
   * {@code outcomes.subtotal.sum}, {@code outcomes.remaining}, {@code outcomes.newcomers.exceed},
   * {@code outcomes.ended.exceed}, {@code outcomes.percent.published} (ERROR), and
   * {@code outcomes.percent.rounding} (WARNING, a printed percentage rounded another way).
   *
   * @return the findings, never null
   */
  public Findings check() {
    Findings.Builder f = Findings.builder();
    checkRow(f, PARTICIPANTS, participants);
    newcomers.ifPresent(n -> checkRow(f, NEWCOMERS, n));
    endedRow.ifPresent(e -> checkRow(f, ENDED, e));
    categories.forEach((c, n) -> checkRow(f, scheme.rowLabel(c), n));
    subtotal.ifPresent(s -> checkRow(f, scheme.subtotalLabel().orElse("delsumma"), s));
    remaining.ifPresent(r -> checkRow(f, REMAINING, r));

    Count sum = categorySum();
    endedRow.ifPresent(e -> {
      if (sum.total() != e.total()) {
        f.error("outcomes.ended.categories-sum", "Avslutskategorierna summerar till "
            + sum.total() + " men raden \"" + ENDED + "\" anger " + e.total() + ".");
      } else if (sum.bySex() && e.bySex() && (sum.women() != e.women() || sum.men() != e.men())) {
        f.error("outcomes.ended.categories-sum", "Avslutskategorierna summerar till kvinnor "
            + sum.women() + " och män " + sum.men() + " men raden \"" + ENDED + "\" anger "
            + e.women() + " och " + e.men() + ".");
      }
    });
    subtotal.ifPresent(s -> {
      long lt = 0;
      for (OutcomeCategory c : scheme.positive()) {
        lt += count(c).total();
      }
      if (lt != s.total()) {
        f.error("outcomes.subtotal.sum", "De långsiktiga lösningarna summerar till " + lt
            + " men raden \"" + scheme.subtotalLabel().orElse("delsumma") + "\" anger "
            + s.total() + ".");
      }
    });
    Count ended = ended();
    remaining.ifPresent(r -> {
      long expected = (long) participants.total() - ended.total();
      if (expected != r.total()) {
        f.error("outcomes.remaining", "Deltagare " + participants.total() + " minus avslutade "
            + ended.total() + " är " + expected + ", men raden \"" + REMAINING + "\" anger "
            + r.total() + ".");
      } else if (participants.bySex() && ended.bySex() && r.bySex()
          && (participants.women() - ended.women() != r.women()
              || participants.men() - ended.men() != r.men())) {
        f.error("outcomes.remaining", "Deltagare minus avslutade är kvinnor "
            + (participants.women() - ended.women()) + " och män "
            + (participants.men() - ended.men()) + ", men raden \"" + REMAINING + "\" anger "
            + r.women() + " och " + r.men() + ".");
      }
    });
    newcomers.ifPresent(n -> {
      if (n.total() > participants.total()) {
        f.error("outcomes.newcomers.exceed", "Nya för året (" + n.total()
            + ") är fler än deltagarna (" + participants.total() + ").");
      }
    });
    if (ended.total() > participants.total()) {
      f.error("outcomes.ended.exceed", "Avslutade (" + ended.total()
          + ") är fler än deltagarna (" + participants.total() + ").");
    }
    if (ended.total() > 0) {
      publishedPercents.forEach((c, p) -> {
        Fraction exact = Fraction.of(count(c).total(), ended.total());
        String text = "Raden \"" + scheme.rowLabel(c) + "\" anger " + p + " % men "
            + count(c).total() + " av " + ended.total() + " är "
            + exact.toPercent(RoundingMode.HALF_UP, 1).toPlainString().replace('.', ',')
            + " %, avrundat " + percent(c) + " %.";
        Fraction off = Fraction.of(p).minus(exact.times(100));
        if (off.signum() < 0) {
          off = off.negated();
        }
        if (off.compareTo(Fraction.ONE) < 0) {
          f.warning("outcomes.percent.rounding", text);
        } else {
          f.error("outcomes.percent.published", text);
        }
      });
    }
    return f.build();
  }

  private static void checkRow(Findings.Builder f, String label, Count c) {
    if (!c.isConsistent()) {
      f.error("outcomes.row.sex-sum", "Raden \"" + label + "\": kvinnor " + c.women() + " + män "
          + c.men() + " = " + (c.women() + c.men()) + ", men totalen är " + c.total() + ".");
    }
  }

  /**
   * Adds another table's counts, row by row; percentages are recomputed from the sums, never
   * averaged. Printed percentages are not carried over.
   *
   * @param other a table of the same scheme, not null
   * @return the sum, never null
   * @throws IllegalArgumentException if the schemes differ
   */
  public OutcomeTable plus(OutcomeTable other) {
    requireNonNull(other, "other");
    if (other.scheme != scheme) {
      throw new IllegalArgumentException("other (scheme " + other.scheme
          + ") must have the same scheme as this table (" + scheme + ")");
    }
    Builder b = builder(scheme).participants(participants.plus(other.participants));
    both(newcomers, other.newcomers).ifPresent(b::newcomers);
    both(endedRow, other.endedRow).ifPresent(b::endedTotal);
    both(subtotal, other.subtotal).ifPresent(b::longTermSubtotal);
    both(remaining, other.remaining).ifPresent(b::remaining);
    for (OutcomeCategory c : scheme.categories()) {
      Count a = categories.get(c);
      Count o = other.categories.get(c);
      if (a != null || o != null) {
        b.ended(c, a == null ? o : o == null ? a : a.plus(o));
      }
    }
    return b.build();
  }

  private static Optional<Count> both(Optional<Count> a, Optional<Count> b) {
    if (a.isPresent() && b.isPresent()) {
      return Optional.of(a.get().plus(b.get()));
    }
    return a.isPresent() ? a : b;
  }

  private Count categorySum() {
    Count sum = Count.ZERO;
    for (Count c : categories.values()) {
      sum = sum.plus(c);
    }
    return sum;
  }

  private long totalOf(OutcomeCategory... cats) {
    long n = 0;
    for (OutcomeCategory c : distinct(cats)) {
      n += count(c).total();
    }
    return n;
  }

  private List<OutcomeCategory> distinct(OutcomeCategory... cats) {
    requireNonNull(cats, "categories");
    List<OutcomeCategory> l = new ArrayList<>();
    for (OutcomeCategory c : cats) {
      requireInScheme(c);
      if (!l.contains(c)) {
        l.add(c);
      }
    }
    return l;
  }

  private void requireInScheme(OutcomeCategory c) {
    requireNonNull(c, "category");
    if (!scheme.categories().contains(c)) {
      throw new IllegalArgumentException("category (" + c + ") is not in scheme " + scheme
          + " " + scheme.categories());
    }
  }

  private static long denominator(long n) {
    if (n == 0) {
      throw new ArithmeticException("nobody ended, so the share is undefined");
    }
    return n;
  }

  /**
   * The table's rows as label and count, in print order: what {@code toString()} and CSV show.
   *
   * @return label to count, never null
   */
  public Map<String, Count> rows() {
    Map<String, Count> m = new LinkedHashMap<>();
    m.put(PARTICIPANTS, participants);
    newcomers.ifPresent(n -> m.put(NEWCOMERS, n));
    endedRow.ifPresent(e -> m.put(ENDED, e));
    subtotal.ifPresent(s -> m.put(scheme.subtotalLabel().orElse("delsumma"), s));
    categories.forEach((c, n) -> m.put(scheme.rowLabel(c), n));
    remaining.ifPresent(r -> m.put(REMAINING, r));
    return m;
  }

  /** @return the table as CSV with a header row; percent as printed, blank where none */
  public String toCsv() {
    StringBuilder sb = new StringBuilder("rad;kvinnor;män;totalt;procent\n");
    for (String[] r : printRows()) {
      sb.append(String.join(";", r)).append('\n');
    }
    return sb.toString();
  }

  /** Label, women, men, total, percent; blanks where not given. */
  List<String[]> printRows() {
    List<String[]> rows = new ArrayList<>();
    boolean percents = hasEnded();
    for (Map.Entry<String, Count> e : rows().entrySet()) {
      Count c = e.getValue();
      String pct = "";
      OutcomeCategory cat = categoryOfLabel(e.getKey());
      if (cat != null && percents) {
        pct = publishedPercent(cat) + "%";
      }
      rows.add(new String[] {e.getKey(), c.bySex() ? String.valueOf(c.women()) : "",
          c.bySex() ? String.valueOf(c.men()) : "", String.valueOf(c.total()), pct});
    }
    return rows;
  }

  private OutcomeCategory categoryOfLabel(String label) {
    for (OutcomeCategory c : categories.keySet()) {
      if (scheme.rowLabel(c).equals(label)) {
        return c;
      }
    }
    return null;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof OutcomeTable)) {
      return false;
    }
    OutcomeTable o = (OutcomeTable) obj;
    return o.scheme == scheme && o.participants.equals(participants)
        && o.newcomers.equals(newcomers) && o.endedRow.equals(endedRow)
        && o.categories.equals(categories) && o.subtotal.equals(subtotal)
        && o.remaining.equals(remaining) && o.publishedPercents.equals(publishedPercents);
  }

  @Override
  public int hashCode() {
    return participants.hashCode() * 31 + categories.hashCode();
  }

  /** @return the table as a report prints it: Swedish labels, aligned columns */
  @Override
  public String toString() {
    List<String[]> rows = printRows();
    int w = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%-" + w + "s  %7s  %5s  %6s  %4s%n", "", "Kvinnor", "Män", "Totalt",
        "%"));
    for (String[] r : rows) {
      sb.append(String.format("%-" + w + "s  %7s  %5s  %6s  %4s", r[0], r[1], r[2], r[3], r[4])
          .stripTrailing()).append('\n');
    }
    return sb.toString().stripTrailing();
  }

  /** Builds an {@link OutcomeTable}; nothing is built until {@link #build()} has checked it. */
  public static final class Builder {
    private final OutcomeScheme scheme;
    private Count participants;
    private Count newcomers;
    private Count endedRow;
    private Count subtotal;
    private Count remaining;
    private final Map<OutcomeCategory, Count> categories = new LinkedHashMap<>();
    private final Map<OutcomeCategory, Integer> published = new LinkedHashMap<>();

    private Builder(OutcomeScheme scheme) {
      this.scheme = scheme;
    }

    /**
     * @param women women
     * @param men men
     * @return this builder
     */
    public Builder participants(int women, int men) {
      return participants(Count.of(women, men));
    }

    /**
     * @param count participants, not null
     * @return this builder
     */
    public Builder participants(Count count) {
      this.participants = requireNonNull(count, "participants");
      return this;
    }

    /**
     * @param women women
     * @param men men
     * @return this builder
     */
    public Builder newcomers(int women, int men) {
      return newcomers(Count.of(women, men));
    }

    /**
     * @param count newcomers, not null
     * @return this builder
     */
    public Builder newcomers(Count count) {
      this.newcomers = requireNonNull(count, "newcomers");
      return this;
    }

    /**
     * Gives the printed "ended" row; without it, ended is the sum of the categories.
     *
     * @param women women
     * @param men men
     * @return this builder
     */
    public Builder endedTotal(int women, int men) {
      return endedTotal(Count.of(women, men));
    }

    /**
     * @param count the printed ended row, not null
     * @return this builder
     */
    public Builder endedTotal(Count count) {
      this.endedRow = requireNonNull(count, "endedTotal");
      return this;
    }

    /**
     * @param category a category of the scheme, not null
     * @param women women
     * @param men men
     * @return this builder
     */
    public Builder ended(OutcomeCategory category, int women, int men) {
      return ended(category, Count.of(women, men));
    }

    /**
     * @param category a category of the scheme, not null
     * @param count the count, not null
     * @return this builder
     */
    public Builder ended(OutcomeCategory category, Count count) {
      categories.put(requireNonNull(category, "category"), requireNonNull(count, "count"));
      return this;
    }

    /**
     * @param count the printed long-term subtotal (SUS), not null
     * @return this builder
     */
    public Builder longTermSubtotal(Count count) {
      this.subtotal = requireNonNull(count, "longTermSubtotal");
      return this;
    }

    /**
     * @param women women
     * @param men men
     * @return this builder
     */
    public Builder remaining(int women, int men) {
      return remaining(Count.of(women, men));
    }

    /**
     * @param count remaining, not null
     * @return this builder
     */
    public Builder remaining(Count count) {
      this.remaining = requireNonNull(count, "remaining");
      return this;
    }

    /**
     * Records a percentage as printed, for {@link OutcomeTable#check()} to compare; kept only if
     * it differs from the counts' half-up percentage.
     *
     * @param category a category of the scheme, not null
     * @param percent the printed percentage, 0 to 100
     * @return this builder
     */
    public Builder publishedPercent(OutcomeCategory category, int percent) {
      if (percent < 0 || percent > 100) {
        throw new IllegalArgumentException(
            "percent of " + category + " (" + percent + ") must be 0 to 100");
      }
      published.put(requireNonNull(category, "category"), percent);
      return this;
    }

    /**
     * @return the table, never null
     * @throws IllegalArgumentException if participants are missing, a category is not in the
     *     scheme, or a printed percentage names a category without a count
     */
    public OutcomeTable build() {
      if (participants == null) {
        throw new IllegalArgumentException("participants (missing) must be given");
      }
      for (OutcomeCategory c : categories.keySet()) {
        if (!scheme.categories().contains(c)) {
          throw new IllegalArgumentException("category (" + c + ") is not in scheme " + scheme
              + " " + scheme.categories());
        }
      }
      for (OutcomeCategory c : new ArrayList<>(published.keySet())) {
        if (!categories.containsKey(c)) {
          throw new IllegalArgumentException(
              "publishedPercent (" + c + ") has no count for that category");
        }
      }
      OutcomeTable draft = new OutcomeTable(this);
      if (!published.isEmpty()) {
        // keep only printed percentages that disagree with the counts
        if (draft.hasEnded()) {
          published.entrySet().removeIf(e -> draft.percent(e.getKey()) == e.getValue());
        }
        return new OutcomeTable(this);
      }
      return draft;
    }
  }
}
