package nl.brug.account;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import nl.brug.security.Role;

/**
 * Who must log in with a second factor. Supervisors and administrators always: they see every case or every
 * account. Mediators may set one up; {@code brug.security.second-factor.required-for-everyone=true} makes it
 * compulsory for them too.
 */
@ConfigurationProperties("brug.security.second-factor")
public record SecondFactorPolicy(@DefaultValue("false") boolean requiredForEveryone) {

    public boolean requiredFor(Set<Role> roles) {
        return requiredForEveryone || roles.contains(Role.SUPERVISOR) || roles.contains(Role.ADMIN);
    }
}
