package nl.brug.reporting.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The middle value of a list of whole numbers: for an even count, the mean of the two middle ones. The report
 * computed its median with this in Java until decision 036 moved it into SQL; the tests keep it as the reference
 * the database must agree with.
 */
public final class Median {

    private Median() {
    }

    /** Null for an empty list: there is no middle of nothing, and 0 would look like a real answer. */
    public static @Nullable Double of(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int middle = sorted.length / 2;
        if (sorted.length % 2 == 1) {
            return (double) sorted[middle];
        }
        // Half the sum, written so two large values cannot overflow.
        return sorted[middle - 1] / 2.0 + sorted[middle] / 2.0;
    }
}
