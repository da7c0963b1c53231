package nl.brug.account;

import java.time.Instant;
import java.util.EnumSet;
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
import nl.brug.security.Role;

/**
 * A person's account. The username is kept as typed and, lower-cased, as the key that makes it unique and
 * login case-insensitive. Only the password hash is stored.
 */
@Entity
@Table(name = "account")
public class Account {

    public static final int USERNAME_MAX = 60;
    public static final int DISPLAY_NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;

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

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
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
