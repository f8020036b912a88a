package dev.finsam.examples;

/**
 * One published figure beside the one finsam computes (<i>jämförelse</i>).
 *
 * @param what what the figure is
 * @param published the figure as the document prints it
 * @param reproduced the figure as finsam computes it, in the same form
 */
record Comparison(String what, String published, String reproduced) {

  /** @return true if finsam reproduces the published figure */
  boolean matches() {
    return Section.plain(published).equals(Section.plain(reproduced));
  }
}
