package nl.brug.conflictofinterest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.brug.base.BrugClock;
import nl.brug.base.InputProblems;
import nl.brug.conflictofinterest.internal.KnownPersonEntry;
import nl.brug.conflictofinterest.internal.KnownPersonEntryRepository;
import nl.brug.conflictofinterest.internal.NeighbourhoodEntry;
import nl.brug.conflictofinterest.internal.NeighbourhoodEntryRepository;
import nl.brug.security.BrugUser;
import nl.brug.security.CurrentUser;
import nl.brug.security.Role;

/**
 * A mediator's own list of neighbourhoods and people they know, and the check before a mediator joins a case.
 * The list is the mediator's personal data: every method that reads or changes it works on the signed-in
 * mediator's own list only, and no method returns another person's list, not even to a supervisor. The check
 * ({@link #matchesFor}) returns only what of the case matched (see {@link ConflictMatch}).
 */
@Service
@PreAuthorize("hasRole('MEDIATOR')")
public class ConflictOfInterestService {

    private final NeighbourhoodEntryRepository neighbourhoods;
    private final KnownPersonEntryRepository people;
    private final BrugClock clock;

    ConflictOfInterestService(NeighbourhoodEntryRepository neighbourhoods, KnownPersonEntryRepository people,
            BrugClock clock) {
        this.neighbourhoods = neighbourhoods;
        this.people = people;
        this.clock = clock;
    }

    /** The signed-in mediator's own list. */
    @Transactional(readOnly = true)
    public MyConflictsOfInterest mine() {
        long me = CurrentUser.require().accountId();
        return new MyConflictsOfInterest(
                neighbourhoods.findByAccountIdOrderById(me).stream().map(NeighbourhoodEntry::toRecord).toList(),
                people.findByAccountIdOrderById(me).stream().map(KnownPersonEntry::toRecord).toList());
    }

    /** Adds a neighbourhood (the municipality may be empty); the same one twice is refused at its field. */
    @Transactional
    public void addNeighbourhood(String neighbourhood, @Nullable String municipality) {
        ConflictInputRules.problemsWithNeighbourhood(neighbourhood, municipality).throwIfAny();
        long me = CurrentUser.require().accountId();
        if (neighbourhoods.countByAccountId(me) >= MyConflictsOfInterest.ENTRIES_MAX) {
            InputProblems.of("neighbourhood", "conflicts.tooMany", MyConflictsOfInterest.ENTRIES_MAX).throwIfAny();
        }
        boolean known = neighbourhoods.findByAccountIdOrderById(me).stream()
                .anyMatch(entry -> ConflictMatching.same(entry.getNeighbourhood(), neighbourhood)
                        && ConflictMatching.same(entry.getMunicipality(), municipality));
        if (known) {
            InputProblems.of("neighbourhood", "conflicts.duplicate").throwIfAny();
        }
        neighbourhoods.save(new NeighbourhoodEntry(me, neighbourhood, municipality, clock.now()));
    }

    /** Removes one of the mediator's own neighbourhoods; anything else is "not found". */
    @Transactional
    public void removeNeighbourhood(long id) {
        long me = CurrentUser.require().accountId();
        neighbourhoods.delete(neighbourhoods.findByIdAndAccountId(id, me)
                .orElseThrow(() -> new ConflictEntryNotFoundException(id)));
    }

    /** Adds someone the mediator knows personally; the same name twice is refused at its field. */
    @Transactional
    public void addKnownPerson(String name) {
        ConflictInputRules.problemsWithPerson(name).throwIfAny();
        long me = CurrentUser.require().accountId();
        if (people.countByAccountId(me) >= MyConflictsOfInterest.ENTRIES_MAX) {
            InputProblems.of("knownName", "conflicts.tooMany", MyConflictsOfInterest.ENTRIES_MAX).throwIfAny();
        }
        if (people.findByAccountIdOrderById(me).stream().anyMatch(p -> ConflictMatching.same(p.getName(), name))) {
            InputProblems.of("knownName", "conflicts.duplicate").throwIfAny();
        }
        people.save(new KnownPersonEntry(me, name, clock.now()));
    }

    /** Removes one of the mediator's own known people; anything else is "not found". */
    @Transactional
    public void removeKnownPerson(long id) {
        long me = CurrentUser.require().accountId();
        people.delete(people.findByIdAndAccountId(id, me).orElseThrow(() -> new ConflictEntryNotFoundException(id)));
    }

    /**
     * What of the case matches the lists of these mediators, per mediator in the order given: each matching
     * person of the case once, then the neighbourhood. For the case feature, just before a mediator joins a
     * case; the caller says who is warned. Returns only the case's side of each match. A supervisor asks about
     * any mediator (they assign the work); a mediator only about themselves (registering a case as its lead), so
     * nobody can find out by trying whom a colleague knows.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MEDIATOR', 'SUPERVISOR')")
    public List<ConflictMatch> matchesFor(Collection<Long> mediatorIds, CaseCircumstances circumstances) {
        Set<Long> ids = new LinkedHashSet<>(mediatorIds);
        BrugUser user = CurrentUser.require();
        if (!user.hasRole(Role.SUPERVISOR) && !ids.stream().allMatch(id -> id == user.accountId())) {
            throw new AccessDeniedException("A mediator checks only their own conflicts of interest");
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        List<KnownPersonEntry> knownPeople = people.findByAccountIdIn(ids);
        List<NeighbourhoodEntry> knownPlaces = neighbourhoods.findByAccountIdIn(ids);
        List<ConflictMatch> matches = new ArrayList<>();
        for (long mediator : ids) {
            circumstances.people().stream().distinct()
                    .filter(person -> knownPeople.stream().anyMatch(known -> known.getAccountId() == mediator
                            && ConflictMatching.nameMatches(known.getName(), person)))
                    .forEach(person -> matches.add(new ConflictMatch(mediator, ConflictMatch.Kind.PERSON, person)));
            String neighbourhood = circumstances.neighbourhood();
            if (neighbourhood != null && knownPlaces.stream().anyMatch(known -> known.getAccountId() == mediator
                    && ConflictMatching.neighbourhoodMatches(known.getNeighbourhood(), known.getMunicipality(),
                            neighbourhood, circumstances.municipality()))) {
                matches.add(new ConflictMatch(mediator, ConflictMatch.Kind.NEIGHBOURHOOD, neighbourhood));
            }
        }
        return List.copyOf(matches);
    }
}
