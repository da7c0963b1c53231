package nl.brug.reporting;

import static nl.brug.reporting.ReportingFixture.Q1_FROM;
import static nl.brug.reporting.ReportingFixture.Q1_TO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.SpreadsheetFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

import nl.brug.base.InvalidInputException;
import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.Outcome;
import nl.brug.mediationcase.Theme;
import nl.brug.security.Role;

/** The outcomes report against the real schema on H2 in PostgreSQL mode. */
@BrugSpringTest
class OutcomeReportServiceTest {

    @Autowired
    OutcomeReportService reports;
    @Autowired
    JdbcTemplate jdbc;

    ReportingFixture fixture;
    long mediatorId;
    long supervisorId;

    @BeforeEach
    void firstQuarterAsSupervisor() {
        fixture = new ReportingFixture(jdbc);
        fixture.clear();
        mediatorId = fixture.account("anna", Role.MEDIATOR);
        supervisorId = fixture.account("carla", Role.SUPERVISOR);
        fixture.firstQuarter(mediatorId);
        ReportingFixture.signIn(supervisorId, "carla", Role.SUPERVISOR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void countsTheCasesRegisteredInThePeriodByStatusKindThemeAndOutcome() {
        OutcomeReport report = reports.report(Q1_FROM, Q1_TO);

        assertThat(report.period()).isEqualTo(new ReportPeriod(Q1_FROM, Q1_TO));
        assertThat(report.registered()).isEqualTo(6);
        assertThat(report.byStatus()).containsExactly(entry(CaseStatus.REGISTERED, 1L), entry(CaseStatus.INTAKE, 0L),
                entry(CaseStatus.IN_MEDIATION, 0L), entry(CaseStatus.AGREEMENT, 0L), entry(CaseStatus.FOLLOW_UP, 1L),
                entry(CaseStatus.CLOSED, 4L));
        assertThat(report.byKind()).containsExactly(entry(CaseKind.HORIZONTAL, 4L), entry(CaseKind.VERTICAL, 2L));
        assertThat(report.byTheme()).hasSize(Theme.values().length)
                .contains(entry(Theme.NOISE, 2L), entry(Theme.HOUSING, 1L), entry(Theme.DISCRIMINATION, 1L),
                        entry(Theme.NEIGHBOUR_NUISANCE, 1L), entry(Theme.YOUTH, 1L), entry(Theme.SCHOOL, 0L),
                        entry(Theme.OTHER, 0L));
        assertThat(report.byTheme().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(6);
        assertThat(report.byOutcome()).containsExactly(entry(Outcome.FULL_AGREEMENT, 1L),
                entry(Outcome.PARTIAL_AGREEMENT, 1L), entry(Outcome.NO_AGREEMENT, 1L), entry(Outcome.WITHDRAWN, 0L),
                entry(Outcome.REFERRED, 1L), entry(Outcome.NOT_SUITABLE, 0L));
        assertThat(report.closed()).isEqualTo(4);
    }

    @Test
    void theAgreementRateIsFullOrPartialAgreementAmongTheClosedCases() {
        OutcomeReport report = reports.report(Q1_FROM, Q1_TO);

        assertThat(report.agreed()).isEqualTo(2);
        assertThat(report.closedWithOutcome()).isEqualTo(4);
        assertThat(report.agreementRate()).isEqualTo(0.5);
    }

    @Test
    void theMedianOfAnOddNumberOfAgreementsIsTheMiddleOne() {
        // 10, 35 and 20 days; the open follow-up case counts, it did reach an agreement.
        OutcomeReport report = reports.report(Q1_FROM, Q1_TO);

        assertThat(report.casesWithAgreementDate()).isEqualTo(3);
        assertThat(report.medianDaysToAgreement()).isEqualTo(20.0);
    }

    @Test
    void theMedianOfAnEvenNumberOfAgreementsIsTheMeanOfTheMiddleTwo() {
        // January and February: 10 and 35 days.
        OutcomeReport report = reports.report(Q1_FROM, LocalDate.of(2026, 2, 28));

        assertThat(report.registered()).isEqualTo(4);
        assertThat(report.casesWithAgreementDate()).isEqualTo(2);
        assertThat(report.medianDaysToAgreement()).isEqualTo(22.5);
    }

    @Test
    void bothEndsOfThePeriodAreIncluded() {
        assertThat(reports.report(Q1_FROM, Q1_FROM).registered()).isEqualTo(1);
        assertThat(reports.report(Q1_TO, Q1_TO).registered()).isEqualTo(1);
        assertThat(reports.report(Q1_TO, Q1_TO).byStatus()).containsEntry(CaseStatus.REGISTERED, 1L);
        assertThat(reports.report(LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31)).byOutcome())
                .containsEntry(Outcome.FULL_AGREEMENT, 1L);
        assertThat(reports.report(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 4, 1)).registered()).isEqualTo(8);
    }

    @Test
    void aCaseReopenedAfterClosingHasNoOutcomeToCount() {
        // Reopening clears the outcome; the agreement date stays, the agreement was reached.
        fixture.insertCase("2026-0010", "2026-03-15", CaseStatus.IN_MEDIATION, CaseKind.VERTICAL, Theme.OTHER, null,
                "2026-03-16", mediatorId);

        OutcomeReport report = reports.report(Q1_FROM, Q1_TO);

        assertThat(report.registered()).isEqualTo(7);
        assertThat(report.closedWithOutcome()).isEqualTo(4);
        assertThat(report.agreementRate()).isEqualTo(0.5);
        assertThat(report.casesWithAgreementDate()).isEqualTo(4);
        assertThat(report.medianDaysToAgreement()).isEqualTo(15.0);
    }

    @Test
    void withoutClosedCasesThereIsNoRateAndWithoutAgreementsNoMedian() {
        OutcomeReport march = reports.report(LocalDate.of(2026, 3, 1), Q1_TO);
        assertThat(march.registered()).isEqualTo(2);
        assertThat(march.closed()).isZero();
        assertThat(march.agreementRate()).isNull();
        assertThat(march.medianDaysToAgreement()).isEqualTo(20.0);

        OutcomeReport empty = reports.report(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31));
        assertThat(empty.registered()).isZero();
        assertThat(empty.byStatus()).hasSize(CaseStatus.values().length).allSatisfy((status, count) -> assertThat(count).isZero());
        assertThat(empty.byOutcome()).hasSize(Outcome.values().length);
        assertThat(empty.agreementRate()).isNull();
        assertThat(empty.casesWithAgreementDate()).isZero();
        assertThat(empty.medianDaysToAgreement()).isNull();
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> reports.report(Q1_TO, Q1_FROM)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void exportsTheNumbersAsCsvInDutchWordsForADutchSpreadsheetAndRecordsTheExport() {
        StringWriter out = new StringWriter();

        reports.exportCsv(Q1_FROM, Q1_TO, Locale.of("nl"), out);

        assertThat(out.toString()).as("a byte-order mark, so Excel reads UTF-8").startsWith("\uFEFF");
        assertThat(out.toString().substring(1).lines()).containsExactly(
                "Onderdeel;Omschrijving;Waarde;Code",
                "Periode;Aangemeld vanaf;01-01-2026;period.from",
                "Periode;Aangemeld tot en met;31-03-2026;period.to",
                "Samenvatting;Aangemelde zaken;6;summary.registered",
                "Samenvatting;Afgesloten;4;summary.closed",
                "Samenvatting;Afgesloten met een uitkomst;4;summary.closed_with_outcome",
                "Samenvatting;Afgesloten met volledige of gedeeltelijke overeenstemming;2;summary.agreed",
                "Samenvatting;Overeenstemmingspercentage;50,0%;summary.agreement_rate",
                "Samenvatting;Zaken met ondertekende afspraken;3;summary.cases_with_agreement_date",
                "Samenvatting;Mediaan dagen van aanmelding tot afspraken;20;summary.median_days_to_agreement",
                "Per status;Aangemeld;1;status.REGISTERED",
                "Per status;Intake;0;status.INTAKE",
                "Per status;In bemiddeling;0;status.IN_MEDIATION",
                "Per status;Afspraken;0;status.AGREEMENT",
                "Per status;Nazorg;1;status.FOLLOW_UP",
                "Per status;Afgesloten;4;status.CLOSED",
                "Per soort;Horizontaal;4;kind.HORIZONTAL",
                "Per soort;Verticaal;2;kind.VERTICAL",
                "Per thema;Burenoverlast;1;theme.NEIGHBOUR_NUISANCE",
                "Per thema;Geluidsoverlast;2;theme.NOISE",
                "Per thema;Huisdieren en tuinen;0;theme.PETS_AND_GARDENS",
                "Per thema;Spanningen tussen groepen;0;theme.GROUP_TENSION",
                "Per thema;Discriminatie;1;theme.DISCRIMINATION",
                "Per thema;Jongeren en overlast;1;theme.YOUTH",
                "Per thema;School;0;theme.SCHOOL",
                "Per thema;Wonen en woningcorporatie;1;theme.HOUSING",
                "Per thema;Openbare ruimte;0;theme.PUBLIC_SPACE",
                "Per thema;Dienstverlening van de gemeente;0;theme.PUBLIC_SERVICE",
                "Per thema;Contact met de politie;0;theme.POLICE_CONTACT",
                "Per thema;Anders;0;theme.OTHER",
                "Per uitkomst (afgesloten zaken);Volledige overeenstemming;1;outcome.FULL_AGREEMENT",
                "Per uitkomst (afgesloten zaken);Gedeeltelijke overeenstemming;1;outcome.PARTIAL_AGREEMENT",
                "Per uitkomst (afgesloten zaken);Geen overeenstemming;1;outcome.NO_AGREEMENT",
                "Per uitkomst (afgesloten zaken);Teruggetrokken door een partij;0;outcome.WITHDRAWN",
                "Per uitkomst (afgesloten zaken);Doorverwezen;1;outcome.REFERRED",
                "Per uitkomst (afgesloten zaken);Niet geschikt voor bemiddeling;0;outcome.NOT_SUITABLE");
        assertThat(auditRows()).containsExactly(Map.of("action", "EXPORT", "actor_id", supervisorId,
                "actor_username", "carla", "detail", "outcomes csv 2026-01-01/2026-03-31"));
    }

    @Test
    void exportsInEnglishWordsWithNumbersAsDutchExcelReadsThem() {
        StringWriter out = new StringWriter();

        reports.exportCsv(Q1_FROM, Q1_TO, Locale.ENGLISH, out);

        assertThat(out.toString().substring(1).lines()).contains(
                "Section;Item;Value;Code",
                "Summary;Agreement rate;50,0%;summary.agreement_rate",
                "By theme;Neighbour nuisance;1;theme.NEIGHBOUR_NUISANCE");
    }

    @Test
    void exportsEmptyValuesForFiguresThatDoNotExist() {
        StringWriter out = new StringWriter();

        reports.exportCsv(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 31), Locale.of("nl"), out);

        assertThat(out.toString().substring(1).lines()).contains("Samenvatting;Aangemelde zaken;0;summary.registered",
                "Samenvatting;Overeenstemmingspercentage;;summary.agreement_rate",
                "Samenvatting;Mediaan dagen van aanmelding tot afspraken;;summary.median_days_to_agreement",
                "Per uitkomst (afgesloten zaken);Volledige overeenstemming;0;outcome.FULL_AGREEMENT");
    }

    @Test
    void anEvenMedianIsExportedWithOneDecimalAfterACommaInEveryLanguage() {
        StringWriter dutch = new StringWriter();
        StringWriter english = new StringWriter();

        reports.exportCsv(Q1_FROM, LocalDate.of(2026, 2, 28), Locale.of("nl"), dutch);
        reports.exportCsv(Q1_FROM, LocalDate.of(2026, 2, 28), Locale.ENGLISH, english);

        assertThat(dutch.toString().lines()).contains(
                "Samenvatting;Mediaan dagen van aanmelding tot afspraken;22,5;summary.median_days_to_agreement",
                "Samenvatting;Overeenstemmingspercentage;50,0%;summary.agreement_rate");
        assertThat(english.toString().lines()).contains(
                "Summary;Median days from registration to agreement;22,5;summary.median_days_to_agreement");
    }

    /** What a spreadsheet reads: Commons CSV with semicolons, the byte-order mark first, Dutch dates and numbers. */
    @Test
    void theExportRoundTripsThroughACsvReaderWithSemicolonsInEveryLanguage() {
        for (Locale locale : List.of(Locale.of("nl"), Locale.ENGLISH)) {
            SpreadsheetFile file = SpreadsheetFile.written(
                    writer -> reports.exportCsv(Q1_FROM, LocalDate.of(2026, 2, 28), locale, writer));

            assertThat(file.header()).hasSize(4).startsWith(locale.equals(Locale.ENGLISH) ? "Section" : "Onderdeel");
            Map<String, String> byCode = file.rows().stream()
                    .collect(Collectors.toMap(row -> row.get(3), row -> row.get(2)));
            assertThat(byCode).containsEntry("period.from", "01-01-2026").containsEntry("period.to", "28-02-2026")
                    .containsEntry("summary.agreement_rate", "50,0%")
                    .containsEntry("summary.median_days_to_agreement", "22,5");
            assertThat(byCode.values()).as("no number with a decimal point, no ISO date")
                    .noneMatch(value -> value.matches(".*\\d\\.\\d.*") || value.matches("\\d{4}-\\d{2}-\\d{2}"));
        }
    }

    @Test
    void aPersonWithMoreRolesThanSupervisorMayReportToo() {
        ReportingFixture.signIn(supervisorId, "carla", Role.MEDIATOR, Role.SUPERVISOR);

        assertThat(reports.report(Q1_FROM, Q1_TO).registered()).isEqualTo(6);
    }

    @Nested
    class OnlySupervisors {

        @Test
        void aMediatorIsRefused() {
            ReportingFixture.signIn(mediatorId, "anna", Role.MEDIATOR);

            assertRefused(AccessDeniedException.class);
        }

        @Test
        void anAdministratorIsRefused() {
            long adminId = fixture.account("beheer", Role.ADMIN);
            ReportingFixture.signIn(adminId, "beheer", Role.ADMIN);

            assertRefused(AccessDeniedException.class);
        }

        @Test
        void nobodySignedInIsRefused() {
            SecurityContextHolder.clearContext();

            assertRefused(AuthenticationCredentialsNotFoundException.class);
        }

        private void assertRefused(Class<? extends Exception> refusal) {
            StringWriter out = new StringWriter();
            assertThatThrownBy(() -> reports.report(Q1_FROM, Q1_TO)).isInstanceOf(refusal);
            assertThatThrownBy(() -> reports.exportCsv(Q1_FROM, Q1_TO, Locale.of("nl"), out)).isInstanceOf(refusal);
            assertThat(out.toString()).isEmpty();
            assertThat(auditRows()).isEmpty();
        }
    }

    private List<Map<String, Object>> auditRows() {
        return jdbc.queryForList("select action, actor_id, actor_username, detail from audit_log");
    }
}
