package nl.brug.testsupport;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import nl.brug.account.internal.AccountRepository;

/** The test helpers as beans, imported by {@link BrugSpringTest} (and by the browser journeys). */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

    @Bean
    DatabaseReset databaseReset(JdbcTemplate jdbc) {
        return new DatabaseReset(jdbc);
    }

    @Bean
    TestAccounts testAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        return new TestAccounts(accounts, passwordEncoder, clock);
    }
}
