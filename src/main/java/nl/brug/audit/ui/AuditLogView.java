package nl.brug.audit.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;
import nl.brug.audit.AuditAction;
import nl.brug.audit.AuditEntry;
import nl.brug.audit.AuditFilter;
import nl.brug.audit.AuditService;
import nl.brug.audit.AuditWording;
import nl.brug.base.BrugClock;
import nl.brug.base.DisplayFormats;
import nl.brug.base.ui.Choices;
import nl.brug.base.ui.DutchDates;

/** The audit trail for administrators: filter by user, action, case and period; export as CSV. */
@Route("audit")
@Menu(title = "nav.audit", order = 95, icon = "CLIPBOARD_TEXT")
@RolesAllowed("ADMIN")
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final AuditService audit;
    private final AuditWording wording;
    private final TextField user = new TextField();
    private final Select<AuditAction> action;
    private final TextField caseReference = new TextField();
    private final DatePicker from;
    private final DatePicker to;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span count = new Span();
    private final Anchor export;
    /** False while a date cannot be read or the period is reversed: nothing is shown or exported then. */
    private volatile boolean periodUsable = true;

    private final BrugClock clock;

    AuditLogView(AuditService audit, AuditWording wording, BrugClock clock) {
        this.clock = clock;
        this.audit = audit;
        this.wording = wording;
        addClassName("brug-page");
        setSizeFull();

        user.setLabel(getTranslation("audit.user"));
        user.setId("audit-user");
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        action = Choices.select(this, "audit.action", AuditAction.class);
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("cases.filter.any"));
        caseReference.setLabel(getTranslation("audit.case"));
        caseReference.setId("audit-case");
        caseReference.setClearButtonVisible(true);
        caseReference.setValueChangeMode(ValueChangeMode.LAZY);
        from = DutchDates.datePicker(this, "audit.from");
        to = DutchDates.datePicker(this, "audit.to");
        user.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        caseReference.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        // Typing a date that cannot be read into an empty field changes no value, but must stop the export.
        from.addValidationStatusChangeListener(e -> refresh());
        to.addValidationStatusChangeListener(e -> refresh());

        // The download request carries the user's session, so the service's admin check applies to it too.
        export = new Anchor(DownloadHandler.fromInputStream(event -> csv()), AttachmentType.DOWNLOAD, "");
        Button exportButton = new Button(getTranslation("audit.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export.add(exportButton);
        export.setId("audit-export");

        FlexLayout filters = new FlexLayout(user, action, caseReference, from, to, export);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.addClassName("brug-filters");

        grid.setId("audit-grid");
        grid.addColumn(entry -> DisplayFormats.dateTime(entry.at())).setHeader(getTranslation("audit.time")).setAutoWidth(true);
        grid.addColumn(entry -> entry.username() == null ? "" : entry.username()).setHeader(getTranslation("audit.user"))
                .setAutoWidth(true);
        grid.addColumn(entry -> wording.action(entry.action(), getLocale()))
                .setHeader(getTranslation("audit.action")).setAutoWidth(true)
                .setTooltipGenerator(entry -> entry.action().name());
        grid.addColumn(entry -> entry.caseReference() == null ? "" : entry.caseReference())
                .setHeader(getTranslation("audit.case")).setAutoWidth(true);
        // The stored code stays at hand as a tooltip, for whoever compares with the CSV or the database.
        grid.addColumn(entry -> wording.detail(entry.action(), entry.detail(), getLocale()))
                .setHeader(getTranslation("audit.detail")).setFlexGrow(3)
                .setTooltipGenerator(entry -> entry.detail() == null ? "" : entry.detail());
        grid.addColumn(entry -> entry.address() == null ? "" : entry.address()).setHeader(getTranslation("audit.address"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(query -> {
            var page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            return periodUsable ? audit.search(filter(), page).stream() : Stream.empty();
        });

        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("audit.title")), count);
        header.setAlignItems(Alignment.BASELINE);
        count.addClassName("brug-muted");
        count.setId("audit-count");
        add(header, filters, grid);
        refresh();
    }

    private DownloadResponse csv() {
        if (!periodUsable) {
            return DownloadResponse.error(400);
        }
        AuditFilter filter = filter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            audit.exportCsv(filter, getLocale(), writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] content = bytes.toByteArray();
        return new DownloadResponse(new ByteArrayInputStream(content),
                "brug-audit-" + clock.today() + ".csv", "text/csv", content.length);
    }

    private AuditFilter filter() {
        return new AuditFilter(user.getValue(), action.getValue(), caseReference.getValue(), from.getValue(),
                to.getValue());
    }

    private void refresh() {
        periodUsable = DutchDates.checkPeriod(this, from, to);
        export.setEnabled(periodUsable);
        grid.setEmptyStateText(getTranslation(periodUsable ? "audit.empty" : "field.period.nothingShown"));
        grid.getDataProvider().refreshAll();
        long found = periodUsable ? audit.countUpTo(filter()) : 0;
        count.setText(found > AuditService.COUNT_LIMIT ? getTranslation("audit.countMore", AuditService.COUNT_LIMIT)
                : getTranslation("audit.count", found));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
