/**
 * Calendars (RFC 5545): a session of a case as an {@code .ics} file, and each mediator's subscription
 * address that phones poll without a login. {@link nl.brug.calendar.CalendarService} and
 * {@link nl.brug.calendar.CalendarSubscriptionService} are the feature's API; what a calendar may hold (no
 * party names) is decision 032.
 */
@NullMarked
package nl.brug.calendar;

import org.jspecify.annotations.NullMarked;
