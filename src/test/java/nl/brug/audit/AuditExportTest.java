package nl.brug.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.brug.base.BrugI18NProvider;
import nl.brug.mediationcase.MutableClock;
import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.SpreadsheetFile;
import nl.brug.testsupport.WithBrugUser;

/**
 * The audit log as CSV for Dutch Excel, read back as a spreadsheet reads it: every column survives, whatever
 * anyone typed, and times are Dutch, in Amsterdam time, in summer and in winter.
 */
@BrugSpringTest
@WithBrugUser(username = "beheer", roles = Role.ADMIN)
class AuditExportTest {

    /** A username as typed at a failed login: the separator, quotes and a line break. */
    private static final String TYPED = "jan;\"de\"\nvries";

    @Autowired
    AuditService audit;
    @Autowired
    DatabaseReset database;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void aLoginInSummerAndAnExportInWinter() {
        database.clear();
        clock.set(Instant.parse("2026-07-01T12:30:00Z"));
        audit.recordFor(null, TYPED, AuditAction.LOGIN_FAILED, null, "BadCredentialsException");
        clock.set(Instant.parse("2026-11-22T08:05:00Z"));
        audit.recordFor(7L, "beheer", AuditAction.EXPORT, null,
                "audit log " + new AuditFilter("", null, "", LocalDate.of(2026, 11, 1), null));
    }

    @Test
    void everyColumnSurvivesACsvReaderWithSemicolonsAndTimesAreDutch() {
        SpreadsheetFile file = SpreadsheetFile.written(writer -> audit.exportCsv(AuditFilter.all(),
                BrugI18NProvider.DUTCH, writer));

        assertThat(file.header()).containsExactly("Tijd", "Gebruiker", "Handeling", "Zaak", "Details", "Adres",
                "Handeling (code)", "Details (code)");
        List<CSVRecord> rows = file.rows();
        assertThat(rows).hasSize(2);
        // Newest first: 08:05 UTC is 09:05 in Amsterdam in winter; 12:30 UTC is 14:30 in summer.
        assertThat(rows.get(0).get(0)).isEqualTo("22-11-2026 09:05");
        assertThat(rows.get(0).get(4)).isEqualTo("Auditlog geëxporteerd: vanaf 01-11-2026");
        CSVRecord login = rows.get(1);
        assertThat(List.of(login.get(0), login.get(1), login.get(2), login.get(3), login.get(4), login.get(6),
                login.get(7))).containsExactly("01-07-2026 14:30", TYPED, "Inloggen mislukt", "",
                "Reden: onbekende gebruikersnaam of onjuist wachtwoord", "LOGIN_FAILED", "BadCredentialsException");
        assertThat(login.size()).isEqualTo(8);
    }
}
