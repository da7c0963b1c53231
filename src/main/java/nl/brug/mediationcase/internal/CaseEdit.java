package nl.brug.mediationcase.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import nl.brug.mediationcase.StaleCaseException;
import nl.brug.security.BrugUser;

/**
 * One change of one case, as a service method makes it: the case, who changes it, and the moment, each looked
 * up once for the whole call. Handed out by {@link CaseAccess#change}.
 */
public final class CaseEdit {

    private final MediationCase theCase;
    private final BrugUser user;
    private final Instant now;
    private final LocalDate today;
    private final LocalDateTime localNow;
    private final CaseAccess access;

    CaseEdit(MediationCase theCase, BrugUser user, Instant now, LocalDate today, LocalDateTime localNow,
            CaseAccess access) {
        this.theCase = theCase;
        this.user = user;
        this.now = now;
        this.today = today;
        this.localNow = localNow;
        this.access = access;
    }

    public MediationCase theCase() {
        return theCase;
    }

    public BrugUser user() {
        return user;
    }

    public long actorId() {
        return user.accountId();
    }

    public Instant now() {
        return now;
    }

    /** Today in Amsterdam. */
    public LocalDate today() {
        return today;
    }

    /** Now as a local Amsterdam date and time, for session times. */
    public LocalDateTime localNow() {
        return localNow;
    }

    /** The case as the user last saw it, or {@link StaleCaseException} saying who changed it since. */
    public void requireCaseVersion(long expected) {
        access.requireVersion(theCase, expected, theCase.getVersion());
    }

    /**
     * The part (party, session, item) the user edits, as they last saw it: a part that is gone or was saved by
     * someone else since is refused as stale.
     */
    public <P extends VersionedPart> P part(Optional<P> found, long expectedVersion) {
        P part = found.orElseThrow(() -> access.staleFor(theCase));
        access.requireVersion(theCase, expectedVersion, part.getVersion());
        return part;
    }
}
