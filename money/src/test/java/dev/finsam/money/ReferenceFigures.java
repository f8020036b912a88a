package dev.finsam.money;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.money.MonetaryAmount;

/** Figures of Umeåregionen's annual report 2017, Not 1 (whole kronor). */
final class ReferenceFigures {

  private ReferenceFigures() {}

  static final long STATE_2017 = 6_216_000;
  static final long REGION_2017 = 3_108_000;
  static final long STATE_2016 = 6_214_932;
  static final long REGION_2016 = 3_107_500;

  static Map<String, Long> municipal2017() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("Umeå", 2_587_871L);
    m.put("Vännäs", 165_672L);
    m.put("Nordmaling", 130_650L);
    m.put("Robertsfors", 127_119L);
    m.put("Vindeln", 96_688L);
    return m;
  }

  static Map<String, Long> municipal2016() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("Nordmaling", 136_730L);
    m.put("Umeå", 2_694_202L);
    m.put("Vindeln", 102_548L);
    m.put("Vännäs", 174_020L);
    return m;
  }

  static Map<String, MonetaryAmount> inKronor(Map<String, Long> m) {
    Map<String, MonetaryAmount> r = new LinkedHashMap<>();
    m.forEach((k, v) -> r.put(k, Amounts.sek(v)));
    return r;
  }
}
