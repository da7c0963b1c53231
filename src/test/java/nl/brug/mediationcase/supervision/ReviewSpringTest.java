package nl.brug.mediationcase.supervision;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import nl.brug.testsupport.BrugSpringTest;

/**
 * The one Spring context of the review and intake queue tests: the whole application on an in-memory H2 in
 * PostgreSQL mode, kept alive for the JVM. Every class uses this same annotation, so Spring builds the
 * context once and caches it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@BrugSpringTest
@interface ReviewSpringTest {
}
