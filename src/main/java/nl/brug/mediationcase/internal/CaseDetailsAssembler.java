package nl.brug.mediationcase.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.brug.account.AccountService;
import nl.brug.mediationcase.CaseDetails;
import nl.brug.mediationcase.lifecycle.CaseFacts;
import nl.brug.mediationcase.lifecycle.CaseLifecycle;
import nl.brug.mediationcase.supervision.ReviewRoundView;
import nl.brug.security.BrugUser;
import nl.brug.security.Role;

/** Turns a loaded case into what the case page shows, for one user: confidential notes only for its mediators. */
@Component
public class CaseDetailsAssembler {

    private final AccountService accounts;

    CaseDetailsAssembler(AccountService accounts) {
        this.accounts = accounts;
    }

    public CaseDetails assemble(MediationCase c, BrugUser viewer, LocalDate today) {
        boolean mediatorOfCase = CaseAccess.mayEdit(c, viewer);
        List<JournalNote> notes = c.parts().notes().stream()
                .filter(note -> !note.isConfidential() || mediatorOfCase)
                .toList();
        Map<Long, String> names = accounts.displayNames(peopleIn(c, notes));

        return new CaseDetails(c.getReference(), c.getVersion(), c.getStatus(), c.procedure().status(today),
                overview(c, names, today),
                c.parts().parties().stream().map(p -> new CaseDetails.PartyView(id(p.getId()), p.getVersion(), p.toData())).toList(),
                c.parts().sessions().stream().map(s -> new CaseDetails.SessionView(id(s.getId()), s.getVersion(), s.toData())).toList(),
                notes(notes, names),
                agreement(c),
                history(c, names),
                c.reviews().rounds().stream().map(r -> round(r, names)).toList(),
                actions(c, viewer, mediatorOfCase));
    }

    private static CaseDetails.Overview overview(MediationCase c, Map<Long, String> names, LocalDate today) {
        CaseDetails.Dates dates = new CaseDetails.Dates(c.getRegisteredOn(), c.milestones().intakeOn(), c.intakeDueDate(),
                c.intakeOverdue(today), c.milestones().firstJointSessionOn(), c.milestones().agreementOn(), c.closing().closedOn(),
                c.retention().anonymisedOn());
        CaseDetails.Closing closing = new CaseDetails.Closing(c.closing().outcome(), c.closing().referral(),
                c.closing().reason());
        CaseDetails.LastChange lastChange = new CaseDetails.LastChange(
                c.lastChange().by() == null ? "" : names.getOrDefault(c.lastChange().by(), "?"), c.lastChange().at());
        return new CaseDetails.Overview(c.overview(), dates, person(c.getLeadMediatorId(), names),
                person(c.getCoMediatorId(), names), closing, lastChange);
    }

    private static List<CaseDetails.NoteView> notes(List<JournalNote> shown, Map<Long, String> names) {
        return shown.stream().map(n -> new CaseDetails.NoteView(id(n.getId()), n.getWrittenAt(),
                names.getOrDefault(n.getAuthorId(), "?"), n.getText(), n.isConfidential())).toList();
    }

    private static CaseDetails.Agreement agreement(MediationCase c) {
        AgreementRecord agreement = c.agreement();
        return new CaseDetails.Agreement(agreement.form(), agreement.signedOn(),
                c.parts().agreementItems().stream().map(i -> new CaseDetails.ItemView(id(i.getId()), i.getVersion(), i.toData())).toList(),
                agreement.followUpOn(), agreement.finding(), agreement.proposedFollowUpDate());
    }

    private static List<CaseDetails.HistoryView> history(MediationCase c, Map<Long, String> names) {
        return c.history().entries().stream().map(h -> new CaseDetails.HistoryView(h.getChangedAt(),
                names.getOrDefault(h.getActorId(), "?"), h.getFrom(), h.getTo(), h.getReason(), h.getEvent(),
                h.getNoteId() == null ? null : c.parts().note(h.getNoteId()).map(JournalNote::getWrittenAt).orElse(null)))
                .toList();
    }

    private static CaseDetails.Actions actions(MediationCase c, BrugUser viewer, boolean mediatorOfCase) {
        if (c.retention().anonymisedOn() != null) {
            return new CaseDetails.Actions(false, List.of(), false, false, false, false, false, false);
        }
        CaseFacts facts = c.facts();
        return new CaseDetails.Actions(
                mediatorOfCase && !c.isClosed(),
                mediatorOfCase ? CaseLifecycle.nextForwardSteps(facts) : List.of(),
                mediatorOfCase && CaseLifecycle.canClose(facts),
                CaseLifecycle.canReopen(facts, viewer.hasRole(Role.SUPERVISOR)),
                viewer.hasRole(Role.SUPERVISOR),
                viewer.hasRole(Role.SUPERVISOR) && c.reviews().awaitsVerdict() && !c.isAssignedTo(viewer.accountId()),
                mediatorOfCase && c.reviews().awaitsAnswer(),
                mediatorOfCase);
    }

    private static ReviewRoundView round(CaseReview r, Map<Long, String> names) {
        return new ReviewRoundView(r.getRound(), r.getClosedOn(), r.getVerdict(), nameOrNull(r.getReviewerId(), names),
                r.getReviewedAt(), r.getComment(), r.getAnswer(), nameOrNull(r.getAnsweredBy(), names),
                r.getAnsweredAt());
    }

    private static @Nullable String nameOrNull(@Nullable Long id, Map<Long, String> names) {
        return id == null ? null : names.getOrDefault(id, "?");
    }

    private static Set<Long> peopleIn(MediationCase c, List<JournalNote> notes) {
        Set<Long> ids = new HashSet<>();
        Stream.of(c.getLeadMediatorId(), c.getCoMediatorId(), c.lastChange().by()).filter(Objects::nonNull).forEach(ids::add);
        notes.forEach(n -> ids.add(n.getAuthorId()));
        c.history().entries().forEach(h -> ids.add(h.getActorId()));
        c.reviews().rounds().forEach(r -> Stream.of(r.getReviewerId(), r.getAnsweredBy()).filter(Objects::nonNull)
                .forEach(ids::add));
        return ids;
    }

    private static CaseDetails.@Nullable Person person(@Nullable Long id, Map<Long, String> names) {
        return id == null ? null : new CaseDetails.Person(id, names.getOrDefault(id, "?"));
    }

    private static long id(@Nullable Long id) {
        return Objects.requireNonNull(id, "saved entity without id");
    }
}
