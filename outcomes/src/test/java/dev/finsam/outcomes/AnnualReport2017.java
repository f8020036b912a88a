package dev.finsam.outcomes;

/** The outcome tables of Umeåregionen's annual report 2017, as printed (figures only). */
final class AnnualReport2017 {

  private AnnualReport2017() {}

  static final String HEADER = "  Kvinnor Män Totalt %\n";

  static final String WHOLE_ASSOCIATION = HEADER
      + "Antal deltagare totalt 422 468 890\n"
      + "varav nya för året 221 260 481\n"
      + "Totalt antal avslutade under året 139 159 298\n"
      + "varav till arbete 34 58 92 31%\n"
      + "Varav till studier 28 29 57 19%\n"
      + "varav annan behovsanpassad lösning 45 42 87 29%\n"
      + "Övriga avbrott 32 30 62 21%\n"
      + "Antal kvar i verksamheten 283 309 592\n";

  static final String UNGDOMSTORGET = HEADER
      + "Antal deltagare totalt 157 179 336\n"
      + "varav nya för året 57 63 120\n"
      + "Totalt antal avslutade under året 65 92 157\n"
      + "varav till arbete 15 40 55 35%\n"
      + "Varav till studier 16 14 30 19%\n"
      + "varav annan behovsanpassad lösning 12 17 29 18%\n"
      + "Övriga avbrott 22 21 43 27%\n"
      + "Antal kvar i verksamheten 92 87 179\n";

  static final String VAGA_VAXA = HEADER
      + "Antal deltagare totalt 29 30 59\n"
      + "varav nya för året 19 16 35\n"
      + "Totalt antal avslutade under året 20 20 40\n"
      + "varav till arbete 2 2 4 10%\n"
      + "Varav till studier 4 6 10 25%\n"
      + "varav annan behovsanpassad lösning 9 10 19 48%\n"
      + "Övriga avbrott 5 2 7 18%\n"
      + "Antal kvar i verksamheten 9 10 19\n";

  static final String MELLANSTEGET = HEADER
      + "Antal deltagare totalt 9 12 21\n"
      + "varav nya för året 3 5 8\n"
      + "Totalt antal avslutade under året 6 7 13\n"
      + "varav till arbete 0 2 2 15%\n"
      + "Varav till studier 0 0 0 0%\n"
      + "varav annan behovsanpassad lösning 6 5 11 85%\n"
      + "Övriga avbrott 0 0 0 0%\n"
      + "Antal kvar i verksamheten 3 5 8\n";

  static final String HIKIKOMORI = HEADER
      + "Antal deltagare totalt 14 19 33\n"
      + "varav nya för året 6 8 14\n"
      + "Totalt antal avslutade under året 7 5 12\n"
      + "varav till arbete 1 0 1 8%\n"
      + "Varav till studier 3 3 6 50%\n"
      + " varav annan behovsanpassad lösning 3 2 5 42%\n"
      + "Övriga avbrott 0 0 0 0%\n"
      + "Antal kvar i verksamheten 7 14 21\n";

  /** Steget vidare: the drop-out row gives no women or men, only a total of 0. */
  static final String STEGET_VIDARE = HEADER
      + "Antal deltagare totalt 72 49 121\n"
      + "varav nya för året 9 7 16\n"
      + "Totalt antal avslutade under året 23 15 38\n"
      + "varav till arbete 8 5 13 34%\n"
      + "Varav till studier 1 3 4 11%\n"
      + "varav annan behovsanpassad lösning 14 7 21 55%\n"
      + "Övriga avbrott     0 0%\n"
      + "Antal kvar i verksamheten 49 34 83\n";

  /** Vuxentorget: started in October, nobody ended yet. */
  static final String VUXENTORGET = HEADER
      + "Antal deltagare totalt 86 116 202\n"
      + "varav nya för året 86 116 202\n"
      + "Totalt antal avslutade under året 0 0 0\n"
      + "varav till arbete     0\n"
      + "Varav till studier     0\n"
      + "varav annan behovsanpassad lösning     0\n"
      + "Övriga avbrott     0\n"
      + "Antal kvar i verksamheten 86 116 202\n";

  static final String VINDELN = HEADER
      + "Antal deltagare totalt 13 16 29\n"
      + "varav nya för året 11 14 25\n"
      + "Totalt antal avslutade under året 4 6 10\n"
      + "varav till arbete 2 2 4 40%\n"
      + "Varav till studier 0 1 1 10%\n"
      + "varav annan behovsanpassad lösning 1 1 2 20%\n"
      + "Övriga avbrott 1 2 3 30%\n"
      + "Antal kvar i verksamheten 9 10 19\n";

  static final String VANNAS = HEADER
      + "Antal deltagare totalt 24 29 53\n"
      + "varav nya för året 9 15 24\n"
      + "Totalt antal avslutade under året 9 9 18\n"
      + "varav till arbete 4 4 8 44%\n"
      + " Varav till studier 1 1 2 11%\n"
      + "varav annan behovsanpassad lösning 1 1 2 11%\n"
      + "Övriga avbrott 3 3 6 33%\n"
      + "Antal kvar i verksamheten 15 20 35\n";

  static final String NORDMALING = HEADER
      + "Antal deltagare totalt 11 18 29\n"
      + "varav nya för året 8 9 17\n"
      + "Totalt antal avslutade under året 4 8 12\n"
      + "varav till arbete 2 2 4 33%\n"
      + "Varav till studier 0 1 1 8%\n"
      + "varav annan behovsanpassad lösning 2 3 5 42%\n"
      + "Övriga avbrott 0 2 2 17%\n"
      + "Antal kvar i verksamheten 7 10 17\n";

  static final String ROBERTSFORS = HEADER
      + "Antal deltagare totalt 16 12 28\n"
      + "varav nya för året 16 12 28\n"
      + "Totalt antal avslutade under året 7 4 11\n"
      + "varav till arbete 0 3 3 27%\n"
      + "Varav till studier 3 0 3 27%\n"
      + "varav annan behovsanpassad lösning 3 1 4 36%\n"
      + "Övriga avbrott 1 0 1 9%\n"
      + "Antal kvar i verksamheten 9 8 17\n";

  static OutcomeTable parse(String table) {
    return OutcomeTables.parse(table, OutcomeScheme.CLASSIC);
  }
}
