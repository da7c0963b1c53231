package nl.brug.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.EnumSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import nl.brug.security.BrugUser;
import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.TestAccounts;
import nl.brug.testsupport.WithBrugUser;

/**
 * Two administrators change one account at the same moment: both saves start from the same version, both pass
 * the service's version check, and the second to reach the database is refused with "changed meanwhile"
 * (accounts do not record who changed them, so the refusal names nobody). The first change is kept.
 */
@BrugSpringTest
class ConcurrentAccountEditsTest {

    @Autowired
    AccountService service;
    @Autowired
    TestAccounts accounts;
    @Autowired
    DatabaseReset database;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void clean() {
        database.clear();
    }

    @Test
    @WithBrugUser(username = "beheer", roles = Role.ADMIN)
    void theSecondOfTwoSimultaneousSavesIsRefusedAsChangedMeanwhileAndTheFirstIsKept() {
        accounts.create("bram", Role.ADMIN);
        accounts.create("kees", Role.MEDIATOR);
        AccountSummary shown = service.find(accounts.get("kees").requireId()).orElseThrow();

        // The saving transaction of "beheer" has read the account (at the version both administrators saw) when
        // "bram" commits his change: the moment after the service's own version check, before the write.
        TransactionTemplate beheersSave = new TransactionTemplate(transactionManager);
        Throwable refused = beheersSave.execute(status -> {
            accounts.get("kees");
            as("bram", () -> service.deactivate(shown.id(), shown.version()));
            Throwable thrown = catchThrowable(() -> service.changeRoles(shown.id(), shown.version(),
                    EnumSet.of(Role.MEDIATOR, Role.SUPERVISOR)));
            status.setRollbackOnly();
            return thrown;
        });

        assertThat(refused).isInstanceOf(StaleAccountException.class)
                .as("refused at the write, not by the version check on loading")
                .hasCauseInstanceOf(ObjectOptimisticLockingFailureException.class);
        AccountSummary now = service.find(shown.id()).orElseThrow();
        assertThat(now.enabled()).as("bram's change is kept").isFalse();
        assertThat(now.roles()).as("beheer's change is not saved").containsExactly(Role.MEDIATOR);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'ACCOUNT_ROLES_CHANGED'",
                Long.class)).as("no record of a change that was not made").isZero();
    }

    /** Runs the action as another signed-in administrator, in a transaction of its own that commits. */
    private void as(String username, Runnable action) {
        SecurityContext own = SecurityContextHolder.getContext();
        BrugUser other = accounts.signedIn(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(other, null,
                other.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            TransactionTemplate separate = new TransactionTemplate(transactionManager);
            separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            separate.executeWithoutResult(status -> action.run());
        } finally {
            SecurityContextHolder.setContext(own);
        }
    }

    @Test
    void aLoginLeavesTheAccountsVersionAloneSoTwoLoginsAtOnceAndAnAdministratorsEditDoNotCollide(
            @Autowired ApplicationEventPublisher events) {
        accounts.create("kees", Role.MEDIATOR);
        long id = accounts.get("kees").requireId();
        Long before = jdbc.queryForObject("select version from account where id = ?", Long.class, id);
        BrugUser kees = (BrugUser) userDetailsService.loadUserByUsername("kees");

        // Two devices at once: each success event is handled in a transaction of its own.
        for (int login = 0; login < 2; login++) {
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> events.publishEvent(
                    new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated(kees, null,
                            kees.getAuthorities()))));
        }

        assertThat(jdbc.queryForObject("select version from account where id = ?", Long.class, id)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select last_login_at from account where id = ?", java.sql.Timestamp.class, id))
                .isNotNull();
    }
}
