package nl.brug.backup.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.brug.backup.BackupFile;
import nl.brug.base.DisplayFormats;

/**
 * The backup folder: how a backup is named ({@code brug-20261125-023000.zip}, the local time in Amsterdam when it
 * was made), which files are backups, and removing the oldest. Only files with exactly that name are Brug's
 * backups: anything else in the folder is left alone. A backup is written under a name that ends in
 * {@code .part} and renamed when complete, so a file with a backup's name is always a whole backup.
 */
public final class BackupFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");
    private static final Pattern BACKUP = Pattern.compile("brug-(\\d{8}-\\d{6})\\.zip");
    private static final Pattern PART = Pattern.compile("brug-\\d{8}-\\d{6}\\.zip\\.part");
    private static final Comparator<BackupFile> NEWEST_FIRST = Comparator.comparing(BackupFile::madeAt)
            .thenComparing(BackupFile::name).reversed();

    private final Path folder;

    public BackupFiles(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public Path folder() {
        return folder;
    }

    /** The name of a backup made at this local time (Amsterdam). */
    public static String nameFor(LocalDateTime at) {
        return "brug-" + STAMP.format(at) + ".zip";
    }

    /** Where a backup is written until it is complete. */
    public Path partFor(String name) {
        return folder.resolve(name + ".part");
    }

    /** The backups in the folder, newest first; none when the folder does not exist yet. */
    public List<BackupFile> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(BackupFiles::backupFile).flatMap(Optional::stream).sorted(NEWEST_FIRST).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<BackupFile> backupFile(Path file) {
        Matcher name = BACKUP.matcher(file.getFileName().toString());
        if (!name.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            LocalDateTime at = LocalDateTime.parse(name.group(1), STAMP);
            return Optional.of(new BackupFile(name.group(), Files.size(file), at.atZone(DisplayFormats.ZONE).toInstant()));
        } catch (DateTimeParseException notATime) {
            return Optional.empty();
        } catch (NoSuchFileException prunedMeanwhile) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the finished part the backup in one rename, so no half backup ever carries a backup's name. */
    public BackupFile complete(Path part, String name) throws IOException {
        Path target = folder.resolve(name);
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return backupFile(target).orElseThrow(() -> new IOException("Not a backup: " + target));
    }

    /** Deletes all but the {@code keep} newest backups; returns the names of those deleted. */
    public List<String> prune(int keep) throws IOException {
        List<String> deleted = new ArrayList<>();
        for (BackupFile old : list().stream().skip(keep).toList()) {
            Files.deleteIfExists(folder.resolve(old.name()));
            deleted.add(old.name());
        }
        return deleted;
    }

    /** Deletes the parts of backups that were cut off (Brug stopped halfway); call only while none is written. */
    public void removeLeftoverParts() throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path part : files.filter(file -> PART.matcher(file.getFileName().toString()).matches()).toList()) {
                Files.deleteIfExists(part);
            }
        }
    }
}
