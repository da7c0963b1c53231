package nl.brug.account.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.brug.account.LoginPolicy;
import nl.brug.account.NewAccount;
import nl.brug.security.Role;

/**
 * A person's account. The username is kept as typed and, lower-cased, as the key that makes it unique and
 * login case-insensitive. Only the password hash is stored.
 */
@Entity
@Table(name = "account")
public class Account {

    public static final int USERNAME_MAX = NewAccount.USERNAME_MAX;
    public static final int DISPLAY_NAME_MAX = NewAccount.DISPLAY_NAME_MAX;
    public static final int EMAIL_MAX = NewAccount.EMAIL_MAX;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = USERNAME_MAX)
    private String username;

    @Column(name = "username_key", nullable = false, length = USERNAME_MAX, unique = true)
    private String usernameKey;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "preferred_language", length = 8)
    private @Nullable String preferredLanguage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private @Nullable Instant lastLoginAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** Base32, shared with the authenticator app; a credential, never logged. Unconfirmed while set-up runs. */
    @Column(name = "totp_secret", length = 64)
    private @Nullable String totpSecret;

    @Column(name = "totp_confirmed_at")
    private @Nullable Instant totpConfirmedAt;

    /** The last time step whose code was accepted: a code is never accepted twice. */
    @Column(name = "totp_last_step")
    private @Nullable Long totpLastStep;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "account_recovery_code", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "code_hash")
    private Set<String> recoveryCodeHashes = new HashSet<>();

    @SuppressWarnings("NullAway.Init")
    protected Account() {
        // for JPA
    }

    public Account(String username, String displayName, String email, String passwordHash, Set<Role> roles,
            Instant createdAt) {
        this.username = username.strip();
        this.usernameKey = keyOf(username);
        this.displayName = displayName.strip();
        this.email = email.strip();
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        changeRoles(roles);
    }

    /** The form in which usernames are compared: trimmed and lower-cased. */
    public static String keyOf(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    public void changeRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        roles = EnumSet.copyOf(newRoles);
    }

    public void recordLogin(Instant when) {
        lastLoginAt = when;
        failedLogins = 0;
        lockedUntil = null;
    }

    /** Counts a failed login; returns true when this failure locked the account. */
    public boolean recordFailedLogin(Instant when, LoginPolicy policy) {
        if (isLocked(when)) {
            return false;
        }
        failedLogins++;
        if (failedLogins >= policy.maxFailedLogins()) {
            lockedUntil = when.plus(policy.lockout());
            failedLogins = 0;
            return true;
        }
        return false;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void unlock() {
        lockedUntil = null;
        failedLogins = 0;
    }

    /** A new password set by an administrator: temporary, to be replaced at the next login. */
    public void resetPassword(String newHash) {
        passwordHash = newHash;
        mustChangePassword = true;
        unlock();
    }

    /** The user's own new password. */
    public void changePassword(String newHash) {
        passwordHash = newHash;
        mustChangePassword = false;
    }

    /** Starts setting up a second factor with this secret; it counts only once confirmed with a code. */
    public void beginSecondFactor(String secret) {
        totpSecret = secret;
        totpConfirmedAt = null;
        totpLastStep = null;
        recoveryCodeHashes.clear();
    }

    /** The code of {@code step} proved that the app holds the secret; the recovery codes replace any earlier ones. */
    public void confirmSecondFactor(Instant when, long step, Set<String> recoveryHashes) {
        if (totpSecret == null) {
            throw new IllegalStateException("No second factor is being set up");
        }
        totpConfirmedAt = when;
        totpLastStep = step;
        recoveryCodeHashes.clear();
        recoveryCodeHashes.addAll(recoveryHashes);
    }

    /** Records that the code of this step was used; false if it (or a later one) was used before. */
    public boolean useStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    /** A recovery code works once. */
    public void useRecoveryCode(String hash) {
        recoveryCodeHashes.remove(hash);
    }

    /** An administrator's reset: the user sets up a new second factor at the next login. */
    public void resetSecondFactor() {
        totpSecret = null;
        totpConfirmedAt = null;
        totpLastStep = null;
        recoveryCodeHashes.clear();
    }

    public boolean hasSecondFactor() {
        return totpSecret != null && totpConfirmedAt != null;
    }

    public @Nullable String getTotpSecret() {
        return totpSecret;
    }

    public @Nullable Long getTotpLastStep() {
        return totpLastStep;
    }

    public Set<String> getRecoveryCodeHashes() {
        return Set.copyOf(recoveryCodeHashes);
    }

    public void changePreferredLanguage(Locale locale) {
        preferredLanguage = locale.getLanguage();
    }

    public @Nullable Long getId() {
        return id;
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Account not saved yet");
        }
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void deactivate() {
        enabled = false;
    }

    public void reactivate() {
        enabled = true;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }

    public @Nullable Locale getPreferredLocale() {
        return preferredLanguage == null ? null : Locale.of(preferredLanguage);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public long getVersion() {
        return version;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }
}
