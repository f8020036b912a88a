package dev.finsam.core.protocol;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
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

}
