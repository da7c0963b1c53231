package nl.brug.reporting;

import java.text.NumberFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import nl.brug.base.BrugI18NProvider;

/** The report's numbers as the reader writes them: 67% and 22,5 in Dutch, 67% and 22.5 in English. */
public final class ReportFormats {

    /** Shown where a figure does not exist (no closed case, no agreement) rather than a false 0. */
    public static final String NONE = "—";

    private ReportFormats() {
    }

    public static String count(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(BrugI18NProvider.supported(locale)).format(value);
    }

    /** A fraction 0..1 as a whole percentage. */
    public static String percent(@Nullable Double fraction, Locale locale) {
        return fraction == null ? NONE : withDigits(NumberFormat.getPercentInstance(BrugI18NProvider.supported(locale)),
                0).format(fraction);
    }

    /** A median of whole days: whole, or with one decimal (the mean of the two middle cases). */
    public static String days(@Nullable Double days, Locale locale) {
        return days == null ? NONE : withDigits(NumberFormat.getNumberInstance(BrugI18NProvider.supported(locale)),
                1).format(days);
    }

    private static NumberFormat withDigits(NumberFormat format, int maximumFractionDigits) {
        format.setMaximumFractionDigits(maximumFractionDigits);
        return format;
    }
}
