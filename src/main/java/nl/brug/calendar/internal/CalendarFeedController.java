package nl.brug.calendar.internal;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import nl.brug.calendar.CalendarSubscriptionService;

/**
 * The subscription feed over plain HTTP, outside Vaadin: a phone's calendar polls it without a login (the
 * security configuration lets {@code /calendar/*} through). The token in the address is the credential; an
 * unknown, replaced or withdrawn one gets 404, the same answer for each.
 */
@RestController
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarSubscriptionService subscriptions;

    CalendarFeedController(CalendarSubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token) {
        return subscriptions.feed(token)
                .map(ics -> ResponseEntity.ok().contentType(TEXT_CALENDAR)
                        // Personal: no shared cache keeps it; the phone asks again each time.
                        .cacheControl(CacheControl.noStore().cachePrivate())
                        .body(ics.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
