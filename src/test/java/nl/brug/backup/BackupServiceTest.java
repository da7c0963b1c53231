package nl.brug.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import nl.brug.audit.AuditAction;
import nl.brug.audit.AuditFilter;
import nl.brug.audit.AuditService;
import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.TestDatabase;
import nl.brug.testsupport.WithBrugUser;

/**
 * Only administrators make and see backups. The shared test context runs on an in-memory H2, which has no file to
 * back up: there the service refuses after the security check and writes nothing (the real backup is proved by
 * {@link BackupRoundTripTest} on a database file).
 */
@BrugSpringTest
class BackupServiceTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    BackupService backups;
    @Autowired
    BackupProperties properties;
    @Autowired
    AuditService audit;
    @Autowired
    DatabaseReset database;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    @Test
    @WithBrugUser(username = "anna", roles = { Role.MEDIATOR, Role.SUPERVISOR })
    void someoneWhoIsNoAdministratorIsRefused() {
        assertThatThrownBy(backups::backupNow).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(backups::list).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(backups::status).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInIsRefused() {
        assertThatThrownBy(backups::backupNow).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithBrugUser(username = "beheer", roles = Role.ADMIN)
    void aDatabaseBrugCannotCopyIsRefusedAndNothingIsWritten() {
        List<BackupFile> before = backups.list();

        BackupNotPossibleException refused = catchThrowableOfType(BackupNotPossibleException.class,
                backups::backupNow);

        assertThat(refused.support()).isEqualTo(expectedSupport());
        assertThat(backups.list()).isEqualTo(before);
        assertThat(audit.count(new AuditFilter("", AuditAction.BACKUP_MADE, "", null, null))).isZero();
    }

    @Test
    @WithBrugUser(username = "beheer", roles = Role.ADMIN)
    void theStatusSaysWhatThePageShows() {
        BackupStatus status = backups.status();

        assertThat(status.support()).isEqualTo(expectedSupport());
        assertThat(status.database()).isEqualTo(TestDatabase.isPostgresql(dataSource) ? "PostgreSQL" : "H2");
        assertThat(status.scheduled()).as("no daily backup of a database in memory or on PostgreSQL").isFalse();
        assertThat(status.folder()).isAbsolute().isEqualTo(properties.folder().toAbsolutePath().normalize());
        assertThat(status.folder()).endsWith(Path.of("target", "test-backups"));
        assertThat(status.time()).as("the default").isEqualTo(LocalTime.of(2, 30));
        assertThat(status.keep()).isEqualTo(14);
        assertThat(status.dataFolder()).isNull();
    }

    /**
     * The test database is one Brug cannot copy: the in-memory H2 has no file (the first test run), PostgreSQL is
     * backed up with its own tools (the second run).
     */
    private BackupSupport expectedSupport() {
        return TestDatabase.isPostgresql(dataSource) ? BackupSupport.OTHER_DATABASE : BackupSupport.NOT_A_FILE;
    }
}
