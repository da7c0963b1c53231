package nl.brug.mediationcase.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import nl.brug.base.DisplayFormats;
import nl.brug.base.ui.Choices;
import nl.brug.base.ui.DutchDates;
import nl.brug.base.ui.FieldErrors;
import nl.brug.base.ui.NarrowScreens;
import nl.brug.base.ui.TextLimits;
import nl.brug.mediationcase.CaseDetails.SessionView;
import nl.brug.mediationcase.CaseInputRules;
import nl.brug.mediationcase.CaseNotFoundException;
import nl.brug.mediationcase.CaseWorkService;
import nl.brug.mediationcase.SessionCalendarDownload;
import nl.brug.mediationcase.SessionCalendarDownload.SessionCalendarFile;
import nl.brug.mediationcase.session.SessionData;
import nl.brug.mediationcase.session.SessionKind;
import nl.brug.mediationcase.session.SessionStatus;
/** The sessions of a case: plan one, mark it held with a short summary, or cancel it. */
class SessionsSection extends VerticalLayout {

    private final CasePage page;
    private final CaseWorkService work;
    private final SessionCalendarDownload calendar;

    SessionsSection(CasePage page, List<SessionView> sessions, CaseWorkService work, SessionCalendarDownload calendar) {
        this.page = page;
        this.work = work;
        this.calendar = calendar;
        setPadding(false);

        Grid<SessionView> grid = new Grid<>();
        grid.setId("session-grid");
        grid.addColumn(s -> when(s.data())).setHeader(getTranslation("session.when")).setWidth("9rem");
        // Starting widths that add up to a tablet's width; every column grows on a wider screen.
        Grid.Column<SessionView> kind = grid.addColumn(s -> getTranslation(s.data().kind().messageKey()))
                .setHeader(getTranslation("session.kind")).setWidth("6rem");
        NarrowScreens.hideColumns(grid, kind);
        grid.addColumn(s -> s.data().online() ? getTranslation("session.online")
                : Optional.ofNullable(s.data().location()).orElse("")).setHeader(getTranslation("session.location"))
                .setWidth("6rem");
        grid.addColumn(s -> getTranslation(s.data().status().messageKey())).setHeader(getTranslation("session.status"))
                .setWidth("6rem");
        grid.addColumn(s -> Optional.ofNullable(s.data().summary()).orElse("")).setHeader(getTranslation("session.summary"))
                .setFlexGrow(3);
        if (page.editable()) {
            // Frozen to the row's end, with the buttons under each other: in reach on a tablet as well.
            grid.addComponentColumn(this::actions).setWidth("12.5rem").setFlexGrow(0).setFrozenToEnd(true);
            Button plan = new Button(getTranslation("session.plan"), VaadinIcon.PLUS.create(),
                    e -> sessionDialog(null).open());
            plan.setId("plan-session");
            add(plan);
        } else {
            // Who may only look (a supervisor) may still put a session in their calendar.
            grid.addComponentColumn(this::calendarDownload).setWidth("7rem").setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation(page.editable() ? "session.empty" : "session.empty.readOnly"));
        grid.setItems(sessions);
        add(grid);
    }

    /** Start and end; the end's date too when it lies on another day (sessions saved before that was refused). */
    private static String when(SessionData data) {
        String start = DisplayFormats.dateTime(data.start().atZone(DisplayFormats.ZONE).toInstant());
        String end = data.end().toLocalDate().equals(data.start().toLocalDate())
                ? data.end().toLocalTime().toString()
                : DisplayFormats.dateTime(data.end().atZone(DisplayFormats.ZONE).toInstant());
        return start + " – " + end;
    }

    private HorizontalLayout actions(SessionView session) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("brug-grid-actions");
        actions.setSpacing(false);
        Button edit = new Button(getTranslation("action.edit"), e -> sessionDialog(session).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        actions.add(edit);
        if (session.data().status() == SessionStatus.PLANNED) {
            Button held = new Button(getTranslation("session.markHeld"), e -> heldDialog(session).open());
            held.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            // A session that has yet to start cannot have been held (the service refuses it too).
            held.setEnabled(!session.data().start().isAfter(page.clock().localNow()));
            if (!held.isEnabled()) {
                held.setTooltipText(getTranslation("session.heldInFuture"));
            }
            Button cancel = new Button(getTranslation("session.cancel"), e -> {
                if (page.runner().run(() -> work.updateSession(page.reference(), session.id(), session.version(),
                        session.data().cancelled()))) {
                    page.reload().run();
                }
            });
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            actions.add(held, cancel, calendarDownload(session));
        }
        return actions;
    }

    /** A planned session as a calendar file (.ics); the service checks access and records the download. */
    private Component calendarDownload(SessionView session) {
        if (session.data().status() != SessionStatus.PLANNED) {
            return new Span();
        }
        Locale locale = getLocale();
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            SessionCalendarFile file;
            try {
                file = calendar.sessionEvent(page.reference(), session.id(), locale);
            } catch (CaseNotFoundException gone) {
                // Taken off the case since the page was opened: a download has no page to show a refusal on.
                return DownloadResponse.error(404);
            }
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                    "text/calendar; charset=utf-8", file.content().length);
        }), AttachmentType.DOWNLOAD, "");
        Button button = new Button(getTranslation("session.download"), VaadinIcon.CALENDAR.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setTooltipText(getTranslation("session.download.tooltip"));
        anchor.add(button);
        anchor.addClassName("session-calendar");
        return anchor;
    }

    private Dialog heldDialog(SessionView session) {
        Dialog dialog = new Dialog(getTranslation("session.markHeld"));
        TextArea summary = new TextArea(getTranslation("session.summary"));
        summary.setId("session-summary");
        summary.setWidthFull();
        summary.setValue(Optional.ofNullable(session.data().summary()).orElse(""));
        TextLimits.limit(summary, SessionData.SUMMARY_MAX);
        dialog.add(summary);
        dialog.setWidth("40rem");
        Div message = CaseActionRunner.messageArea("held-message");
        dialog.add(message);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (!TextLimits.allWithin(summary)) {
                return;
            }
            if (page.runner().run(() -> work.updateSession(page.reference(), session.id(), session.version(),
                    session.data().held(summary.getValue())), Map.of("summary", summary), message)) {
                dialog.close();
                page.reload().run();
            }
        });
        save.setId("save-held");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    private Dialog sessionDialog(@Nullable SessionView existing) {
        Dialog dialog = new Dialog(getTranslation(existing == null ? "session.plan" : "session.edit"));
        Select<SessionKind> kind = Choices.select(this, "session.kind", SessionKind.class);
        DateTimePicker start = DutchDates.dateTimePicker(this, "session.start");
        DateTimePicker end = DutchDates.dateTimePicker(this, "session.end");
        TextField location = new TextField(getTranslation("session.location"));
        TextLimits.limit(location, SessionData.LOCATION_MAX);
        Checkbox online = new Checkbox(getTranslation("session.online"));
        TextField attendees = new TextField(getTranslation("session.attendees"));
        TextLimits.limit(attendees, SessionData.ATTENDEES_MAX);
        start.addValueChangeListener(e -> {
            if (e.getValue() != null && end.isEmpty()) {
                end.setValue(e.getValue().plusHours(1));
            }
        });
        if (existing == null) {
            kind.setValue(SessionKind.INTAKE);
        } else {
            SessionData data = existing.data();
            kind.setValue(data.kind());
            start.setValue(data.start());
            end.setValue(data.end());
            location.setValue(Optional.ofNullable(data.location()).orElse(""));
            online.setValue(data.online());
            attendees.setValue(Optional.ofNullable(data.attendees()).orElse(""));
        }
        FormLayout form = new FormLayout(kind, start, end, location, online, attendees);
        dialog.add(form);
        dialog.setWidth("44rem");
        Map<String, HasValidation> fields = Map.of("start", start, "end", end, "location", location,
                "attendees", attendees);

        Button save = new Button(getTranslation("action.save"), e -> {
            Map<String, String> missing = new LinkedHashMap<>();
            if (start.getValue() == null) {
                missing.put("start", "field.required");
            }
            if (end.getValue() == null) {
                missing.put("end", "field.required");
            }
            // A start or end that is filled in but cannot be read is no missing field: say what is wrong.
            missing.putAll(DutchDates.unreadableIn(fields));
            if (!FieldErrors.showAll(this, missing, fields)) {
                return;
            }
            LocalDateTime from = start.getValue();
            SessionStatus status = existing == null ? SessionStatus.PLANNED : existing.data().status();
            String summary = existing == null ? null : existing.data().summary();
            SessionData data = new SessionData(kind.getValue(), from, end.getValue(), location.getValue(),
                    online.getValue(), attendees.getValue(), status, summary);
            if (!FieldErrors.showAll(this, CaseInputRules.problemsWith(data), fields)) {
                return;
            }
            boolean done = existing == null
                    ? page.runner().run(() -> work.planSession(page.reference(), data), fields)
                    : page.runner().run(() -> work.updateSession(page.reference(), existing.id(), existing.version(), data),
                            fields);
            if (done) {
                dialog.close();
                page.reload().run();
            }
        });
        save.setId("save-session");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        return dialog;
    }
}
