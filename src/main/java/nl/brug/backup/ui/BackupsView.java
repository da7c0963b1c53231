package nl.brug.backup.ui;

import java.text.NumberFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import nl.brug.backup.BackupFailedException;
import nl.brug.backup.BackupFile;
import nl.brug.backup.BackupNotPossibleException;
import nl.brug.backup.BackupService;
import nl.brug.backup.BackupStatus;
import nl.brug.backup.BackupSupport;
import nl.brug.backup.FailedBackup;
import nl.brug.base.DisplayFormats;
import nl.brug.base.ui.ActionRunner;
import nl.brug.base.ui.Notifications;

/**
 * Backups for administrators: make one now, the backups in the folder, the daily schedule and how many are kept,
 * and the one command that restores a backup. On a database Brug cannot back up itself (PostgreSQL) the page says
 * how to back it up instead of offering the button.
 */
@Route("backups")
@Menu(title = "nav.backups", order = 97, icon = "DATABASE")
@RolesAllowed("ADMIN")
class BackupsView extends VerticalLayout implements HasDynamicTitle {

    /** Shown in the restore command before there is a backup to name. */
    private static final String EXAMPLE_NAME = "brug-20261125-023000.zip";

    private final BackupService backups;
    private final BackupStatus status;
    private final Grid<BackupFile> grid = new Grid<>();
    private final Paragraph lastFailure = new Paragraph();
    private final Code restoreCommand = new Code();
    private final Button now = new Button();
    private final ActionRunner runner;

    BackupsView(BackupService backups) {
        this.backups = backups;
        this.status = backups.status();
        addClassName("brug-page");
        setSizeFull();
        runner = new ActionRunner(this, "backup-message")
                .refusal(BackupNotPossibleException.class, refused -> notPossible(refused.support()))
                .refusal(BackupFailedException.class, failed -> getTranslation("backup.failed", failed.reason()));

        add(new H2(getTranslation("backup.title")));
        if (status.support() == BackupSupport.OTHER_DATABASE) {
            Paragraph instead = new Paragraph(notPossible(status.support()));
            instead.setId("backup-not-possible");
            add(instead);
            return;
        }

        Paragraph schedule = new Paragraph(schedule());
        schedule.setId("backup-schedule");
        Paragraph folder = new Paragraph(getTranslation("backup.folder", status.folder().toString()));
        folder.setId("backup-folder");
        lastFailure.setId("backup-last-failure");
        lastFailure.addClassName("brug-refusal");
        showLastFailure(status.lastFailure());

        now.setText(getTranslation("backup.makeNow"));
        now.setIcon(VaadinIcon.DOWNLOAD_ALT.create());
        now.setId("backup-now");
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        now.setDisableOnClick(true);
        now.addClickListener(e -> makeNow());

        grid.setId("backup-grid");
        grid.addColumn(BackupFile::name).setHeader(getTranslation("backup.name")).setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(file -> size(file.size())).setHeader(getTranslation("backup.size")).setAutoWidth(true);
        grid.addColumn(file -> DisplayFormats.dateTime(file.madeAt())).setHeader(getTranslation("backup.madeAt"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("backup.empty"));
        grid.asSingleSelect().addValueChangeListener(e -> showRestoreCommand(e.getValue()));

        restoreCommand.setId("backup-restore-command");
        Paragraph restore = new Paragraph(getTranslation("backup.restore") + " ");
        restore.add(restoreCommand);
        restore.setId("backup-restore");

        add(schedule, folder, lastFailure, now, runner.pageMessage(), grid, restore);
        refresh();
    }

    private void makeNow() {
        runner.run(() -> {
            BackupFile made = backups.backupNow();
            Notifications.success(getTranslation("backup.made", made.name(), size(made.size())));
            showLastFailure(null);
        });
        refresh();
        now.setEnabled(true);
    }

    private void refresh() {
        List<BackupFile> files = backups.list();
        grid.setItems(files);
        showRestoreCommand(files.isEmpty() ? null : files.getFirst());
    }

    /** The restore command for the backup chosen in the list (at first the newest). */
    private void showRestoreCommand(@Nullable BackupFile file) {
        restoreCommand.setText(status.restoreCommand(file == null ? EXAMPLE_NAME : file.name()));
    }

    private void showLastFailure(@Nullable FailedBackup failure) {
        lastFailure.setVisible(failure != null);
        if (failure != null) {
            lastFailure.setText(getTranslation("backup.lastFailure", DisplayFormats.dateTime(failure.at()),
                    failure.reason()));
        }
    }

    private String schedule() {
        if (status.scheduled()) {
            return getTranslation("backup.schedule.daily", status.time().toString(), status.keep());
        }
        return status.support() == BackupSupport.AVAILABLE ? getTranslation("backup.schedule.off", status.keep())
                : notPossible(status.support());
    }

    private String notPossible(BackupSupport support) {
        return switch (support) {
            case OTHER_DATABASE -> getTranslation("backup.notPossible.otherDatabase", status.database());
            case NOT_A_FILE -> getTranslation("backup.notPossible.notAFile");
            case AVAILABLE -> "";
        };
    }

    /** 1,4 MB in Dutch, 1.4 MB in English. */
    private String size(long bytes) {
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(1);
        number.setMinimumFractionDigits(1);
        return bytes < 1024 * 1024 ? number.format(bytes / 1024.0) + " kB" : number.format(bytes / (1024.0 * 1024)) + " MB";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backup.title");
    }
}
