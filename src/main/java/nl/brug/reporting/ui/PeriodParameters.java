package nl.brug.reporting.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.router.QueryParameters;

import nl.brug.base.InvalidInputException;
import nl.brug.reporting.ReportPeriod;

/**
 * The report's period in the URL ({@code ?from=2026-01-01&to=2026-03-31}), so a link or the back button
 * brings the same report back. A missing, malformed or reversed period falls back to this year so far
 * rather than failing the page.
 */
final class PeriodParameters {

    static final String FROM = "from";
    static final String TO = "to";

    private PeriodParameters() {
    }

    static ReportPeriod read(QueryParameters parameters, LocalDate today) {
        ReportPeriod yearToDate = ReportPeriod.yearToDate(today);
        Map<String, List<String>> values = parameters.getParameters();
        LocalDate from = date(values, FROM).orElse(yearToDate.from());
        LocalDate to = date(values, TO).orElse(yearToDate.to());
        try {
            return new ReportPeriod(from, to);
        } catch (InvalidInputException reversed) {
            return yearToDate;
        }
    }

    static QueryParameters write(ReportPeriod period) {
        return QueryParameters.simple(Map.of(FROM, period.from().toString(), TO, period.to().toString()));
    }

    private static Optional<LocalDate> date(Map<String, List<String>> values, String key) {
        return values.getOrDefault(key, List.of()).stream().findFirst().flatMap(value -> {
            try {
                return Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException malformed) {
                return Optional.empty();
            }
        });
    }
}
