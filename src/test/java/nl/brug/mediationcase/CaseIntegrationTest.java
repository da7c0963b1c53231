package nl.brug.mediationcase;

import nl.brug.testsupport.BrugSpringTest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application against its own in-memory H2 database (migrated by Flyway), with a clock the tests
 * set. Every test class of the case feature carries exactly this annotation, so they all share one cached
 * Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@BrugSpringTest
public @interface CaseIntegrationTest {
}
