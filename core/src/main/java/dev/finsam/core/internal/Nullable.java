package dev.finsam.core.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the rare parameter that accepts null (<i>får vara null</i>), such as the text given to
 * {@code OrganisationNumber.isValid}; every other parameter in finsam rejects null. Tools that
 * check null handling (guava-testlib's {@code NullPointerTester}) read it by its simple name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Nullable {}
