package nl.brug.testsupport;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import nl.brug.account.internal.AccountRepository;
import nl.brug.mediationcase.CaseTestConfiguration;
import nl.brug.mediationcase.MutableClock;

/** The test helpers as beans, imported by {@link BrugSpringTest} (and by the browser journeys). */
@TestConfiguration(proxyBeanMethods = false)
@Import(CaseTestConfiguration.class)
public class TestSupportConfiguration {

    @Bean
    DatabaseReset databaseReset(JdbcTemplate jdbc, MutableClock clock) {
        return new DatabaseReset(jdbc, clock);
    }

    @Bean
    TestAccounts testAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        return new TestAccounts(accounts, passwordEncoder, clock);
    }
}
