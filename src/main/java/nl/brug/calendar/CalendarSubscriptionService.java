package nl.brug.calendar;

import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.brug.account.AccountSummary;
import nl.brug.account.AccountService;
import nl.brug.audit.AuditAction;
import nl.brug.audit.AuditService;
import nl.brug.base.BrugClock;
import nl.brug.base.BrugI18NProvider;
import nl.brug.base.DisplayFormats;
import nl.brug.calendar.internal.CalendarSubscription;
import nl.brug.calendar.internal.CalendarSubscriptionRepository;
import nl.brug.calendar.internal.FeedTokens;
import nl.brug.calendar.internal.IcsWriter;
import nl.brug.mediationcase.CaseSessionService;
import nl.brug.mediationcase.ScheduledSession;
import nl.brug.security.CurrentUser;
import nl.brug.security.Role;
import nl.brug.security.SystemTask;

/**
 * Each mediator's calendar subscription: an address with a long random token that a phone's calendar polls
 * without a login. The mediator makes it, replaces it (the old one stops working) or withdraws it; the feed
 * ({@link #feed}) serves their sessions to whoever holds the token — the token is the credential.
 */
@Service
public class CalendarSubscriptionService {

    /** The feed's window: recent sessions stay visible for a while, the coming months are there to plan. */
    static final Period FEED_PAST = Period.ofWeeks(4);
    static final Period FEED_AHEAD = Period.ofMonths(6);

    private final CalendarSubscriptionRepository subscriptions;
    private final CaseSessionService sessions;
    private final AccountService accounts;
    private final IcsWriter ics;
    private final AuditService audit;
    private final BrugClock clock;
    private final BrugI18NProvider i18n;

    CalendarSubscriptionService(CalendarSubscriptionRepository subscriptions, CaseSessionService sessions,
            AccountService accounts, IcsWriter ics, AuditService audit, BrugClock clock, BrugI18NProvider i18n) {
        this.subscriptions = subscriptions;
        this.sessions = sessions;
        this.accounts = accounts;
        this.ics = ics;
        this.audit = audit;
        this.clock = clock;
        this.i18n = i18n;
    }

    @PreAuthorize("hasRole('MEDIATOR')")
    @Transactional(readOnly = true)
    public MyCalendarAddress mine() {
        return new MyCalendarAddress(subscriptions.findById(CurrentUser.require().accountId())
                .map(CalendarSubscription::createdAt).orElse(null));
    }

    /** Makes a new address for the signed-in mediator; an existing one stops working at once. */
    @PreAuthorize("hasRole('MEDIATOR')")
    @Transactional
    public NewCalendarAddress renew() {
        long me = CurrentUser.require().accountId();
        String token = FeedTokens.newToken();
        Instant now = clock.now();
        subscriptions.findById(me).ifPresentOrElse(existing -> existing.renew(FeedTokens.hash(token), now),
                () -> subscriptions.save(new CalendarSubscription(me, FeedTokens.hash(token), now)));
        audit.record(AuditAction.CALENDAR_ADDRESS_MADE, null, null);
        return new NewCalendarAddress(token);
    }

    /** Withdraws the signed-in mediator's address: phones get "not found" from then on. */
    @PreAuthorize("hasRole('MEDIATOR')")
    @Transactional
    public void revoke() {
        long me = CurrentUser.require().accountId();
        if (subscriptions.existsById(me)) {
            subscriptions.deleteById(me);
            audit.record(AuditAction.CALENDAR_ADDRESS_REVOKED, null, null);
        }
    }

    /**
     * The calendar behind a token, for anyone who holds it (a phone cannot log in): the sessions of the
     * mediator it belongs to, from {@link #FEED_PAST} ago to {@link #FEED_AHEAD} ahead, cancelled ones as
     * cancelled events. Empty for an unknown, replaced or withdrawn token, and for an account that is no
     * longer an enabled mediator. Not audited: phones ask every few minutes to hours.
     */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (!FeedTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return subscriptions.findByTokenHash(FeedTokens.hash(token)).flatMap(subscription ->
                SystemTask.run("calendar feed", () -> feedOf(subscription.accountId())));
    }

    private Optional<String> feedOf(long accountId) {
        Optional<AccountSummary> account = accounts.find(accountId);
        if (account.isEmpty() || !account.get().enabled() || !account.get().roles().contains(Role.MEDIATOR)) {
            return Optional.empty();
        }
        Instant now = clock.now();
        ZonedDateTime today = clock.today().atStartOfDay(DisplayFormats.ZONE);
        List<ScheduledSession> found = sessions.sessionsOf(accountId, today.minus(FEED_PAST).toInstant(),
                today.plus(FEED_AHEAD).toInstant());
        return Optional.of(ics.write(found, now, BrugI18NProvider.DUTCH,
                i18n.getTranslation("calendar.feed.name", BrugI18NProvider.DUTCH)));
    }
}
