package nl.brug.calendar.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.brug.base.BrugI18NProvider;
import nl.brug.base.DisplayFormats;
import nl.brug.mediationcase.ScheduledSession;

/**
 * Writes sessions as an iCalendar (RFC 5545) with ical4j: times in Europe/Amsterdam with the zone's VTIMEZONE
 * (so a phone elsewhere, or one with old zone data, still shows the right hour), one UID per session and its
 * version as SEQUENCE (so a changed session replaces the old copy), a cancelled one as STATUS:CANCELLED.
 * What an event says: the kind of session, the case reference and the place; never a party's name, who takes
 * part, or what was said (decision 032).
 */
@Component
public class IcsWriter {

    private static final String PRODUCT = "-//Brug//Brug mediation//NL";

    private final BrugI18NProvider i18n;
    private final VTimeZone zone;

    IcsWriter(BrugI18NProvider i18n) {
        this.i18n = i18n;
        this.zone = amsterdam();
    }

    /**
     * The VTIMEZONE for Europe/Amsterdam. The time zone database made Amsterdam a link to Brussels (same rules
     * since 1970), so ical4j answers with a component named Europe/Brussels; the events say Europe/Amsterdam,
     * and a calendar app finds a zone by that name. Same rules under the name the events use, without the
     * Brussels link (TZURL) that would say otherwise.
     */
    private static VTimeZone amsterdam() {
        TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
        VTimeZone source = zones.getTimeZone(DisplayFormats.ZONE.getId()).getVTimeZone();
        return new VTimeZone(new PropertyList(List.of(new TzId(DisplayFormats.ZONE.getId()))),
                new ComponentList<>(source.getObservances()));
    }

    /** A calendar with these sessions; {@code name} (may be empty) is what a subscribing app calls it. */
    public String write(List<ScheduledSession> sessions, Instant now, Locale locale, String name) {
        // No METHOD: with METHOD:PUBLISH a calendar is an iTIP message (RFC 5546), whose events need an ORGANIZER;
        // a file or feed to add to a calendar needs neither.
        Calendar calendar = new Calendar().add(new ProdId(PRODUCT)).add(ImmutableVersion.VERSION_2_0)
                .add(new CalScale(CalScale.VALUE_GREGORIAN));
        if (!name.isEmpty()) {
            calendar.add(new XProperty("X-WR-CALNAME", name));
            calendar.add(new XProperty("X-WR-TIMEZONE", DisplayFormats.ZONE.getId()));
        }
        calendar.add(zone);
        for (ScheduledSession session : sessions) {
            calendar.add(event(session, now, locale));
        }
        try {
            StringWriter out = new StringWriter();
            new CalendarOutputter(true).output(calendar, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private VEvent event(ScheduledSession session, Instant now, Locale locale) {
        ZonedDateTime start = session.startsAt().atZone(DisplayFormats.ZONE);
        ZonedDateTime end = session.endsAt().atZone(DisplayFormats.ZONE);
        String kind = i18n.getTranslation(session.kindKey(), locale);
        VEvent event = new VEvent(start, end, i18n.getTranslation("calendar.event.summary", locale, kind,
                session.caseReference()));
        event.add(new Uid(uid(session.id())));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, session.sequence())));
        event.replace(new DtStamp(now));
        event.add(new Status(session.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        event.add(new Description(i18n.getTranslation("calendar.event.description", locale, kind,
                session.caseReference())));
        String location = session.location();
        if (location != null && !location.isBlank()) {
            event.add(new Location(location));
        } else if (session.online()) {
            event.add(new Location(i18n.getTranslation("session.online", locale)));
        }
        return event;
    }

    /** The same UID for a session in every download and feed, so calendars update it rather than add one. */
    public static String uid(long sessionId) {
        return "session-" + sessionId + "@brug";
    }
}
