package nl.brug.reporting.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;
import nl.brug.base.DisplayFormats;
import nl.brug.base.ui.DutchDates;
import nl.brug.reporting.OutcomeFigures;
import nl.brug.reporting.OutcomeReport;
import nl.brug.reporting.OutcomeReportService;
import nl.brug.reporting.ReportPeriod;

/**
 * Uitkomsten: what became of the cases registered in a chosen period, as key figures, tables and charts,
 * with the numbers as CSV. Every number comes from {@link OutcomeReportService}; this view only lays them
 * out. The period lives in the URL.
 */
@Route("reports/outcomes")
@Menu(title = "nav.outcomes", order = 50, icon = "CHART")
@RolesAllowed("SUPERVISOR")
class OutcomesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OutcomeReportService reports;
    private final Clock clock;
    private final DatePicker from;
    private final DatePicker to;
    private final Anchor export;
    private final Anchor exportPdf;
    private final Div content = new Div();
    /** The period on screen, which the CSV download exports; null while the chosen dates are not valid. */
    private volatile @Nullable ReportPeriod shown;
    /** The period in the URL now: choosing it again needs no navigation, only a fresh report. */
    private @Nullable ReportPeriod inUrl;
    private boolean applyingUrl;

    OutcomesView(OutcomeReportService reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
        addClassName("brug-page");

        from = DutchDates.datePicker(this, "outcomes.from");
        from.setId("outcomes-from");
        to = DutchDates.datePicker(this, "outcomes.to");
        to.setId("outcomes-to");
        // The view decides what is wrong with a period, and says it next to the field.
        from.setManualValidation(true);
        to.setManualValidation(true);
        from.addValueChangeListener(e -> periodChanged());
        to.addValueChangeListener(e -> periodChanged());
        // A typed date that cannot be read changes no value when the field was empty; it is checked all the same.
        from.addValidationStatusChangeListener(e -> periodChanged());
        to.addValidationStatusChangeListener(e -> periodChanged());

        // The download request carries the user's session, so the service's supervisor check applies to it too.
        export = new Anchor(DownloadHandler.fromInputStream(event -> csv()), AttachmentType.DOWNLOAD, "");
        Button exportButton = new Button(getTranslation("outcomes.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export.add(exportButton);
        export.setId("outcomes-export");

        exportPdf = new Anchor(DownloadHandler.fromInputStream(event -> pdf()), AttachmentType.DOWNLOAD, "");
        Button pdfButton = new Button(getTranslation("outcomes.exportPdf"), VaadinIcon.FILE_TEXT_O.create());
        pdfButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        exportPdf.add(pdfButton);
        exportPdf.setId("outcomes-export-pdf");

        FlexLayout toolbar = new FlexLayout(from, to, export, exportPdf);
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.addClassName("brug-filters");

        Paragraph intro = new Paragraph(getTranslation("outcomes.intro"));
        intro.addClassName("brug-muted");
        content.setId("outcomes-content");
        content.setWidthFull();
        add(new H2(getTranslation("outcomes.title")), intro, toolbar, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ReportPeriod period = PeriodParameters.read(event.getLocation().getQueryParameters(),
                LocalDate.now(clock.withZone(DisplayFormats.ZONE)));
        inUrl = period;
        applyingUrl = true;
        try {
            from.setValue(period.from());
            to.setValue(period.to());
        } finally {
            applyingUrl = false;
        }
        show(period);
    }

    private void periodChanged() {
        if (applyingUrl) {
            return;
        }
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        // The same rule as every period in Brug (a date that cannot be read, an end before the start); a
        // report also needs both ends. A field that cannot be read is filled in, so it is not "required".
        boolean usable = DutchDates.checkPeriod(this, from, to);
        if (usable && (start == null || end == null)) {
            DutchDates.mark(this, from, start == null ? "outcomes.period.required" : null);
            DutchDates.mark(this, to, end == null ? "outcomes.period.required" : null);
            usable = false;
        }
        if (!usable || start == null || end == null) {
            // Nothing is exported for a period the user can no longer see on screen.
            shown = null;
            export.setEnabled(false);
            exportPdf.setEnabled(false);
            return;
        }
        ReportPeriod period = new ReportPeriod(start, end);
        if (period.equals(inUrl)) {
            show(period);
        } else {
            UI.getCurrent().navigate(OutcomesView.class, PeriodParameters.write(period));
        }
    }

    private void show(ReportPeriod period) {
        DutchDates.mark(this, from, null);
        DutchDates.mark(this, to, null);
        OutcomeReport report = reports.report(period.from(), period.to());
        content.removeAll();
        OutcomeFigures figures = new OutcomeFigures(report, getLocale(),
                (key, parameters) -> getTranslation(key, parameters));
        content.add(new KeyFigures(figures.keyFigures()));
        figures.breakdowns().forEach(breakdown -> content.add(new BreakdownSection(breakdown)));
        shown = period;
        export.setEnabled(true);
        exportPdf.setEnabled(true);
    }

    private DownloadResponse csv() throws IOException {
        ReportPeriod period = shown;
        if (period == null) {
            return DownloadResponse.error(400);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            reports.exportCsv(period.from(), period.to(), getLocale(), writer);
        }
        byte[] content = bytes.toByteArray();
        return new DownloadResponse(new ByteArrayInputStream(content), fileName(period), "text/csv", content.length);
    }

    private DownloadResponse pdf() {
        ReportPeriod period = shown;
        if (period == null) {
            return DownloadResponse.error(400);
        }
        byte[] content = reports.exportPdf(period.from(), period.to(), getLocale());
        return new DownloadResponse(new ByteArrayInputStream(content), fileName(period, "pdf"), "application/pdf",
                content.length);
    }

    static String fileName(ReportPeriod period) {
        return fileName(period, "csv");
    }

    static String fileName(ReportPeriod period, String extension) {
        return "brug-uitkomsten-" + period.from() + "-" + period.to() + "." + extension;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outcomes.title");
    }
}
