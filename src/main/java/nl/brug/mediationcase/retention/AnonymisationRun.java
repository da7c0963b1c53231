package nl.brug.mediationcase.retention;

import java.time.Instant;
import java.util.List;

/**
 * What one run of the anonymisation did: the cases it anonymised and those where it failed (each left as it
 * was, tried again on the next run).
 */
public record AnonymisationRun(Instant at, List<String> anonymised, List<String> failed) {
}
