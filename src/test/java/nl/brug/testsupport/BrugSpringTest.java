package nl.brug.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring configuration for service and view tests: the whole application on the in-memory H2 of
 * the {@code test} profile, plus the test helpers. Every test that needs Spring uses this annotation and
 * nothing that changes the context (no {@code @MockitoBean}, no extra properties), so Spring starts the
 * application once and reuses it for all of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@ActiveProfiles("test")
@Import(TestSupportConfiguration.class)
public @interface BrugSpringTest {
}
