package nl.brug.mediationcase.ui;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import nl.brug.account.AccountService;
import nl.brug.base.DisplayFormats;
import nl.brug.base.InputProblems;
import nl.brug.base.ui.FieldErrors;
import nl.brug.mediationcase.CaseDetails;
import nl.brug.mediationcase.CaseInputRules;
import nl.brug.mediationcase.CaseService;

/** The case's facts and key dates; its mediators may edit the facts, a supervisor assigns mediators. */
class OverviewSection extends VerticalLayout {

    OverviewSection(CasePage page, CaseDetails.Overview shown, CaseService cases, AccountService accounts) {
        setPadding(false);
        OverviewForm form = new OverviewForm();
        form.read(shown.facts());
        form.setReadOnly(true);
        add(form);

        if (page.actions().editable()) {
            Button edit = new Button(getTranslation("action.edit"));
            edit.setId("edit-overview");
            Button save = new Button(getTranslation("action.save"));
            save.setId("save-overview");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button cancel = new Button(getTranslation("action.cancel"));
            save.setVisible(false);
            cancel.setVisible(false);
            edit.addClickListener(e -> {
                form.setReadOnly(false);
                edit.setVisible(false);
                save.setVisible(true);
                cancel.setVisible(true);
            });
            cancel.addClickListener(e -> page.reload().run());
            AtomicReference<@Nullable LocalDate> warnedDeadline = new AtomicReference<>();
            save.addClickListener(e -> form.validOverview().ifPresent(overview -> {
                // A deadline that has already passed is kept only once the user has seen that remark.
                boolean confirmed = overview.procedureDeadline() != null
                        && overview.procedureDeadline().equals(warnedDeadline.get());
                InputProblems remark = CaseInputRules.problemsWithDeadline(overview,
                        shown.facts().procedureDeadline(), page.clock().today(), confirmed);
                if (!remark.isEmpty()) {
                    FieldErrors.showAll(this, remark, form.fields());
                    warnedDeadline.set(overview.procedureDeadline());
                    return;
                }
                if (page.runner().run(() -> cases.updateOverview(page.reference(), page.version(), overview, confirmed),
                        form.fields())) {
                    nl.brug.base.ui.Notifications.success(getTranslation("action.saved"));
                    page.reload().run();
                }
            }));
            add(new HorizontalLayout(edit, save, cancel));
        }

        CaseDetails.Dates dates = shown.dates();
        Div dateFacts = new Div(
                fact("case.registeredOn", DisplayFormats.date(dates.registeredOn())),
                fact("case.intakeOn", dates.intakeOn() == null
                        ? getTranslation("case.intakeDue", DisplayFormats.date(dates.intakeDueOn()))
                        : DisplayFormats.date(dates.intakeOn())),
                fact("case.firstJointSessionOn", DisplayFormats.date(dates.firstJointSessionOn())),
                fact("case.agreementOn", DisplayFormats.date(dates.agreementOn())),
                fact("case.closedOn", DisplayFormats.date(dates.closedOn())));
        dateFacts.addClassName("brug-fact-list");
        add(new H3(getTranslation("case.dates")), dateFacts);

        CaseDetails.Closing closed = shown.closing();
        if (closed.outcome() != null) {
            Div closing = new Div(fact("case.outcome", getTranslation(closed.outcome().messageKey())));
            if (closed.referral() != null) {
                closing.add(fact("case.referral", getTranslation(closed.referral().messageKey())));
            }
            if (closed.reason() != null) {
                closing.add(fact("case.reason", closed.reason()));
            }
            closing.addClassName("brug-fact-list");
            add(new H3(getTranslation("case.closing")), closing);
        }

        Div mediators = new Div(
                fact("case.lead", shown.lead() == null ? getTranslation("case.unassigned") : shown.lead().name()),
                fact("case.co", shown.co() == null ? "—" : shown.co().name()));
        mediators.addClassName("brug-fact-list");
        add(new H3(getTranslation("case.mediators")), mediators);
        if (page.actions().canAssign()) {
            Button assign = new Button(getTranslation("case.assign"),
                    e -> new AssignMediatorsDialog(page, shown, cases, accounts).open());
            assign.setId("assign-mediators");
            add(assign);
        }
        add(new Span(getTranslation("case.lastChanged", shown.lastChange().by(),
                DisplayFormats.dateTime(shown.lastChange().at()))));
    }

    private Div fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("brug-fact-label");
        Div fact = new Div(label, new Span(value.isEmpty() ? "—" : value));
        fact.addClassName("brug-fact-row");
        return fact;
    }
}
