package nl.brug.reporting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.Outcome;
import nl.brug.mediationcase.Theme;
import nl.brug.security.BrugUser;
import nl.brug.security.Role;

/**
 * Cases for the reporting tests, written straight into the tables the report reads, and the signed-in user
 * the services check. The first quarter of 2026 is the standard set: six cases inside it, one on each side
 * just outside.
 */
public final class ReportingFixture {

    public static final LocalDate Q1_FROM = LocalDate.of(2026, 1, 1);
    public static final LocalDate Q1_TO = LocalDate.of(2026, 3, 31);

    /** Children before parents, so no foreign key is violated. */
    private static final java.util.List<String> TABLES_IN_DELETE_ORDER = nl.brug.testsupport.DatabaseReset.TABLES_IN_DELETE_ORDER;

    private final JdbcTemplate jdbc;

    public ReportingFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void clear() {
        for (String table : TABLES_IN_DELETE_ORDER) {
            jdbc.update("delete from " + table);
        }
    }

    public long account(String username, Role role) {
        jdbc.update("insert into account (username, username_key, display_name, email, password_hash, enabled,"
                + " created_at) values (?, ?, ?, ?, 'x', true, ?)", username, username, username,
                username + "@example.org", Timestamp.from(Instant.now()));
        long id = jdbc.queryForObject("select id from account where username_key = ?", Long.class, username);
        jdbc.update("insert into account_role (account_id, role) values (?, ?)", id, role.name());
        return id;
    }

    /**
     * The standard set. Inside Q1: 6 cases — 4 closed (full agreement, partial agreement, no agreement,
     * referred), 1 in follow-up, 1 registered; 4 horizontal, 2 vertical; agreements after 10, 35 and 20
     * days. Outside: one on 31 December 2025 and one on 1 April 2026, both with numbers that would show.
     */
    public void firstQuarter(long leadMediator) {
        insertCase("2025-0099", "2025-12-31", CaseStatus.CLOSED, CaseKind.HORIZONTAL, Theme.NOISE,
                Outcome.FULL_AGREEMENT, "2026-01-05", leadMediator);
        insertCase("2026-0001", "2026-01-01", CaseStatus.CLOSED, CaseKind.HORIZONTAL, Theme.NOISE,
                Outcome.FULL_AGREEMENT, "2026-01-11", leadMediator);
        insertCase("2026-0002", "2026-01-15", CaseStatus.CLOSED, CaseKind.VERTICAL, Theme.HOUSING,
                Outcome.PARTIAL_AGREEMENT, "2026-02-19", leadMediator);
        insertCase("2026-0003", "2026-02-01", CaseStatus.CLOSED, CaseKind.HORIZONTAL, Theme.NOISE,
                Outcome.NO_AGREEMENT, null, leadMediator);
        insertCase("2026-0004", "2026-02-10", CaseStatus.CLOSED, CaseKind.VERTICAL, Theme.DISCRIMINATION,
                Outcome.REFERRED, null, leadMediator);
        insertCase("2026-0005", "2026-03-01", CaseStatus.FOLLOW_UP, CaseKind.HORIZONTAL, Theme.NEIGHBOUR_NUISANCE,
                null, "2026-03-21", leadMediator);
        insertCase("2026-0006", "2026-03-31", CaseStatus.REGISTERED, CaseKind.HORIZONTAL, Theme.YOUTH,
                null, null, null);
        insertCase("2026-0007", "2026-04-01", CaseStatus.CLOSED, CaseKind.VERTICAL, Theme.SCHOOL,
                Outcome.WITHDRAWN, "2026-04-02", leadMediator);
    }

    public void insertCase(String reference, String registeredOn, CaseStatus status, CaseKind kind, Theme theme,
            @Nullable Outcome outcome, @Nullable String agreementOn, @Nullable Long leadMediator) {
        LocalDate registered = LocalDate.parse(registeredOn);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into mediation_case (reference, title, kind, theme, source, urgency, status, outcome,"
                + " registered_on, agreement_on, closed_on, lead_mediator_id, search_text, created_at, updated_at)"
                + " values (?, ?, ?, ?, 'PARTY_ITSELF', 'NORMAL', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                reference, "Zaak " + reference, kind.name(), theme.name(), status.name(),
                outcome == null ? null : outcome.name(), Date.valueOf(registered),
                agreementOn == null ? null : Date.valueOf(LocalDate.parse(agreementOn)),
                status == CaseStatus.CLOSED ? Date.valueOf(registered.plusDays(60)) : null, leadMediator,
                ("zaak " + reference).toLowerCase(Locale.ROOT), now, now);
    }

    public static BrugUser signIn(long accountId, String username, Role... roles) {
        Set<Role> roleSet = EnumSet.noneOf(Role.class);
        roleSet.addAll(Set.of(roles));
        BrugUser user = new BrugUser(accountId, username, username, roleSet, "x", true, true, false, null);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        return user;
    }
}
