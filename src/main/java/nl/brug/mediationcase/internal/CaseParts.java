package nl.brug.mediationcase.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import nl.brug.mediationcase.agreement.AgreementItemData;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.session.SessionData;

/**
 * The parts of one case that its mediators add to and change: parties, sessions, journal notes and agreement
 * items. Works on the case's own lists; every change goes through the case ({@link MediationCase#changePart}),
 * which refuses it on a closed case and records who changed the case when.
 */
public final class CaseParts {

    private final MediationCase theCase;
    private final List<Party> parties;
    private final List<CaseSession> sessions;
    private final List<JournalNote> notes;
    private final List<AgreementItem> items;

    CaseParts(MediationCase theCase, List<Party> parties, List<CaseSession> sessions, List<JournalNote> notes,
            List<AgreementItem> items) {
        this.theCase = theCase;
        this.parties = parties;
        this.sessions = sessions;
        this.notes = notes;
        this.items = items;
    }

    // --- parties -------------------------------------------------------------------------------------

    public Party addParty(PartyData data, Instant now, long actorId) {
        Party party = new Party(theCase, data);
        theCase.changePart(() -> parties.add(party), now, actorId);
        theCase.refreshSearchText();
        return party;
    }

    public void updateParty(Party party, PartyData data, Instant now, long actorId) {
        theCase.changePart(() -> party.apply(data), now, actorId);
        theCase.refreshSearchText();
    }

    public void removeParty(Party party, Instant now, long actorId) {
        theCase.changePart(() -> parties.remove(party), now, actorId);
        theCase.refreshSearchText();
    }

    public Optional<Party> party(long id) {
        return byId(parties, id, Party::getId);
    }

    public List<Party> parties() {
        return List.copyOf(parties);
    }

    // --- sessions ------------------------------------------------------------------------------------

    /** A held intake or joint session also sets the case's milestone dates. */
    public CaseSession addSession(SessionData data, Instant now, long actorId) {
        CaseSession session = new CaseSession(theCase, data);
        theCase.changePart(() -> sessions.add(session), now, actorId);
        theCase.sessionHeld(data);
        return session;
    }

    public void updateSession(CaseSession session, SessionData data, Instant now, long actorId) {
        theCase.changePart(() -> session.apply(data), now, actorId);
        theCase.sessionHeld(data);
    }

    public Optional<CaseSession> session(long id) {
        return byId(sessions, id, CaseSession::getId);
    }

    /** Earliest first. */
    public List<CaseSession> sessions() {
        return sessions.stream().sorted(Comparator.comparing(CaseSession::getStartsAt)).toList();
    }

    // --- journal -------------------------------------------------------------------------------------

    public JournalNote addNote(String text, boolean confidential, Instant now, long actorId) {
        JournalNote note = new JournalNote(theCase, now, actorId, text, confidential);
        theCase.changePart(() -> notes.add(note), now, actorId);
        return note;
    }

    public Optional<JournalNote> note(long id) {
        return byId(notes, id, JournalNote::getId);
    }

    /** Newest first. */
    public List<JournalNote> notes() {
        return notes.stream().sorted(Comparator.comparing(JournalNote::getWrittenAt).reversed()).toList();
    }

    // --- agreement items -----------------------------------------------------------------------------

    public AgreementItem addAgreementItem(AgreementItemData data, Instant now, long actorId) {
        AgreementItem item = new AgreementItem(theCase, data);
        theCase.changePart(() -> items.add(item), now, actorId);
        return item;
    }

    public void updateAgreementItem(AgreementItem item, AgreementItemData data, Instant now, long actorId) {
        theCase.changePart(() -> item.apply(data), now, actorId);
    }

    public void removeAgreementItem(AgreementItem item, Instant now, long actorId) {
        theCase.changePart(() -> items.remove(item), now, actorId);
    }

    public Optional<AgreementItem> agreementItem(long id) {
        return byId(items, id, AgreementItem::getId);
    }

    public List<AgreementItem> agreementItems() {
        return List.copyOf(items);
    }

    private static <P> Optional<P> byId(List<P> parts, long id, Function<P, @Nullable Long> idOf) {
        return parts.stream().filter(p -> Objects.equals(idOf.apply(p), id)).findFirst();
    }

    /** The names of the parties that have not given their consent yet, for the lifecycle's refusal. */
    List<String> namesWithoutConsent() {
        return parties.stream().filter(p -> !p.hasConsented()).map(Party::getName).toList();
    }
}
