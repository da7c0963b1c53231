package nl.brug.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed logins lock an account, and for how long. Configure with
 * {@code brug.security.max-failed-logins} and {@code brug.security.lockout} (e.g. {@code 15m}).
 */
@ConfigurationProperties("brug.security")
public record LoginPolicy(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockout) {
}
