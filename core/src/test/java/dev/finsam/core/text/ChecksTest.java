package dev.finsam.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.util.List;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Exact long arithmetic: the BigInteger result when it fits, a named rejection when not. */
class ChecksTest {

  /** Any longs, with the edges of the range and of the square root of it mixed in. */
  private static Gen<Long> edgy() {
    return longs().all().mix(Generate.pick(List.of(0L, 1L, -1L, 2L, -2L, Long.MAX_VALUE,
        Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1, 3_037_000_499L, 3_037_000_500L,
        -3_037_000_499L, -3_037_000_500L, 4_294_967_296L, -4_294_967_296L)), 50)
        .mix(longs().between(-1000, 1000), 20);
  }

  private static void agrees(long a, long b, BinaryOperator<BigInteger> exact,
      java.util.function.LongBinaryOperator checked) {
    BigInteger want = exact.apply(BigInteger.valueOf(a), BigInteger.valueOf(b));
    if (want.bitLength() < 64) {
      assertEquals(want.longValueExact(), checked.applyAsLong(a, b), a + ", " + b);
    } else {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> checked.applyAsLong(a, b), a + ", " + b);
      assertTrue(e.getMessage().startsWith("öre (" + a), e.getMessage());
      assertTrue(e.getMessage().contains(String.valueOf(b)), e.getMessage());
    }
  }

  @Test
  void addSubtractAndMultiplyAreExactOrRejected() {
    qt().withExamples(3000).forAll(edgy(), edgy()).checkAssert((a, b) -> {
      agrees(a, b, BigInteger::add, (x, y) -> Checks.add(x, y, "öre"));
      agrees(a, b, BigInteger::subtract, (x, y) -> Checks.subtract(x, y, "öre"));
      agrees(a, b, BigInteger::multiply, (x, y) -> Checks.multiply(x, y, "öre"));
    });
  }

  @Test
  void theEdgesOfTheRange() {
    assertEquals(Long.MAX_VALUE, Checks.add(Long.MAX_VALUE - 1, 1, "öre"));
    assertThrows(IllegalArgumentException.class, () -> Checks.add(Long.MAX_VALUE, 1, "öre"));
    assertEquals(Long.MIN_VALUE, Checks.subtract(-1, Long.MAX_VALUE, "öre"));
    assertThrows(IllegalArgumentException.class, () -> Checks.subtract(-2, Long.MAX_VALUE, "öre"));
    assertEquals(Long.MIN_VALUE, Checks.multiply(Long.MIN_VALUE, 1, "öre"));
    assertThrows(IllegalArgumentException.class, () -> Checks.multiply(Long.MIN_VALUE, -1, "öre"));
    assertEquals(-Long.MAX_VALUE, Checks.multiply(Long.MAX_VALUE, -1, "öre"));
  }

  @Test
  void notNegativeAndBetweenNameTheValue() {
    assertEquals(0, Checks.checkNotNegative(0, "population"));
    assertEquals("population (-1) must be >= 0", assertThrows(IllegalArgumentException.class,
        () -> Checks.checkNotNegative(-1, "population")).getMessage());
    assertEquals(5, Checks.checkBetween(5, 5, 7, "seats"));
    assertEquals(7, Checks.checkBetween(7, 5, 7, "seats"));
    assertEquals("seats (8) must be between 5 and 7", assertThrows(
        IllegalArgumentException.class, () -> Checks.checkBetween(8, 5, 7, "seats")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Checks.checkBetween(4, 5, 7, "seats"));
  }

  @Test
  void theCheckedValueIsReturned() {
    assertEquals(890, Checks.checkNotNegative(890, "participants"));
    assertEquals("Umeå", Checks.checkNotBlank("Umeå", "name"));
    assertEquals("name (\"  \") must not be blank", assertThrows(
        IllegalArgumentException.class, () -> Checks.checkNotBlank("  ", "name")).getMessage());
  }

  @Test
  void abbreviate_keepsTextOfTheLimitAndShortensLongerText() {
    String limit = "x".repeat(Checks.MAX_VALUE_IN_MESSAGE);
    assertEquals(limit, Checks.abbreviate(limit));
    assertEquals(limit + "\u2026 (81 characters)", Checks.abbreviate(limit + "y"));
    assertEquals("", Checks.abbreviate(""));
  }

  @Test
  void checkArgument_withANullArgumentArrayShowsNull() {
    assertEquals("value (null) must be set", assertThrows(IllegalArgumentException.class,
        () -> Checks.checkArgument(false, "value (%s) must be set", (Object[]) null))
        .getMessage());
  }

  @Test
  void checkArgument_appendsTheArgumentsThatHaveNoPlace() {
    assertEquals("a (1) [2, 3]", assertThrows(IllegalArgumentException.class,
        () -> Checks.checkArgument(false, "a (%s)", 1, 2, 3)).getMessage());
    assertEquals("no place [1]", assertThrows(IllegalArgumentException.class,
        () -> Checks.checkArgument(false, "no place", 1)).getMessage());
  }

  @Test
  void checkArgumentFillsTheTemplateInOrder() {
    Checks.checkArgument(true, "never %s", "used");
    assertEquals("a (1) and b (2) [3]", assertThrows(IllegalArgumentException.class,
        () -> Checks.checkArgument(false, "a (%s) and b (%s)", 1, 2, 3)).getMessage());
    assertEquals("only %s", assertThrows(IllegalArgumentException.class,
        () -> Checks.checkArgument(false, "only %s")).getMessage());
  }
}
