package nl.brug.mediationcase;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import nl.brug.account.internal.AccountRepository;

/** Test-only beans shared by every Spring test (through TestSupportConfiguration): a clock the tests move, and the case fixture. */
@TestConfiguration(proxyBeanMethods = false)
public class CaseTestConfiguration {

    /** Wins over the application's system clock wherever a {@code Clock} is injected. */
    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    @Bean
    CaseTestFixture caseTestFixture(AccountRepository accounts, PasswordEncoder passwordEncoder, JdbcClient jdbc,
            MutableClock clock) {
        return new CaseTestFixture(accounts, passwordEncoder, jdbc, clock);
    }
}
