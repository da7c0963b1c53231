package nl.brug.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import nl.brug.BrugApplication;
import nl.brug.mediationcase.CaseFilter;
import nl.brug.mediationcase.CaseSearchService;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.CaseWorkService;
import nl.brug.account.internal.Account;
import nl.brug.account.internal.AccountRepository;
import nl.brug.account.internal.Principals;
import nl.brug.security.BrugUser;

/**
 * The whole way back: Brug full of data (the demo profile's 56 cases with their parties, sessions, agreements,
 * reviews, accounts and audit trail, and two journal notes) → a backup through {@link BackupService} → the documented restore
 * ({@code unzip -o <backup> -d <data folder>}) into an empty folder → Brug starts on it without the demo profile
 * (Flyway validates the schema) → every row of every table is the same as when the backup was made.
 *
 * <p>This test starts Brug itself, twice, instead of using the shared test context: that context runs on an
 * in-memory H2, which {@code BACKUP TO} refuses ("database is not persistent"), and a restore means starting
 * Brug on another database file. Both runs use the real configuration: only {@code brug.data-dir} is set, as an
 * administrator would.
 */
class BackupRoundTripTest {

    private static final List<String> TABLES_THAT_MUST_HAVE_ROWS = List.of("mediation_case", "case_party",
            "case_session", "journal_note", "agreement_item", "case_review", "audit_log", "account");

    @TempDir
    Path original;
    @TempDir
    Path restored;

    /**
     * Starting Brug sets Spring Security's static context holder strategy to its own (Vaadin's); the shared test
     * context, which later tests in this JVM use, needs its own back.
     */
    private SecurityContextHolderStrategy sharedStrategy = SecurityContextHolder.getContextHolderStrategy();

    @BeforeEach
    void rememberTheSecurityContextStrategy() {
        sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterEach
    void giveTheSecurityContextStrategyBack() {
        SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
    }

    @Test
    void aBackupRestoredIntoAnEmptyInstallationHoldsEveryRowThereWas() throws Exception {
        Map<String, List<List<Object>>> before;
        BackupFile backup;
        Path zip;
        try (ConfigurableApplicationContext brug = start(original, "demo")) {
            addJournalNotes(brug);
            DataSource dataSource = brug.getBean(DataSource.class);
            before = contents(dataSource.getConnection());
            signInAs(brug, "beheerder");
            try {
                BackupService backups = brug.getBean(BackupService.class);
                backup = backups.backupNow();
                assertThat(backups.list()).containsExactly(backup);
                zip = backups.status().folder().resolve(backup.name());
                assertThat(backups.status().restoreCommand(backup.name()))
                        .isEqualTo("unzip -o " + zip + " -d " + original.toRealPath());
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
        for (String table : TABLES_THAT_MUST_HAVE_ROWS) {
            assertThat(before.get(table)).as(table + " before the backup").isNotEmpty();
        }
        assertThat(backup.name()).matches("brug-\\d{8}-\\d{6}\\.zip");
        assertThat(zip).isRegularFile().hasParent(original.resolve("backups").toRealPath());
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.stream().map(ZipEntry::getName)).as("what unzip puts into the data folder")
                    .containsExactly("brug.mv.db");
        }

        unzipOverwriting(zip, restored);
        try (ConfigurableApplicationContext brug = start(restored)) {
            assertThat(brug.isActive()).isTrue();
        }

        Map<String, List<List<Object>>> after = contents(open(restored));
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet()).contains("flyway_schema_history");
        for (String table : before.keySet()) {
            assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
        }

        // The original went on after the backup: it has the backup's own audit record, and nothing else new.
        Map<String, List<List<Object>>> originalNow = contents(open(original));
        List<List<Object>> newAuditRows = new ArrayList<>(originalNow.get("audit_log"));
        newAuditRows.removeAll(before.get("audit_log"));
        assertThat(newAuditRows).hasSize(1);
        assertThat(newAuditRows.getFirst()).contains("BACKUP_MADE", "on demand " + backup.name(), "beheerder");
        originalNow.remove("audit_log");
        before.remove("audit_log");
        assertThat(originalNow).isEqualTo(before);
    }

    /** Brug as an administrator starts it: the real configuration with only the data folder set. */
    private static ConfigurableApplicationContext start(Path dataFolder, String... profiles) {
        // The PostgreSQL test run points every context at its server through system properties; this Brug keeps
        // its own embedded database, so they are set aside while it starts (Spring reads them at start only).
        Map<String, String> databaseOverride = new HashMap<>();
        for (String key : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password")) {
            String value = System.getProperty(key);
            if (value != null) {
                databaseOverride.put(key, value);
                System.clearProperty(key);
            }
        }
        try {
            return startOnEmbeddedDatabase(dataFolder, profiles);
        } finally {
            databaseOverride.forEach(System::setProperty);
        }
    }

    private static ConfigurableApplicationContext startOnEmbeddedDatabase(Path dataFolder, String... profiles) {
        return new SpringApplicationBuilder(BrugApplication.class)
                .profiles(profiles)
                .initializers(context -> context.getBeanFactory().registerSingleton("withoutTestHelpers",
                        new WithoutTestHelpers()))
                .run("--brug.data-dir=" + dataFolder, "--server.port=0", "--brug.backup.enabled=false", "--spring.main.banner-mode=off",
                        "--logging.level.root=warn", "--logging.level.nl.brug.backup=info");
    }

    /** The demo cases have no journal; Anna writes in one of hers, an ordinary and a confidential note. */
    private static void addJournalNotes(ConfigurableApplicationContext brug) {
        signInAs(brug, "anna");
        try {
            String reference = brug.getBean(CaseSearchService.class).page(new CaseFilter("",
                    EnumSet.of(CaseStatus.INTAKE), null, null, null, null), PageRequest.of(0, 1)).getContent()
                    .getFirst().reference();
            CaseWorkService work = brug.getBean(CaseWorkService.class);
            work.addNote(reference, "Intake met beide partijen gehouden; afspraak voor een gesprek volgt.", false);
            work.addNote(reference, "Mevrouw vertelde in vertrouwen over haar gezondheid.", true);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void signInAs(ConfigurableApplicationContext brug, String username) {
        // The administrator after the whole login, the code from the authenticator app included.
        BrugUser admin = Principals.signedIn(brug.getBean(AccountRepository.class)
                .findByUsernameKey(Account.keyOf(username)).orElseThrow(), Instant.now());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }

    /** What {@code unzip -o <zip> -d <folder>} does: every entry into the folder, over what is there. */
    private static void unzipOverwriting(Path zip, Path folder) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(file.entries())) {
                Path target = folder.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(folder)).as(entry.getName() + " stays in the folder").isTrue();
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static Connection open(Path dataFolder) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataFolder.resolve("brug")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE", "brug", "");
    }

    /** Every row of every table in the application's schema, each table's rows in the order of all its columns. */
    private static Map<String, List<List<Object>>> contents(Connection connection) throws SQLException {
        try (connection; Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = statement.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            Map<String, List<List<Object>>> contents = new LinkedHashMap<>();
            for (String table : tables) {
                contents.put(table, rows(statement, table));
            }
            return contents;
        }
    }

    private static List<List<Object>> rows(Statement statement, String table) throws SQLException {
        int columns;
        try (ResultSet shape = statement.executeQuery("select * from \"" + table + "\" where 1 = 0")) {
            columns = shape.getMetaData().getColumnCount();
        }
        String order = IntStream.rangeClosed(1, columns).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        List<List<Object>> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery("select * from \"" + table + "\" order by " + order)) {
            while (result.next()) {
                List<Object> row = new ArrayList<>(columns);
                for (int column = 1; column <= columns; column++) {
                    row.add(String.valueOf(result.getObject(column)));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * Keeps the shared test context's helpers ({@code @TestConfiguration}) out of these two runs of Brug, as
     * Spring's test support does for the contexts it starts: a run here is Brug as it ships.
     */
    private static final class WithoutTestHelpers extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof WithoutTestHelpers;
        }

        @Override
        public int hashCode() {
            return WithoutTestHelpers.class.hashCode();
        }
    }
}
