package nl.brug.mediationcase.ui;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import nl.brug.base.DisplayFormats;
import nl.brug.base.ui.Notifications;
import nl.brug.mediationcase.CaseDetails;
import nl.brug.mediationcase.CaseService;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.CaseWorkService;
import nl.brug.mediationcase.DeadlineStatus;
import nl.brug.mediationcase.Outcome;
import nl.brug.mediationcase.lifecycle.TransitionRequest;
/**
 * Reference, title, status, kind, mediators and the formal procedure's deadline (coming or passed), with a
 * button for each transition allowed now. Refusals appear in the runner's message area under the buttons.
 */
class CaseHeader extends Div {

    /** The header summarises the whole case (status, deadline, facts, history), so it reads all of it. */
    CaseHeader(CasePage page, CaseDetails details, CaseService cases, CaseWorkService work) {
        addClassName("brug-case-header");
        CaseDetails.Overview overview = details.overview();
        H2 title = new H2(page.reference() + " — " + overview.facts().title());
        title.setId("case-title");
        // Focusable by script only: opening a case puts the focus here (see CaseView).
        title.getElement().setAttribute("tabindex", "-1");
        StatusBadge status = new StatusBadge(details.status());
        status.setId("case-status");

        FlexLayout facts = new FlexLayout();
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facts.addClassName("brug-case-facts");
        facts.add(status, fact("case.kind", getTranslation(overview.facts().kind().messageKey())),
                fact("case.lead", overview.lead() == null ? getTranslation("case.unassigned") : overview.lead().name()),
                fact("case.co", overview.co() == null ? "—" : overview.co().name()),
                fact("case.registeredOn", DisplayFormats.date(overview.dates().registeredOn())));
        if (overview.dates().intakeOverdue()) {
            Span overdue = new Span(getTranslation("case.intakeOverdueSince",
                    DisplayFormats.date(overview.dates().intakeDueOn())));
            overdue.addClassName("brug-overdue");
            facts.add(overdue);
        }
        Outcome outcome = overview.closing().outcome();
        if (outcome != null) {
            facts.add(fact("case.outcome", getTranslation(outcome.messageKey())));
        }
        if (details.deadline() != null) {
            facts.add(deadline(details.deadline()));
        }

        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setId("case-actions");
        buttons.setWrap(true);
        for (CaseStatus next : page.actions().nextSteps()) {
            Button step = new Button(getTranslation("case.transition.to", getTranslation(next.messageKey())),
                    e -> {
                        if (page.runner().run(() -> cases.transition(page.reference(), page.version(),
                                TransitionRequest.forward(next)))) {
                            page.reload().run();
                        }
                    });
            step.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(step);
        }
        if (page.actions().canClose()) {
            Button close = new Button(getTranslation("case.close"),
                    e -> new CloseCaseDialog(page, cases).open());
            close.setId("close-case");
            buttons.add(close);
        }
        DeadlineStatus deadline = details.deadline();
        if (page.actions().editable() && deadline != null && deadline.state() != DeadlineStatus.State.HANDLED) {
            Button handled = new Button(getTranslation("case.deadline.markHandled"), e -> {
                if (page.runner().run(() -> work.markProcedureHandled(page.reference(), page.version()))) {
                    Notifications.success(getTranslation("case.deadline.markedHandled"));
                    page.reload().run();
                }
            });
            handled.setId("mark-procedure-handled");
            buttons.add(handled);
        }
        if (page.actions().canReopen()) {
            Button reopen = new Button(getTranslation("case.reopen"),
                    e -> new ReasonDialog(getTranslation("case.reopen"), (reason, message) -> page.runner().run(() ->
                            cases.transition(page.reference(), page.version(), TransitionRequest.reopen(reason)),
                            Map.of(), message),
                            () -> {
                                page.reload().run();
                                Notifications.success(getTranslation("case.reopened",
                                        getTranslation(reopenedTo(details).messageKey())));
                            }).open());
            reopen.setId("reopen-case");
            buttons.add(reopen);
        }
        LocalDate anonymisedOn = details.overview().dates().anonymisedOn();
        if (anonymisedOn != null) {
            Span anonymised = new Span(getTranslation("case.anonymisedNotice", DisplayFormats.date(anonymisedOn)));
            anonymised.setId("case-anonymised-notice");
            anonymised.addClassName("brug-muted");
            buttons.add(anonymised);
        } else if (details.status() == CaseStatus.CLOSED) {
            Span closed = new Span(getTranslation("case.closedNotice"));
            closed.setId("case-closed-notice");
            closed.addClassName("brug-muted");
            buttons.add(closed);
        } else if (!page.actions().editable()) {
            Span readOnly = new Span(getTranslation("case.readOnly"));
            readOnly.addClassName("brug-muted");
            buttons.add(readOnly);
        }
        add(title, facts, buttons);
        Objects.requireNonNull(overview.lastChange().at());
    }

    /** Where the case goes back to: the status it was closed from, as its last history entry says. */
    private static CaseStatus reopenedTo(CaseDetails closed) {
        return closed.history().stream().filter(h -> h.event() == null && h.to() == CaseStatus.CLOSED)
                .reduce((first, second) -> second).map(CaseDetails.HistoryView::from).orElse(CaseStatus.INTAKE);
    }

    /** The procedure's deadline: coming, passed (red, until handled), or handled. */
    private Span deadline(DeadlineStatus deadline) {
        String kind = getTranslation(deadline.kind().messageKey());
        String date = DisplayFormats.date(deadline.deadline());
        Span text = switch (deadline.state()) {
            case LATER -> new Span(getTranslation("case.deadline.later", kind, date));
            case SOON -> new Span(getTranslation("case.deadline.soon", kind, date, deadline.daysLeft()));
            case PASSED -> new Span(getTranslation("case.deadline.passed", kind, date));
            case HANDLED -> new Span(getTranslation("case.deadline.handled", kind, date,
                    DisplayFormats.date(deadline.handledOn())));
        };
        text.setId("case-deadline");
        text.addClassName(switch (deadline.state()) {
            case PASSED -> "brug-overdue";
            case SOON -> "brug-urgent";
            default -> "brug-fact";
        });
        return text;
    }

    private Span fact(String labelKey, String value) {
        Span fact = new Span(getTranslation(labelKey) + ": " + value);
        fact.addClassName("brug-fact");
        return fact;
    }
}
