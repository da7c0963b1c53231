package nl.brug.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.Outcome;
import nl.brug.mediationcase.Theme;
import nl.brug.reporting.internal.Median;
import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;

/**
 * The report aggregated in SQL (medians included, decision 036) gives the same figures as the way it was
 * computed before: every case of the period read into Java, counted there, and the median taken by
 * {@link Median}. On a hand-built set with the edge cases (an even and an odd number of agreement dates, a
 * period with none, the period's first and last day) and on a generated one; on H2 and, in the PostgreSQL run
 * of the tests, on PostgreSQL.
 */
@BrugSpringTest
class OutcomeReportReferenceTest {

    @Autowired
    OutcomeReportService reports;
    @Autowired
    JdbcTemplate jdbc;

    ReportingFixture fixture;
    long mediatorId;

    @BeforeEach
    void supervisor() {
        fixture = new ReportingFixture(jdbc);
        fixture.clear();
        mediatorId = fixture.account("anna", Role.MEDIATOR);
        long supervisorId = fixture.account("carla", Role.SUPERVISOR);
        ReportingFixture.signIn(supervisorId, "carla", Role.SUPERVISOR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aHandBuiltSetGivesTheReferenceFigures() {
        fixture.firstQuarter(mediatorId);
        // An agreement on the day of registration (0 days) and a reopened case that still has its agreement date.
        fixture.insertCase("2026-0010", "2026-02-02", CaseStatus.CLOSED, CaseKind.VERTICAL, Theme.NOISE,
                Outcome.FULL_AGREEMENT, "2026-02-02", mediatorId);
        fixture.insertCase("2026-0011", "2026-03-31", CaseStatus.INTAKE, CaseKind.HORIZONTAL, Theme.OTHER, null,
                "2026-06-30", mediatorId);

        List<ReportPeriod> periods = List.of(new ReportPeriod(ReportingFixture.Q1_FROM, ReportingFixture.Q1_TO),
                new ReportPeriod(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 4, 1)),
                new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1)),
                new ReportPeriod(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 31)),
                new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        for (ReportPeriod period : periods) {
            assertThat(reports.report(period.from(), period.to())).as(period.toString()).isEqualTo(reference(period));
        }
        // The set holds both an odd and an even number of agreement dates in these periods: both medians agree.
        assertThat(reports.report(ReportingFixture.Q1_FROM, ReportingFixture.Q1_TO).casesWithAgreementDate())
                .isEqualTo(5);
        assertThat(reports.report(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 4, 1)).casesWithAgreementDate())
                .isEqualTo(7);
        assertThat(reports.report(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).medianDaysToAgreement())
                .isNull();
    }

    @Test
    void aGeneratedSetGivesTheReferenceFigures() {
        Random random = new Random(14);
        CaseStatus[] statuses = CaseStatus.values();
        Outcome[] outcomes = Outcome.values();
        Theme[] themes = Theme.values();
        LocalDate start = LocalDate.of(2021, 1, 1);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            LocalDate registered = start.plusDays(random.nextInt(5 * 365));
            CaseStatus status = statuses[random.nextInt(statuses.length)];
            // Closed cases mostly have an outcome; a few open ones keep one (as the data may hold after a reopening).
            Outcome outcome = random.nextInt(10) < (status == CaseStatus.CLOSED ? 9 : 1)
                    ? outcomes[random.nextInt(outcomes.length)] : null;
            LocalDate agreement = random.nextInt(3) == 0 ? registered.plusDays(random.nextInt(400)) : null;
            String reference = String.format(Locale.ROOT, "%d-G%04d", registered.getYear(), i);
            rows.add(new Object[] {reference, "Zaak " + i, random.nextBoolean() ? "VERTICAL" : "HORIZONTAL",
                    themes[random.nextInt(themes.length)].name(), status.name(),
                    outcome == null ? null : outcome.name(), Date.valueOf(registered),
                    agreement == null ? null : Date.valueOf(agreement), "zaak " + i, now, now});
        }
        jdbc.batchUpdate("insert into mediation_case (reference, title, kind, theme, source, urgency, status, outcome,"
                + " registered_on, agreement_on, search_text, created_at, updated_at)"
                + " values (?, ?, ?, ?, 'PARTY_ITSELF', 'NORMAL', ?, ?, ?, ?, ?, ?, ?)", rows);

        for (int i = 0; i < 25; i++) {
            LocalDate from = start.plusDays(random.nextInt(5 * 365));
            ReportPeriod period = new ReportPeriod(from, from.plusDays(random.nextInt(i < 5 ? 5 : 2000)));
            assertThat(reports.report(period.from(), period.to())).as(period.toString()).isEqualTo(reference(period));
        }
        ReportPeriod fiveYears = new ReportPeriod(start, start.plusYears(5));
        assertThat(reports.report(fiveYears.from(), fiveYears.to())).isEqualTo(reference(fiveYears));
        assertThat(reference(fiveYears).registered()).isEqualTo(3000);
    }

    /** The report as computed before decision 036: every case of the period read and counted in Java. */
    private OutcomeReport reference(ReportPeriod period) {
        Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
        Map<CaseKind, Long> byKind = new EnumMap<>(CaseKind.class);
        Map<Theme, Long> byTheme = new EnumMap<>(Theme.class);
        Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
        List<Long> days = new ArrayList<>();
        jdbc.query("select status, kind, theme, outcome, registered_on, agreement_on from mediation_case"
                + " where registered_on between ? and ?", rs -> {
                    CaseStatus status = CaseStatus.valueOf(rs.getString(1));
                    byStatus.merge(status, 1L, Long::sum);
                    byKind.merge(CaseKind.valueOf(rs.getString(2)), 1L, Long::sum);
                    byTheme.merge(Theme.valueOf(rs.getString(3)), 1L, Long::sum);
                    if (status == CaseStatus.CLOSED && rs.getString(4) != null) {
                        byOutcome.merge(Outcome.valueOf(rs.getString(4)), 1L, Long::sum);
                    }
                    LocalDate agreement = rs.getObject(6, LocalDate.class);
                    if (agreement != null) {
                        days.add(ChronoUnit.DAYS.between(rs.getObject(5, LocalDate.class), agreement));
                    }
                }, Date.valueOf(period.from()), Date.valueOf(period.to()));
        return new OutcomeReport(period, byStatus, byKind, byTheme, byOutcome, days.size(), Median.of(days));
    }
}
