package dev.finsam.core.protocol;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/** Generators of the protocol package, in domain terms, with edges mixed in. */
final class ProtocolGenerators {

  private ProtocolGenerators() {}

  /** Small paragraph numbers (1..40) where set semantics can be checked by enumeration. */
  static Gen<ParagraphSet> smallParagraphSets() {
    Gen<ParagraphSet.Range> range = integers().between(1, 40).zip(integers().between(0, 6),
        (a, len) -> new ParagraphSet.Range(a, Math.min(40, a + len)));
    return lists().of(range).ofSizeBetween(0, 5).map(ParagraphSet::ofRanges);
  }

  /** Any paragraph sets, with huge numbers near the int limit mixed in. */
  static Gen<ParagraphSet> paragraphSets() {
    Gen<ParagraphSet.Range> huge = integers().between(1, Integer.MAX_VALUE)
        .zip(integers().between(1, Integer.MAX_VALUE), (a, b) ->
            new ParagraphSet.Range(Math.min(a, b), Math.max(a, b)));
    return smallParagraphSets().mix(lists().of(huge).ofSizeBetween(1, 4)
        .map(ParagraphSet::ofRanges), 30);
  }

  /** Text near the notation: its characters in random order, and random text. */
  static Gen<String> paragraphLikeText() {
    List<String> pieces = List.of("§", "§§", " ", "-", "\u2013", ",", "0", "1", "7", "42", "99",
        "2147483647", "2147483648", "99999999999", "a", "\u00A0", ";", "");
    Gen<String> near = lists().of(Generate.pick(pieces)).ofSizeBetween(0, 12).map(l -> {
      StringBuilder sb = new StringBuilder();
      l.forEach(sb::append);
      return sb.toString();
    });
    return near.mix(strings().allPossible().ofLengthBetween(0, 30), 30);
  }

  /** Expands a small set for comparison with java.util sets. */
  static java.util.Set<Integer> expand(ParagraphSet s) {
    java.util.Set<Integer> out = new java.util.TreeSet<>();
    for (ParagraphSet.Range r : s.ranges()) {
      for (int i = r.first(); i <= r.last(); i++) {
        out.add(i);
      }
    }
    return out;
  }


  /** Names of a small board, so that seats, substitutes and absences collide often. */
  static final List<String> NAMES = List.of("Peter Vigren", "Carola Larsson", "Ulf Björk",
      "Mikael Broman", "Patrik Nilsson", "Anna Ek");

  /** A paragraph set within {@code within}, small. */
  static ParagraphSet subsetOf(ParagraphSet within, RandomnessSource in) {
    List<ParagraphSet.Range> ranges = new ArrayList<>();
    int n = integers().between(1, 3).generate(in);
    for (int k = 0; k < n; k++) {
      int a = integers().between(within.first(), within.last()).generate(in);
      int b = integers().between(a, (int) Math.min(within.last(), (long) a + 8)).generate(in);
      ranges.add(new ParagraphSet.Range(a, b));
    }
    ParagraphSet s = ParagraphSet.ofRanges(ranges).intersection(within);
    return s.isEmpty() ? ParagraphSet.of(within.first()) : s;
  }

  /**
   * Protocols of small boards: § 1–40 at most, with ledamöter, serving and other substitutes and
   * other participants, each present for all or some paragraphs, and groups written together.
   */
  static Gen<Protocol> protocolsWithAttendance() {
    return in -> {
      int first = integers().between(1, 30).generate(in);
      int last = integers().between(first, first + 12).generate(in);
      ParagraphSet held = ParagraphSet.of(first, last);
      if (integers().between(0, 3).generate(in) == 0 && last > first + 2) {
        held = held.minus(ParagraphSet.of(first + 1));
      }
      Protocol.Builder b = Protocol.builder().meetingDate(java.time.LocalDate.of(2017, 11, 30))
          .paragraphs(held);
      int people = integers().between(0, 8).generate(in);
      for (int k = 0; k < people; k++) {
        String name = NAMES.get(integers().between(0, NAMES.size() - 1).generate(in));
        Attendee.Role role = Attendee.Role.values()[integers().between(0, 3).generate(in)];
        Optional<String> servesFor = Optional.empty();
        if (role == Attendee.Role.SERVING_SUBSTITUTE && integers().between(0, 4).generate(in) > 0) {
          String s = NAMES.get(integers().between(0, NAMES.size() - 1).generate(in));
          servesFor = s.equals(name) ? Optional.empty() : Optional.of(s);
        }
        Optional<ParagraphSet> present = integers().between(0, 1).generate(in) == 0
            ? Optional.empty() : Optional.of(subsetOf(held, in));
        b.addAttendee(new Attendee(name, "Umeå kommun", role, servesFor, present));
      }
      if (integers().between(0, 4).generate(in) == 0) {
        b.addAttendeeGroup(new AttendeeGroup(Attendee.Role.MEMBER, "Anna Berg Bo Ek Carl",
            "Umeå kommun Vännäs kommun", integers().between(0, 1).generate(in) == 0
                ? Optional.empty() : Optional.of(subsetOf(held, in))));
      }
      return b.build();
    };
  }

  /** Words of protocols, with the words the reader treats specially and edge spellings mixed in. */
  static final List<String> WORDS = List.of("Peter", "Vigren", "Carola", "Larsson", "Umeå",
      "kommun", "kommun,", "ordförande", "Region", "Västerbotten", "Västerbottens", "läns",
      "landsting", "Försäkringskassan", "Arbetsförmedlingen", "Beslutande", "PROTOKOLL", "BEVIS",
      "Justeringsdatum", "Sammanträdesdatum", "Paragrafer", "på", "genom", "anslag", "hos",
      "ersättare", "för", "tjänstgörande", "2017-11-30", "+10000-01-01", "x.", "...", "a:b", "Ö",
      "-5", "—", "(S)", "08.15-12.00", "Förbundschef", "NAFS", "förbundet", "§", "§15x", "|",
      "**", "<i>", "i>", "<", "1", "2147483647", "Övriga", "deltagare", "Plats", "och", "tid",
      "Justerare", ".", ",", "Underskrift", "ö");

  static String words(RandomnessSource in, int min, int max) {
    int n = integers().between(min, max).generate(in);
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < n; k++) {
      sb.append(k == 0 ? "" : " ").append(WORDS.get(integers().between(0, WORDS.size() - 1)
          .generate(in)));
    }
    return sb.toString();
  }

  /** A plain text field, or empty when the words drawn are not one (e.g. hold markup). */
  static Optional<String> field(RandomnessSource in, int maxWords) {
    if (integers().between(0, 3).generate(in) == 0) {
      return Optional.empty();
    }
    String w = words(in, 1, maxWords);
    try {
      return Optional.of(PrintableText.check(w, "field"));
    } catch (IllegalArgumentException notPlain) {
      return Optional.empty();
    }
  }

  static java.time.LocalDate day(RandomnessSource in) {
    int k = integers().between(0, 9).generate(in);
    long epoch = k == 0 ? java.time.LocalDate.MIN.toEpochDay()
        + integers().between(0, 40).generate(in)
        : k == 1 ? java.time.LocalDate.MAX.toEpochDay() - integers().between(40, 80).generate(in)
        : k == 2 ? integers().between(-3_000_000, 3_000_000).generate(in)
        : java.time.LocalDate.of(2000, 1, 1).toEpochDay() + integers().between(0, 15_000)
            .generate(in);
    return java.time.LocalDate.ofEpochDay(epoch);
  }

  /**
   * Protocols with every field: dates anywhere in LocalDate's range, paragraphs up to the int
   * limit, attendees of every role, groups written together, header and BEVIS texts with the
   * reader's label words inside them, and paragraphs whose text holds '|', '§' and rules.
   */
  static Gen<Protocol> protocols() {
    return in -> {
      java.time.LocalDate meeting = day(in);
      boolean huge = integers().between(0, 9).generate(in) == 0;
      int first = huge ? Integer.MAX_VALUE - integers().between(0, 30).generate(in)
          : integers().between(1, 200).generate(in);
      int last = (int) Math.min(Integer.MAX_VALUE, (long) first + integers().between(0, 25)
          .generate(in));
      ParagraphSet held = ParagraphSet.of(first, last);
      if (last - first > 3 && integers().between(0, 2).generate(in) == 0) {
        held = held.minus(ParagraphSet.of(first + 2));
      }
      Protocol.Builder b = Protocol.builder().meetingDate(meeting).paragraphs(held);
      int step = integers().between(0, 3).generate(in);
      java.time.LocalDate d = meeting;
      for (int k = 0; k < step; k++) {
        java.time.LocalDate before = d;
        long next = Math.min(java.time.LocalDate.MAX.toEpochDay(), d.toEpochDay()
            + integers().between(k == 2 ? 1 : 0, 40).generate(in));
        d = java.time.LocalDate.ofEpochDay(next);
        if (k == 2 && !d.isAfter(before)) {
          break;
        }
        if (k == 0) {
          b.adjustedOn(d);
        } else if (k == 1) {
          b.postedOn(d);
        } else {
          b.takenDownOn(d);
        }
      }
      field(in, 4).ifPresent(b::association);
      field(in, 6).ifPresent(b::place);
      field(in, 3).ifPresent(b::secretary);
      field(in, 3).ifPresent(b::chair);
      field(in, 8).ifPresent(b::noticeAt);
      field(in, 4).ifPresent(b::keptAt);
      field(in, 3).ifPresent(b::signedBy);
      for (int k = integers().between(0, 2).generate(in); k > 0; k--) {
        field(in, 3).ifPresent(b::addAdjuster);
      }
      for (int k = integers().between(0, 7).generate(in); k > 0; k--) {
        Attendee.Role role = Attendee.Role.values()[integers().between(0, 3).generate(in)];
        Optional<String> servesFor = role == Attendee.Role.SERVING_SUBSTITUTE
            ? field(in, 3) : Optional.empty();
        Optional<ParagraphSet> present = integers().between(0, 2).generate(in) == 0
            ? Optional.of(subsetOf(held, in)) : Optional.empty();
        try {
          b.addAttendee(new Attendee(words(in, 1, 3), integers().between(0, 3).generate(in) == 0
              ? "" : words(in, 1, 4), role, servesFor, present));
        } catch (IllegalArgumentException notAnAttendee) {
          // the words drawn are not a valid attendee; draw on
        }
      }
      if (integers().between(0, 3).generate(in) == 0) {
        try {
          b.addAttendeeGroup(new AttendeeGroup(Attendee.Role.values()[2 * integers().between(0, 1)
              .generate(in)], words(in, 4, 8), words(in, 0, 6).strip(), Optional.empty()));
        } catch (IllegalArgumentException notAGroup) {
          // draw on
        }
      }
      List<Integer> numbers = new ArrayList<>();
      for (ParagraphSet.Range r : held.ranges()) {
        for (long n = r.first(); n <= r.last(); n++) {
          numbers.add((int) n);
        }
      }
      int written = integers().between(0, Math.min(numbers.size(), 6)).generate(in);
      for (int k = 0; k < written; k++) {
        int n = numbers.get(k);
        StringBuilder text = new StringBuilder();
        for (int line = integers().between(0, 3).generate(in); line > 0; line--) {
          text.append(words(in, 0, 6)).append(integers().between(0, 3).generate(in) == 0
              ? "\n---\n" : "\n");
        }
        try {
          b.addParagraph(new Paragraph(n, words(in, 0, 5), text.toString()));
        } catch (IllegalArgumentException notAParagraph) {
          b.addParagraph(new Paragraph(n, "", ""));
        }
      }
      return b.build();
    };
  }

  /** What a mutation inserts: labels, paragraph signs, separators, markup and impossible dates. */
  static final List<String> SNIPPETS = List.of("Sammanträdesdatum", "Justeringsdatum: ",
      "Datum för anslags uppsättande", "Datum för anslags nedtagande 2018-01-12", "Beslutande ",
      "Övriga deltagare", "Ersättare", "Justerare", "Sekreterare ....", "Paragrafer § 1-3",
      "Protokollet förvaras på", "Justeringen har tillkännagivits genom anslag hos", "BEVIS\n",
      "PROTOKOLL", "Förbund", "Plats och tid", "Underskrift", "§", "§ ", "§ 0", "§ 2147483648",
      " § 3-1", "§ 1-2147483647", "\t", "|", "| |", "|---|", "**", "<i>", "</i>", "<br>",
      "2017-02-30", "+999999999-12-31", "-999999999-01-01", "99999-99-99", "2017-11-30", "\n",
      "    ", "ersättare för", "tjänstgörande ersättare", "Region", "kommun,", ".....", ":",
      "\n§ 5 X\n", "\n§ 2147483647\n", "\u00A0", "\r\n", "\r", ", ordförande",
      "Försäkringskassan", "Peter Vigren Carola Larsson Ulf Björk", "x", "0", "-", "\u2013",
      "\u0000", "\uD800", "Samordningsförbundet");

  /** Published protocol texts to mutate: the layouts of the two reference documents, abridged. */
  static final List<String> PUBLISHED = List.of(String.join("\n", "PROTOKOLL", "",
      "Sammanträdesdatum", "", "Samordningsförbundet Umeåregionen 2017-11-30", "___", " ",
      "Plats och tid                         Ungdomstorget, Sveagatan 8 lokal Tor, klockan "
          + "08.15-12.00", "Beslutande Peter Vigren                           Umeå kommun, "
          + "ordförande", "", " Carola Larsson                       Arbetsförmedlingen   ",
      " Ulf Björk    Västerbottens läns landsting  ", "Övriga deltagare Mikael Holmlund    "
          + "Förbundschef      ", " Tommy Henfridsson          Utvecklingsledare NAFS § 71-77 ",
      "Sekreterare  ......................   ", "Mikael Holmlund", "Justerare  ..........",
      "  Carola Larsson", "BEVIS", "Justeringen har tillkännagivits genom anslag hos "
          + "Västerbottens läns landsting samt Nordmaling, ", "", "Vindeln, Umeå, Robertsfors "
          + "och Vännäs kommuner. ", "Samordningsförbundet Umeåregionen  ",
      "Sammanträdesdatum: 2017-11-30 Justeringsdatum: 2017-12-21 ",
      "Datum för anslags uppsättande:        2017-12-22          Datum för anslags nedtagande: "
          + "2018-01-12 ", "Protokollet förvaras på Samordningsförbundets kansli.  ",
      "Underskrift .......................", " Mikael Holmlund", "", "§ 71 Mötets öppnande", "",
      "Ordförande förklarade mötet öppnat.  ", "---", "§ 72 Incheckning", "Var och en runt "
          + "bordet presenterade sig.", "§ 73 Godkännande av dagordning", "§ 74 Val av justerare",
      "§ 75 Föregående protokoll (Bilaga 1)", "§ 76 Tidpunkt för medlemssamråd 2018", "§ 77 Rapport utvecklingsarbetet NAFS", "Styrelsen "
          + "godkände rapporten.", "§ 83 Mötet avslutas"),
      String.join("\n", "PROTOKOLL", "", "Sammanträdesdatum", "",
          "Samordningsförbundet Umeåregionen", "", "2017-02-24", "", "| | | |",
          "|-------------------------|--|--|",
          "| Plats och tid | Ungdomstorget, Umeå, klockan 08.15-12.00 | |",
          "| Beslutande | Peter Vigen Carola Larsson Ulf Björk Mikael Broman Patrik Nilsson | Umeå "
              + "kommun, ordförande Arbetsförmedlingen Västerbottens läns landsting "
              + "Försäkringskassan Robertsfors kommun |",
          "| Övriga deltagare | Mikael Holmlund Johanna Långdahl Persson Katarina Hansson Emma "
              + "Anderbom | Förbundschef Administratör Biträdande förbundschef Utredare |",
          "| Sekreterare | <i>Johanna Långdahl Persson</i> | |", "| Justerare | <i>Carola "
              + "Larsson</i> | |", "", "BEVIS", "", "Samordningsförbundet Umeåregionen", "",
          "Sammanträdesdatum: 2017-02-24 **Justeringsdatum:** 2017-04-03",
          "Datum för anslags uppsättande: 2017-04-07 **Datum för anslags nedtagande:** 2017-04-28",
          "", "§ 1 Mötets öppnande", "", "Ordförande förklarade mötet öppnat.",
          "§ 8 **Avstämning Vuxenplattform och ESF-ansökan**", "- Tidsplan är fastställd",
          "**§15 Nominering till styrelsen för Nationell nätverket för samordningsförbund",
          "– NNS**", "§ 21 Mötet avslutas"));

  /**
   * Protocol texts, canonical (from {@code bases}) or as published, with one to five mutations
   * each: characters and lines deleted, duplicated, swapped or replaced, snippets inserted, the
   * text cut short.
   */
  static Gen<String> mutatedProtocolTexts(List<String> bases) {
    return in -> {
      String base = integers().between(0, 2).generate(in) == 0
          ? PUBLISHED.get(integers().between(0, PUBLISHED.size() - 1).generate(in))
          : bases.get(integers().between(0, bases.size() - 1).generate(in));
      StringBuilder t = new StringBuilder(base);
      for (int k = integers().between(1, 5).generate(in); k > 0; k--) {
        mutate(t, in);
      }
      return t.toString();
    };
  }

  private static void mutate(StringBuilder t, RandomnessSource in) {
    int at = t.length() == 0 ? 0 : integers().between(0, t.length()).generate(in);
    switch (integers().between(0, 7).generate(in)) {
      case 0:
        t.delete(at, Math.min(t.length(), at + integers().between(1, 20).generate(in)));
        break;
      case 1:
        t.insert(at, SNIPPETS.get(integers().between(0, SNIPPETS.size() - 1).generate(in)));
        break;
      case 2:
      case 3:
      case 4: {
        List<String> lines = new ArrayList<>(List.of(t.toString().split("\n", -1)));
        int i = integers().between(0, lines.size() - 1).generate(in);
        int j = integers().between(0, lines.size() - 1).generate(in);
        if (t.length() % 3 == 0) {
          lines.add(i, lines.get(j));
        } else if (t.length() % 3 == 1) {
          lines.remove(i);
        } else {
          String x = lines.get(i);
          lines.set(i, lines.get(j));
          lines.set(j, x);
        }
        t.setLength(0);
        t.append(String.join("\n", lines));
        break;
      }
      case 5:
        if (at < t.length()) {
          String palette = "§|\t 0123456789-:.,*<>_åÖ\u00A0\r\n";
          t.setCharAt(at, palette.charAt(integers().between(0, palette.length() - 1)
              .generate(in)));
        }
        break;
      case 6:
        t.setLength(at);
        break;
      default:
        t.insert(at, strings().allPossible().ofLengthBetween(1, 4).generate(in));
    }
  }

  /** A protocol's canonical text of about {@code bytes} characters: many paragraphs with text. */
  static String largeProtocolText(int bytes) {
    StringBuilder sb = new StringBuilder(bytes + 200);
    sb.append("PROTOKOLL\nSammanträdesdatum\t2017-11-30\nBeslutande\tPeter Vigren\tUmeå kommun\n"
        + "Justeringsdatum\t2017-12-21\n");
    int n = 1;
    while (sb.length() < bytes) {
      sb.append("\n§ ").append(n).append(" Ärende nummer ").append(n).append('\n')
          .append("Styrelsen beslutade | enligt § ").append(n)
          .append(" att bifalla äskandet med 1 285 tkr.\nBeslut: Styrelsen biföll.\n");
      n += n % 7 == 0 ? 2 : 1;
    }
    return sb.toString();
  }
}
