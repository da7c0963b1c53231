package nl.brug.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.brug.audit.AuditAction;
import nl.brug.audit.AuditService;
import nl.brug.backup.BackupFailedException;
import nl.brug.backup.BackupFile;
import nl.brug.backup.BackupProperties;
import nl.brug.backup.BackupSupport;
import nl.brug.base.BrugClock;
import nl.brug.base.DisplayFormats;
import nl.brug.mediationcase.MutableClock;
import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.WithBrugUser;

/**
 * What happens around {@code BACKUP TO}: the name, the rename when complete, pruning, the audit trail and what a
 * failure leaves behind. The database here stands in for H2 (the shared test context runs on an in-memory H2,
 * which cannot be backed up; the real {@code BACKUP TO} is proved by {@code BackupRoundTripTest}): it writes a
 * few bytes, or half a file and then fails as a full disk would. The audit trail and the clock are the real ones.
 */
@BrugSpringTest
class BackupMakerTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    AuditService auditService;
    @Autowired
    BrugClock brugClock;
    @Autowired
    MutableClock clock;
    @Autowired
    DatabaseReset database;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    /** An H2 file database as far as the maker can tell; {@code failing} makes it stop halfway. */
    private final class StandIn extends EmbeddedDatabase {

        boolean failing;

        StandIn() {
            super(dataSource);
        }

        @Override
        public Facts facts() {
            return new Facts(BackupSupport.AVAILABLE, "H2", folder.getParent());
        }

        @Override
        public void backupTo(Path zip) throws SQLException {
            try {
                Files.write(zip, new byte[failing ? 10 : 100]);
            } catch (IOException e) {
                throw new SQLException(e);
            }
            if (failing) {
                throw new SQLException("IO Exception: No space left on device");
            }
        }
    }

    private final StandIn standIn = new StandIn();
    private BackupMaker maker;

    @BeforeEach
    void aFolderWithThreeOlderBackups() throws IOException {
        database.clear();
        clock.set(ZonedDateTime.of(2026, 11, 25, 2, 30, 0, 0, DisplayFormats.ZONE).toInstant());
        for (String name : List.of("brug-20261122-023000.zip", "brug-20261123-023000.zip", "brug-20261124-023000.zip")) {
            Files.write(folder.resolve(name), new byte[1]);
        }
        maker = new BackupMaker(standIn, new BackupProperties(folder, LocalTime.of(2, 30), 2, true), auditService,
                brugClock);
    }

    private List<String> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    /** Who (username, or "nobody") and the detail of each backup in the audit trail. */
    private List<String> backupRecords() {
        return jdbc.query("select actor_username, detail from audit_log where action = ? order by id",
                (row, number) -> (row.getString(1) == null ? "nobody" : row.getString(1)) + ": " + row.getString(2),
                AuditAction.BACKUP_MADE.name());
    }

    @Test
    @WithBrugUser(username = "beheer", roles = Role.ADMIN)
    void aBackupIsNamedByTheTimeKeptWithTheNewestAndRecordedInTheAuditTrail() throws IOException {
        BackupFile made = maker.make(BackupMaker.Trigger.ON_DEMAND);

        assertThat(made.name()).isEqualTo("brug-20261125-023000.zip");
        assertThat(made.size()).isEqualTo(100);
        assertThat(filesInFolder()).containsExactly("brug-20261124-023000.zip", "brug-20261125-023000.zip");
        assertThat(backupRecords()).containsExactly("beheer: on demand brug-20261125-023000.zip");
    }

    @Test
    @WithBrugUser(username = "beheer", roles = Role.ADMIN)
    void aBackupThatFailsHalfwayLeavesNoFileAndNoAuditRecord() throws IOException {
        standIn.failing = true;

        BackupFailedException failed = catchThrowableOfType(BackupFailedException.class,
                () -> maker.make(BackupMaker.Trigger.ON_DEMAND));

        assertThat(failed.reason()).contains("No space left on device");
        assertThat(filesInFolder()).as("the older backups stay, the half one is gone").containsExactly(
                "brug-20261122-023000.zip", "brug-20261123-023000.zip", "brug-20261124-023000.zip");
        assertThat(backupRecords()).isEmpty();
    }

    @Test
    void aFailedScheduledBackupIsKeptForThePageUntilTheNextOneSucceeds() {
        standIn.failing = true;
        maker.makeScheduled();

        assertThat(maker.lastScheduledFailure()).isNotNull().satisfies(failure -> {
            assertThat(failure.at()).isEqualTo(clock.instant());
            assertThat(failure.reason()).contains("No space left on device");
        });

        standIn.failing = false;
        clock.advance(Duration.ofDays(1));
        maker.makeScheduled();

        assertThat(maker.lastScheduledFailure()).isNull();
        assertThat(backupRecords()).containsExactly("nobody: scheduled brug-20261126-023000.zip");
    }

    @Test
    void aPartLeftByABackupThatWasCutOffIsRemovedByTheNext() throws IOException {
        Files.write(folder.resolve("brug-20261124-150000.zip.part"), new byte[3]);

        maker.makeScheduled();

        assertThat(filesInFolder()).containsExactly("brug-20261124-023000.zip", "brug-20261125-023000.zip");
    }
}
