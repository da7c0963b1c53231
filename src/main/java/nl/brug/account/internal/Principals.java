package nl.brug.account.internal;

import java.time.Instant;

import nl.brug.account.SecondFactorPolicy;
import nl.brug.security.BrugUser;
import nl.brug.security.SecondStep;

/** The signed-in person Spring Security holds, made from the account in one place. */
public final class Principals {

    private Principals() {
    }

    /** After the password: a second step is pending if the account has a second factor or must set one up. */
    public static BrugUser afterPassword(Account account, SecondFactorPolicy policy, Instant now) {
        SecondStep step = account.hasSecondFactor() ? SecondStep.CODE
                : policy.requiredFor(account.getRoles()) ? SecondStep.SET_UP : SecondStep.NONE_PENDING;
        return of(account, now, step);
    }

    /** After the second step: the account's roles (none while a temporary password must still be replaced). */
    public static BrugUser signedIn(Account account, Instant now) {
        return of(account, now, SecondStep.NONE_PENDING);
    }

    private static BrugUser of(Account account, Instant now, SecondStep step) {
        boolean mustChange = account.isMustChangePassword();
        return new BrugUser(account.requireId(), account.getUsername(), account.getDisplayName(),
                mustChange ? java.util.Set.of() : account.getRoles(), account.getPasswordHash(), account.isEnabled(),
                !account.isLocked(now), mustChange, account.getPreferredLocale(), step);
    }
}
