package nl.brug.document;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The organisation whose name, address and logo head every document ({@code brug.organisation.*}).
 * {@code address} may hold several lines, separated by a newline or by " | " (easier in an environment
 * variable). {@code logo} is a PNG or JPEG as a file path or {@code classpath:} location; without one the
 * letterhead is text only.
 */
@ConfigurationProperties("brug.organisation")
public record OrganisationProperties(@DefaultValue("Buurtbemiddeling") String name, @DefaultValue("") String address,
        @Nullable String logo) {
}
