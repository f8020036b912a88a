/**
 * finsam money: amounts, exact allocation, contribution plans and their checks, and the equity
 * staircase (<i>trappan</i>).
 */
module dev.finsam.money {
  requires transitive dev.finsam.core;
  requires transitive java.money;
  requires org.javamoney.moneta;
  requires static org.immutables.value.annotations;

  exports dev.finsam.money;
  exports dev.finsam.money.equity;
}
