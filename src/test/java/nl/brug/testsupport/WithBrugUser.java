package nl.brug.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithSecurityContext;

import nl.brug.security.Role;

/**
 * Runs a test as a signed-in Brug user: the principal is a real {@link nl.brug.security.BrugUser}, loaded
 * by the application's own UserDetailsService from an account row that exists in the database (created
 * when missing), so {@code CurrentUser.require()} and record-level checks see a real account id.
 * <p>
 * The context is set up just before the test method runs, after {@code @BeforeEach} methods, so a test
 * class may empty the database in {@code @BeforeEach} and still have the account.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@WithSecurityContext(factory = WithBrugUserSecurityContextFactory.class,
        setupBefore = TestExecutionEvent.TEST_EXECUTION)
public @interface WithBrugUser {

    String username() default "tester";

    /** Empty: the username with a capital. */
    String displayName() default "";

    Role[] roles() default { Role.MEDIATOR };
}
