package nl.brug.calendar;

/**
 * A calendar address just made: the secret token that goes into the address (shown this once) and the
 * path under which the feed answers, relative to Brug's public address.
 */
public record NewCalendarAddress(String token) {

    /** Where the feed is served; the security configuration lets it in without a login. */
    public static final String PATH_PREFIX = "/calendar/";
    public static final String SUFFIX = ".ics";

    public String path() {
        return PATH_PREFIX + token + SUFFIX;
    }

    @Override
    public String toString() {
        // Never the token in a log line or an exception message.
        return "NewCalendarAddress[token=…]";
    }
}
