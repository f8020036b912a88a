package dev.finsam.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library (<i>stil</i>): generated value classes are package-private
 * and are reached through the public static factories of their abstract type.
 *
 * <p>For example, {@code Member.of("Umeå", MemberKind.MUNICIPALITY)} forwards to a generated,
 * package-private {@code ImmutableMember}. Apply it in a {@code package-info.java}.
 *
 * <p>A value missing a required attribute is an {@code IllegalArgumentException} naming the
 * attribute, as for any other bad value. The annotation is retained in class files only; it has
 * no runtime presence.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    allParameters = true,
    jdkOnly = true,
    of = "create",
    throwForInvalidImmutableState = IllegalArgumentException.class,
    defaults = @Value.Immutable(copy = false))
public @interface FinsamStyle {}
