package nl.brug.mediationcase.ui;

import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import nl.brug.base.DisplayFormats;
import nl.brug.mediationcase.CaseDetails;
import nl.brug.mediationcase.CaseService;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.TransitionRequest;

/** Reference, title, status, kind and mediators, with a button for each transition allowed now. */
class CaseHeader extends Div {

    CaseHeader(CaseDetails details, CaseService cases, CaseActionRunner runner, Runnable reload) {
        addClassName("brug-case-header");
        H2 title = new H2(details.reference() + " — " + details.overview().title());
        title.setId("case-title");
        // Focusable by script only: opening a case puts the focus here (see CaseView).
        title.getElement().setAttribute("tabindex", "-1");
        StatusBadge status = new StatusBadge(details.status());
        status.setId("case-status");

        FlexLayout facts = new FlexLayout();
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facts.addClassName("brug-case-facts");
        facts.add(status, fact("case.kind", getTranslation(details.overview().kind().messageKey())),
                fact("case.lead", details.lead() == null ? getTranslation("case.unassigned") : details.lead().name()),
                fact("case.co", details.co() == null ? "—" : details.co().name()),
                fact("case.registeredOn", DisplayFormats.date(details.dates().registeredOn())));
        if (details.dates().intakeOverdue()) {
            Span overdue = new Span(getTranslation("case.intakeOverdueSince",
                    DisplayFormats.date(details.dates().intakeDueOn())));
            overdue.addClassName("brug-overdue");
            facts.add(overdue);
        }
        if (details.outcome() != null) {
            facts.add(fact("case.outcome", getTranslation(details.outcome().messageKey())));
        }

        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setId("case-actions");
        buttons.setWrap(true);
        for (CaseStatus next : details.actions().nextSteps()) {
            Button step = new Button(getTranslation("case.transition.to", getTranslation(next.messageKey())),
                    e -> {
                        if (runner.run(() -> cases.transition(details.reference(), details.version(),
                                TransitionRequest.forward(next)))) {
                            reload.run();
                        }
                    });
            step.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(step);
        }
        if (details.actions().canClose()) {
            Button close = new Button(getTranslation("case.close"),
                    e -> new CloseCaseDialog(details, cases, runner, reload).open());
            close.setId("close-case");
            buttons.add(close);
        }
        if (details.actions().canReopen()) {
            Button reopen = new Button(getTranslation("case.reopen"),
                    e -> new ReasonDialog(getTranslation("case.reopen"), reason -> runner.run(() ->
                            cases.transition(details.reference(), details.version(), TransitionRequest.reopen(reason))),
                            reload).open());
            reopen.setId("reopen-case");
            buttons.add(reopen);
        }
        if (!details.actions().editable() && details.status() != CaseStatus.CLOSED) {
            Span readOnly = new Span(getTranslation("case.readOnly"));
            readOnly.addClassName("brug-muted");
            buttons.add(readOnly);
        }
        add(title, facts, buttons);
        Objects.requireNonNull(details.lastChangedAt());
    }

    private Span fact(String labelKey, String value) {
        Span fact = new Span(getTranslation(labelKey) + ": " + value);
        fact.addClassName("brug-fact");
        return fact;
    }
}
