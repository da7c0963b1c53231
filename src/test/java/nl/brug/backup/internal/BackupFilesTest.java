package nl.brug.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.brug.backup.BackupFile;
import nl.brug.base.DisplayFormats;

/** Which files in the folder are Brug's backups, newest first, and that pruning touches nothing else. */
class BackupFilesTest {

    @TempDir
    Path folder;

    private void file(String name, int bytes) throws IOException {
        Files.write(folder.resolve(name), new byte[bytes]);
    }

    @Test
    void aBackupIsNamedAfterTheLocalTimeItWasMade() {
        assertThat(BackupFiles.nameFor(LocalDateTime.of(2026, 11, 25, 2, 30, 5))).isEqualTo("brug-20261125-023005.zip");
    }

    @Test
    void onlyFilesNamedLikeABackupAreListedNewestFirstWithSizeAndTime() throws IOException {
        file("brug-20261123-023000.zip", 10);
        file("brug-20261125-023000.zip", 30);
        file("brug-20261124-023000.zip", 20);
        file("brug-20261126-023000.zip.part", 5);
        file("notities.txt", 1);
        file("brug-handmatig.zip", 1);
        file("brug-20261399-023000.zip", 1); // no date

        BackupFiles files = new BackupFiles(folder);

        assertThat(files.list()).extracting(BackupFile::name).containsExactly("brug-20261125-023000.zip",
                "brug-20261124-023000.zip", "brug-20261123-023000.zip");
        assertThat(files.list().getFirst().size()).isEqualTo(30);
        assertThat(files.list().getFirst().madeAt())
                .isEqualTo(ZonedDateTime.of(2026, 11, 25, 2, 30, 0, 0, DisplayFormats.ZONE).toInstant());
    }

    @Test
    void aFolderThatDoesNotExistYetHasNoBackups() {
        assertThat(new BackupFiles(folder.resolve("nog-niet")).list()).isEmpty();
    }

    @Test
    void pruningKeepsTheNewestAndLeavesOtherFilesAlone() throws IOException {
        for (int day = 10; day <= 20; day++) {
            file("brug-202611" + day + "-023000.zip", 1);
        }
        file("notities.txt", 1);
        BackupFiles files = new BackupFiles(folder);

        assertThat(files.prune(3)).hasSize(8).contains("brug-20261110-023000.zip");

        assertThat(files.list()).extracting(BackupFile::name).containsExactly("brug-20261120-023000.zip",
                "brug-20261119-023000.zip", "brug-20261118-023000.zip");
        assertThat(folder.resolve("notities.txt")).exists();
        assertThat(files.prune(3)).isEmpty();
    }

    @Test
    void aCompletedPartBecomesTheBackupAndLeftoverPartsAreRemoved() throws IOException {
        BackupFiles files = new BackupFiles(folder);
        Path part = files.partFor("brug-20261125-023000.zip");
        Files.write(part, new byte[7]);
        file("brug-20261124-023000.zip.part", 3);

        BackupFile made = files.complete(part, "brug-20261125-023000.zip");
        files.removeLeftoverParts();

        assertThat(made.size()).isEqualTo(7);
        assertThat(part).doesNotExist();
        try (var left = Files.list(folder)) {
            assertThat(left.map(path -> path.getFileName().toString())).containsExactly("brug-20261125-023000.zip");
        }
    }
}
