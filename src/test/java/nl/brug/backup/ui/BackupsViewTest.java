package nl.brug.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import nl.brug.audit.AuditAction;
import nl.brug.audit.AuditFilter;
import nl.brug.audit.AuditService;
import nl.brug.backup.BackupFile;
import nl.brug.backup.BackupProperties;
import nl.brug.base.BrugI18NProvider;
import nl.brug.base.ui.PageNotFoundInLayout;
import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.WithBrugUser;

/**
 * The backup page lists what is in the backup folder (here the test's own folder, filled with files named like
 * backups), says how to restore one, and offers the button. The shared test context's in-memory H2 cannot be
 * backed up, so pressing shows the service's refusal and no file appears.
 */
@BrugSpringTest
@ViewPackages(packages = "nl.brug")
class BackupsViewTest extends SpringBrowserlessTest {

    @Autowired
    BackupProperties properties;
    @Autowired
    AuditService audit;
    @Autowired
    DatabaseReset database;

    private Path folder;

    @BeforeEach
    void twoBackupsAndANoteInTheFolder() throws IOException {
        database.clear();
        folder = properties.folder().toAbsolutePath().normalize();
        if (Files.exists(folder)) {
            try (Stream<Path> old = Files.walk(folder)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(folder);
        Files.write(folder.resolve("brug-20261124-023000.zip"), new byte[2048]);
        Files.write(folder.resolve("brug-20261125-023000.zip"), new byte[3 * 1024 * 1024 / 2]);
        Files.writeString(folder.resolve("lees-mij.txt"), "geen back-up");
    }

    private GridTester<Grid<BackupFile>, BackupFile> grid() {
        return test($(Grid.class).id("backup-grid"), BackupFile.class);
    }

    @Test
    @WithBrugUser(username = "beheer", roles = Role.ADMIN)
    void anAdministratorSeesTheBackupsNewestFirstAndHowToRestoreOne() {
        UI.getCurrent().navigate("backups");

        assertThat(getCurrentView()).isInstanceOf(BackupsView.class);
        var grid = grid();
        assertThat(IntStream.range(0, grid.size()).mapToObj(row -> grid.getCellText(row, 0)))
                .containsExactly("brug-20261125-023000.zip", "brug-20261124-023000.zip");
        assertThat(grid.getCellText(0, 1)).isEqualTo("1,5 MB");
        assertThat(grid.getCellText(1, 1)).isEqualTo("2,0 kB");
        assertThat(grid.getCellText(0, 2)).isEqualTo("25-11-2026 02:30");
        assertThat($(Paragraph.class).id("backup-folder").getText()).contains(folder.toString());
        assertThat($(Paragraph.class).id("backup-schedule").getText()).as("no daily backup of a database in memory")
                .contains("in het geheugen");
        assertThat($(Code.class).id("backup-restore-command").getText())
                .startsWith("unzip -o " + folder.resolve("brug-20261125-023000.zip") + " -d ");
        assertThat($(Button.class).id("backup-now").getText()).isEqualTo("Nu een back-up maken");

        grid.select(1);
        assertThat($(Code.class).id("backup-restore-command").getText()).contains("brug-20261124-023000.zip");
    }

    @Test
    @WithBrugUser(username = "beheer", roles = Role.ADMIN)
    void pressingTheButtonOnADatabaseInMemoryShowsWhyThereIsNoBackup() throws IOException {
        UI.getCurrent().setLocale(BrugI18NProvider.ENGLISH);
        UI.getCurrent().navigate("backups");

        test($(Button.class).id("backup-now")).click();

        Div message = $(Div.class).id("backup-message");
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getElement().getTextRecursively()).contains("in memory", "cannot back it up");
        assertThat(grid().size()).isEqualTo(2);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).hasSize(3);
        }
        assertThat(audit.count(new AuditFilter("", AuditAction.BACKUP_MADE, "", null, null))).isZero();
        assertThat($(Button.class).id("backup-now").isEnabled()).as("ready for another try").isTrue();
    }

    @Test
    @WithBrugUser(username = "carla", roles = Role.SUPERVISOR)
    void aSupervisorIsRefusedThePage() {
        UI.getCurrent().navigate("backups");

        assertThat(getCurrentView()).isInstanceOf(PageNotFoundInLayout.class);
    }
}
