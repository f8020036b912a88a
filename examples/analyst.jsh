// finsam for analysts: the library's API packages, imported. Loaded by examples/jshell.sh.
import dev.finsam.core.*;
import dev.finsam.core.protocol.*;
import dev.finsam.money.*;
import dev.finsam.money.equity.*;
import dev.finsam.outcomes.*;
import javax.money.MonetaryAmount;
import java.time.LocalDate;
