package io.parley.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project. SOURCE retention, so that neither it nor anything of
 * Immutables reaches a user's class path or compiler warnings; the generated implementations are
 * package-private and hidden behind the abstract value types.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    jdkOnly = false,
    get = {"is*", "get*"},
    defaults = @Value.Immutable(copy = false),
    allowedClasspathAnnotations = {Override.class})
@interface ParleyStyle {}
