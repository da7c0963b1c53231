package nl.brug.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.brug.account.internal.Account;
import nl.brug.account.internal.AccountRepository;
import nl.brug.account.internal.Principals;
import nl.brug.account.internal.SessionSignIn;
import nl.brug.account.internal.Totp;
import nl.brug.audit.AuditAction;
import nl.brug.audit.AuditService;
import nl.brug.base.InvalidInputException;
import nl.brug.security.BrugUser;
import nl.brug.security.CurrentUser;
import nl.brug.security.NotSignedInException;
import nl.brug.security.SecondStep;

/**
 * The second factor at login: a code from an authenticator app (TOTP, RFC 6238) after the password. Setting it
 * up shows a secret once and asks for one code; then ten one-time recovery codes are shown once (only their
 * hashes are kept). A code is accepted within one 30-second step either side, and never twice. A wrong code
 * counts towards the lockout like a wrong password.
 *
 * <p>Its methods serve a login that is half done (password only): method security lets them through
 * ({@code permitAll()}), and each checks itself who is asking and at which step.
 */
@Service
public class SecondFactorService {

    public static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int RECOVERY_LENGTH = 10;

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final LoginPolicy loginPolicy;
    private final SessionSignIn session;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SecondFactorService(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditService audit,
            LoginPolicy loginPolicy, SessionSignIn session, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.loginPolicy = loginPolicy;
        this.session = session;
        this.clock = clock;
    }

    /** Whether this user's second factor is set up already: then there is nothing to set up. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean isSetUpOrPending() {
        BrugUser user = CurrentUser.findIncludingPending().orElseThrow(NotSignedInException::new);
        return user.secondStep() == SecondStep.CODE
                || accounts.findById(user.accountId()).map(Account::hasSecondFactor).orElse(false);
    }

    /**
     * Starts (or, after a reload of the page, continues) setting up: for a login that must set up a second factor
     * first, or a signed-in user without one who chooses to. The same secret is shown until it is confirmed.
     */
    @PreAuthorize("permitAll()")
    @Transactional(noRollbackFor = InvalidInputException.class)
    public SecondFactorSetup beginSetup() {
        Account account = accountSettingUp();
        String secret = account.getTotpSecret();
        if (secret == null) {
            secret = Totp.newSecret();
            account.beginSecondFactor(secret);
        }
        return new SecondFactorSetup(secret, Totp.uri(account.getUsername(), secret));
    }

    /**
     * Confirms the set-up with one code from the app and returns the ten recovery codes, to be shown once. A
     * login that was waiting for this is signed in now, with the account's roles.
     */
    @PreAuthorize("permitAll()")
    @Transactional(noRollbackFor = InvalidInputException.class)
    public List<String> confirmSetup(String code) {
        BrugUser user = CurrentUser.findIncludingPending().orElseThrow(NotSignedInException::new);
        Account account = accountSettingUp();
        String secret = account.getTotpSecret();
        if (secret == null) {
            // Not begun: no code can be right.
            throw InvalidInputException.of("code", "secondFactor.wrong");
        }
        Instant now = clock.instant();
        OptionalLong step = Totp.matchingStep(secret, code, now);
        if (step.isEmpty()) {
            throw failed(account, now);
        }
        List<String> recoveryCodes = new ArrayList<>();
        Set<String> hashes = new HashSet<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = recoveryCode();
            recoveryCodes.add(recovery.substring(0, RECOVERY_LENGTH / 2) + "-" + recovery.substring(RECOVERY_LENGTH / 2));
            hashes.add(passwordEncoder.encode(recovery));
        }
        account.confirmSecondFactor(now, step.getAsLong(), hashes);
        audit.recordFor(account.requireId(), account.getUsername(), AuditAction.SECOND_FACTOR_SET_UP, null, null);
        if (user.secondStepPending()) {
            signIn(account, now);
        }
        return List.copyOf(recoveryCodes);
    }

    /**
     * The second step of a login: the six-digit code from the app, or one of the recovery codes (which is then
     * used up). Right: the session gets the account's roles. Wrong, or a code already used: refused, and counted
     * like a wrong password.
     */
    @PreAuthorize("permitAll()")
    @Transactional(noRollbackFor = InvalidInputException.class)
    public void verify(String code) {
        BrugUser user = CurrentUser.findIncludingPending().orElseThrow(NotSignedInException::new);
        if (user.secondStep() != SecondStep.CODE) {
            throw new AccessDeniedException("No code is asked for");
        }
        Account account = accounts.findById(user.accountId()).orElseThrow(NotSignedInException::new);
        Instant now = clock.instant();
        String secret = account.getTotpSecret();
        if (!account.isEnabled() || account.isLocked(now) || secret == null || !account.hasSecondFactor()) {
            throw InvalidInputException.of("code", "secondFactor.refused");
        }
        OptionalLong step = Totp.matchingStep(secret, code, now);
        if (step.isPresent()) {
            if (!account.useStep(step.getAsLong())) {
                throw failed(account, now);
            }
        } else if (!usedRecoveryCode(account, code)) {
            throw failed(account, now);
        }
        signIn(account, now);
    }

    private boolean usedRecoveryCode(Account account, String code) {
        String typed = code.toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "").strip();
        if (typed.length() != RECOVERY_LENGTH) {
            return false;
        }
        for (String hash : account.getRecoveryCodeHashes()) {
            if (passwordEncoder.matches(typed, hash)) {
                account.useRecoveryCode(hash);
                audit.recordFor(account.requireId(), account.getUsername(), AuditAction.RECOVERY_CODE_USED, null,
                        account.getRecoveryCodeHashes().size() + " left");
                return true;
            }
        }
        return false;
    }

    private void signIn(Account account, Instant now) {
        account.recordLogin(now);
        accounts.flush();
        audit.recordFor(account.requireId(), account.getUsername(), AuditAction.LOGIN_SUCCEEDED, null, null);
        session.signIn(Principals.signedIn(account, now), true);
    }

    /** A wrong code: audited and counted towards the lockout, like a wrong password. */
    private InvalidInputException failed(Account account, Instant now) {
        audit.recordFor(account.requireId(), account.getUsername(), AuditAction.SECOND_FACTOR_FAILED, null, null);
        if (account.recordFailedLogin(now, loginPolicy)) {
            audit.recordFor(account.requireId(), account.getUsername(), AuditAction.ACCOUNT_LOCKED, null,
                    "after " + loginPolicy.maxFailedLogins() + " failed logins, for " + loginPolicy.lockout());
        }
        accounts.flush();
        return InvalidInputException.of("code", "secondFactor.wrong");
    }

    /** The account of a login that must set up its second factor, or of a signed-in user who has none yet. */
    private Account accountSettingUp() {
        BrugUser user = CurrentUser.findIncludingPending().orElseThrow(NotSignedInException::new);
        if (user.secondStep() == SecondStep.CODE) {
            throw new AccessDeniedException("The second factor is set up already; the code is asked for");
        }
        Account account = accounts.findById(user.accountId()).orElseThrow(NotSignedInException::new);
        if (account.hasSecondFactor()) {
            throw new AccessDeniedException("The second factor is set up already");
        }
        return account;
    }

    private String recoveryCode() {
        StringBuilder code = new StringBuilder(RECOVERY_LENGTH);
        for (int i = 0; i < RECOVERY_LENGTH; i++) {
            code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }
}
