/**
 * finsam money: amounts, exact allocation, contribution plans and their checks, the equity
 * staircase (<i>trappan</i>), and printed statements (<i>resultat- och balansrapporter</i>) read
 * from published documents.
 */
module dev.finsam.money {
  requires transitive dev.finsam.core;
  requires transitive java.money;
  requires org.javamoney.moneta;
  requires static org.immutables.value.annotations;

  exports dev.finsam.money;
  exports dev.finsam.money.equity;

  provides dev.finsam.core.text.DocumentReader with dev.finsam.money.PublishedStatements;
}
