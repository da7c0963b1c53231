package nl.brug.mediationcase.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import nl.brug.account.AccountService;
import nl.brug.account.AccountSummary;
import nl.brug.base.BrugClock;
import nl.brug.base.InputProblems;
import nl.brug.base.InvalidInputException;
import nl.brug.base.ui.FieldErrors;
import nl.brug.base.ui.Notifications;
import nl.brug.base.ui.TextLimits;
import nl.brug.mediationcase.CaseInputRules;
import nl.brug.mediationcase.CaseLimits;
import nl.brug.mediationcase.CaseOverview;
import nl.brug.mediationcase.CaseRegistration;
import nl.brug.mediationcase.CaseService;
import nl.brug.mediationcase.ConflictOfInterestException;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.security.BrugUser;
import nl.brug.security.CurrentUser;
import nl.brug.security.Role;

/**
 * The intake form for a new request: the case's facts and its parties. Nothing is saved until the whole
 * registration is valid; then the case opens at its new reference.
 */
@Route("cases/new")
@RolesAllowed({"MEDIATOR", "SUPERVISOR"})
class RegisterCaseView extends VerticalLayout implements HasDynamicTitle {

    private final CaseService cases;
    private final BrugClock clock;
    private final OverviewForm overview = new OverviewForm();
    private final PartyForm partyForm = new PartyForm();
    private final List<PartyData> parties = new ArrayList<>();
    private final Grid<PartyData> partyGrid = new Grid<>();
    private final Span partiesError = new Span();
    /** Only for supervisors: the lead mediator chosen right here; empty sends the case to the intake queue. */
    private final ComboBox<AccountSummary> lead = new ComboBox<>();
    /** The lead's conflicts of interest matched: shown with a reason field, and the button goes on anyway. */
    private final ConflictWarning conflictWarning = new ConflictWarning("register-conflict-warning");
    private final TextArea conflictReason = new TextArea();
    private final Button register = new Button();
    /** The past procedure deadline the user has been told about: saving it again confirms it. */
    private @Nullable LocalDate warnedDeadline;

    RegisterCaseView(CaseService cases, AccountService accounts, BrugClock clock) {
        this.cases = cases;
        this.clock = clock;
        addClassName("brug-page");
        BrugUser user = CurrentUser.require();
        boolean supervisor = user.hasRole(Role.SUPERVISOR);
        if (supervisor) {
            List<AccountSummary> mediators = accounts.enabledMediators();
            lead.setLabel(getTranslation("case.lead"));
            lead.setId("register-lead");
            lead.setItems(mediators);
            lead.setItemLabelGenerator(AccountSummary::displayName);
            lead.setClearButtonVisible(true);
            lead.setHelperText(getTranslation("cases.new.leadHelp"));
            mediators.stream().filter(m -> m.id() == user.accountId()).findFirst().ifPresent(lead::setValue);
        }
        lead.setVisible(supervisor);

        partyGrid.setId("new-parties");
        partyGrid.addColumn(PartyData::name).setHeader(getTranslation("party.name"));
        partyGrid.addColumn(p -> getTranslation(p.role().messageKey())).setHeader(getTranslation("party.role"));
        partyGrid.addColumn(p -> p.publicBody() ? getTranslation("party.publicBody") : getTranslation(p.kind().messageKey()))
                .setHeader(getTranslation("party.kind"));
        partyGrid.addComponentColumn(p -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                parties.remove(p);
                unwarn();
                partyGrid.setItems(parties);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("party.remove", p.name()));
            return remove;
        }).setFlexGrow(0);
        partyGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        partyGrid.setAllRowsVisible(true);
        partyGrid.setEmptyStateText(getTranslation("party.empty.new"));
        partyGrid.setItems(parties);

        partiesError.addClassName("brug-error");
        partiesError.setId("parties-error");

        Button addParty = new Button(getTranslation("party.add"), VaadinIcon.PLUS.create(), e -> addParty());
        addParty.setId("add-party");
        Button clearParty = new Button(getTranslation("party.clearFields"), e -> {
            partyForm.clear();
            partiesError.setText("");
        });
        clearParty.setId("clear-party");
        clearParty.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        register.setText(getTranslation("cases.register"));
        register.addClickListener(e -> register());
        register.setId("register-case");
        conflictReason.setLabel(getTranslation("conflict.reason"));
        conflictReason.setId("register-conflict-reason");
        conflictReason.setWidthFull();
        conflictReason.setRequiredIndicatorVisible(true);
        TextLimits.limit(conflictReason, CaseLimits.CONFLICT_REASON_MAX);
        conflictReason.setVisible(false);
        // A warning is about the lead and parties it was given for: a change is checked afresh.
        lead.addValueChangeListener(e -> unwarn());
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> UI.getCurrent().navigate(CaseListView.class));

        // Say what really happens to the new case: who becomes its lead mediator.
        String intro = getTranslation(supervisor ? "cases.new.intro.supervisor" : "cases.new.intro");
        add(new H2(getTranslation("cases.new")), new Paragraph(intro), overview, lead,
                new H3(getTranslation("case.parties")), partyGrid, partiesError, partyForm,
                new HorizontalLayout(addParty, clearParty), conflictWarning, conflictReason,
                new HorizontalLayout(register, cancel));
    }

    private void addParty() {
        partyForm.validParty(clock.today()).ifPresent(party -> {
            parties.add(party);
            unwarn();
            partyGrid.setItems(parties);
            partyForm.clear();
            partiesError.setText("");
        });
    }

    private void register() {
        partiesError.setText("");
        var entered = overview.validOverview();
        // A party filled in but not added would be lost without a word when the case is saved. Brug does not
        // add it on its own either: the user decides, and the party's own problems show at its fields.
        boolean partyPending = partyForm.hasInput();
        if (partyPending) {
            partyForm.validParty(clock.today());
            partiesError.setText(getTranslation("party.pending"));
        }
        if (entered.isEmpty() || partyPending) {
            return;
        }
        if (parties.isEmpty()) {
            partiesError.setText(getTranslation("case.missing.PARTY"));
            return;
        }
        CaseOverview facts = entered.get();
        boolean confirmed = facts.procedureDeadline() != null && facts.procedureDeadline().equals(warnedDeadline);
        InputProblems remark = CaseInputRules.problemsWithDeadline(facts, null, clock.today(), confirmed);
        if (!remark.isEmpty()) {
            overview.show(remark.toException());
            warnedDeadline = facts.procedureDeadline();
            return;
        }
        Long chosenLead = lead.getValue() == null ? null : lead.getValue().id();
        String goOn = null;
        if (conflictReason.isVisible()) {
            conflictReason.setInvalid(false);
            if (!TextLimits.filledInAndWithin(conflictReason)) {
                return;
            }
            goOn = conflictReason.getValue();
        }
        try {
            String reference = cases.register(new CaseRegistration(facts, parties, chosenLead, confirmed, goOn));
            Notifications.success(getTranslation("cases.registered", reference));
            CaseView.open(reference);
        } catch (InvalidInputException refusal) {
            overview.show(refusal);
            refusal.errorFor("lead").ifPresent(problem -> {
                lead.setErrorMessage(FieldErrors.translate(this, problem));
                lead.setInvalid(true);
            });
            refusal.errorFor("parties").ifPresent(problem -> partiesError.setText(FieldErrors.translate(this, problem)));
            refusal.errorFor("conflictReason").ifPresent(problem -> {
                conflictReason.setErrorMessage(FieldErrors.translate(this, problem));
                conflictReason.setInvalid(true);
            });
        } catch (ConflictOfInterestException conflict) {
            conflictWarning.show(conflict);
            conflictReason.setVisible(true);
            register.setText(getTranslation("conflict.registerAnyway"));
        }
    }

    private void unwarn() {
        conflictWarning.hide();
        conflictReason.clear();
        conflictReason.setInvalid(false);
        conflictReason.setVisible(false);
        register.setText(getTranslation("cases.register"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.new");
    }
}
