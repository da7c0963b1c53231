package nl.brug.account.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.brug.security.Role;

/**
 * Demo accounts, one per role, created only with the {@code demo} profile and only in an empty
 * installation. Their password, and the second factor of the supervisors and the administrator, are printed
 * in the README: never use the demo profile for real work.
 */
@Component
@Profile("demo")
@Order(1)
class DemoAccounts implements ApplicationRunner {

    static final String DEMO_PASSWORD = "brug-demo-2026";
    /** The demo's second factor for supervisors and the administrator, in the README too: demo only. */
    static final String DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXP";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        record Demo(String username, String name, Set<Role> roles) {
        }
        List<Demo> demos = List.of(
                new Demo("beheerder", "Bram de Beheerder", EnumSet.of(Role.ADMIN)),
                new Demo("coordinator", "Carla Jansen", EnumSet.of(Role.SUPERVISOR)),
                new Demo("anna", "Anna de Vries", EnumSet.of(Role.MEDIATOR)),
                new Demo("youssef", "Youssef El Amrani", EnumSet.of(Role.MEDIATOR)),
                new Demo("sanne", "Sanne Bakker", EnumSet.of(Role.MEDIATOR, Role.SUPERVISOR)));
        for (Demo demo : demos) {
            Account account = new Account(demo.username(), demo.name(), demo.username() + "@demo.brug.example",
                    hash, demo.roles(), clock.instant());
            if (demo.roles().contains(Role.SUPERVISOR) || demo.roles().contains(Role.ADMIN)) {
                account.beginSecondFactor(DEMO_TOTP_SECRET);
                account.confirmSecondFactor(clock.instant(), 0, Set.of());
            }
            accounts.save(account);
        }
        log.info("Demo accounts created ({}); their password is in the README", demos.size());
    }
}
