// finsam for analysts: the library's API packages, imported. Loaded by examples/jshell.sh.
import dev.finsam.core.*;
import dev.finsam.core.protocol.*;
import dev.finsam.money.*;
import dev.finsam.money.equity.*;
import dev.finsam.outcomes.*;
import javax.money.MonetaryAmount;
import java.time.LocalDate;

// Moneta logs its configuration at INFO on first use; keep a reference so the level sticks.
var monetaLog$ = java.util.logging.Logger.getLogger("org.javamoney.moneta");
monetaLog$.setLevel(java.util.logging.Level.WARNING);
