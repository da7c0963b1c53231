package nl.brug.mediationcase.ui;

import java.time.Period;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import nl.brug.base.DisplayFormats;
import nl.brug.base.ui.DutchDates;
import nl.brug.base.ui.Notifications;
import nl.brug.base.ui.TextLimits;
import nl.brug.mediationcase.CaseLimits;
import nl.brug.mediationcase.retention.RetentionDue;
import nl.brug.mediationcase.retention.RetentionService;

/**
 * The supervisors' view of retention (decision 027): which closed cases will be anonymised in the coming 30
 * days, and postponing one of them until a date, for a reason the case history keeps.
 */
@Route("retention")
@Menu(title = "nav.retention", order = 35, icon = "ARCHIVE")
@RolesAllowed("SUPERVISOR")
class RetentionView extends VerticalLayout implements HasDynamicTitle {

    private final RetentionService retention;
    private final Grid<RetentionDue> grid = new Grid<>();
    private final CaseActionRunner runner = new CaseActionRunner(this, this::refresh);

    RetentionView(RetentionService retention) {
        this.retention = retention;
        addClassName("brug-page");
        setSizeFull();
        Paragraph rule = new Paragraph(retention.term().isZero() ? getTranslation("retention.off")
                : getTranslation("retention.rule", term(retention.term()), RetentionService.DAYS_AHEAD));
        rule.setId("retention-rule");
        rule.addClassName("brug-muted");
        Paragraph lastRun = new Paragraph(retention.lastRun().map(run -> getTranslation("retention.lastRun",
                DisplayFormats.dateTime(run.at()), run.anonymised().size(), run.failed().size()))
                .orElse(getTranslation("retention.noRunYet")));
        lastRun.addClassName("brug-muted");

        grid.setId("retention-grid");
        grid.addComponentColumn(due -> CaseView.link(due.reference(), due.reference()))
                .setHeader(getTranslation("case.reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RetentionDue::title).setHeader(getTranslation("case.title")).setFlexGrow(2);
        grid.addColumn(due -> DisplayFormats.date(due.closedOn())).setHeader(getTranslation("case.closedOn"));
        grid.addColumn(due -> DisplayFormats.date(due.dueOn())).setHeader(getTranslation("retention.dueOn"));
        grid.addColumn(due -> due.postponedUntil() == null ? "" : DisplayFormats.date(due.postponedUntil()))
                .setHeader(getTranslation("retention.postponedUntil"));
        grid.addComponentColumn(due -> {
            Button postpone = new Button(getTranslation("retention.postpone"), e -> postponeDialog(due).open());
            postpone.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            postpone.setAriaLabel(getTranslation("retention.postpone") + " " + due.reference());
            return postpone;
        }).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setEmptyStateText(getTranslation("retention.empty"));
        grid.setSizeFull();
        add(new H2(getTranslation("retention.title")), rule, lastRun, runner.pageMessage(), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(retention.dueSoon());
    }

    private Dialog postponeDialog(RetentionDue due) {
        Dialog dialog = new Dialog(getTranslation("retention.postpone") + " — " + due.reference());
        DatePicker until = DutchDates.datePicker(this, "retention.postponeUntil");
        until.setId("retention-until");
        until.setRequiredIndicatorVisible(true);
        TextArea reason = new TextArea(getTranslation("case.reason"));
        reason.setId("retention-reason");
        reason.setHelperText(getTranslation("retention.reasonHelp"));
        reason.setRequiredIndicatorVisible(true);
        TextLimits.limit(reason, CaseLimits.CLOSE_REASON_MAX);
        FormLayout form = new FormLayout(until, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Div message = CaseActionRunner.messageArea("retention-message");
        dialog.add(form, message);
        Button save = new Button(getTranslation("retention.postpone"), e -> {
            if (DutchDates.unreadable(until) || !TextLimits.allWithin(reason)) {
                return;
            }
            if (runner.run(() -> retention.postpone(due.reference(), due.version(), until.getValue(), reason.getValue()),
                    Map.of("until", until, "reason", reason), message)) {
                dialog.close();
                Notifications.success(getTranslation("retention.postponed", due.reference()));
                refresh();
            }
        });
        save.setId("retention-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("30rem");
        return dialog;
    }

    /** "2 jaar" for a whole number of years (the usual setting), else "1 jaar, 6 maanden en 0 dagen". */
    private String term(Period term) {
        return term.getMonths() == 0 && term.getDays() == 0 ? getTranslation("retention.term.years", term.getYears())
                : getTranslation("retention.term.full", term.getYears(), term.getMonths(), term.getDays());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("retention.title");
    }
}
