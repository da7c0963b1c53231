package nl.brug.mediationcase.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.router.QueryParameters;

import nl.brug.mediationcase.CaseFilter;
import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.Theme;

/**
 * The case list's filter as URL query parameters ({@code ?q=...&status=INTAKE,CLOSED&kind=...&theme=...
 * &from=2026-01-01&to=...}), so a link or the back button brings the same list back. Unknown or
 * malformed values are ignored rather than failing the page.
 */
final class CaseFilterParameters {

    static final String TEXT = "q";
    static final String STATUS = "status";
    static final String KIND = "kind";
    static final String THEME = "theme";
    static final String FROM = "from";
    static final String TO = "to";

    private CaseFilterParameters() {
    }

    static CaseFilter read(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        String text = first(values, TEXT).orElse("");
        Set<CaseStatus> statuses = first(values, STATUS).map(CaseFilterParameters::statuses)
                .orElse(EnumSet.noneOf(CaseStatus.class));
        CaseKind kind = first(values, KIND).map(v -> parseEnum(CaseKind.class, v)).orElse(null);
        Theme theme = first(values, THEME).map(v -> parseEnum(Theme.class, v)).orElse(null);
        LocalDate from = first(values, FROM).map(CaseFilterParameters::date).orElse(null);
        LocalDate to = first(values, TO).map(CaseFilterParameters::date).orElse(null);
        return new CaseFilter(text, statuses, kind, theme, from, to);
    }

    static QueryParameters write(CaseFilter filter) {
        Map<String, String> values = new LinkedHashMap<>();
        if (!filter.text().isEmpty()) {
            values.put(TEXT, filter.text());
        }
        if (!filter.statuses().isEmpty()) {
            values.put(STATUS, filter.statuses().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        }
        if (filter.kind() != null) {
            values.put(KIND, filter.kind().name());
        }
        if (filter.theme() != null) {
            values.put(THEME, filter.theme().name());
        }
        if (filter.registeredFrom() != null) {
            values.put(FROM, filter.registeredFrom().toString());
        }
        if (filter.registeredTo() != null) {
            values.put(TO, filter.registeredTo().toString());
        }
        return QueryParameters.simple(values);
    }

    private static Optional<String> first(Map<String, List<String>> values, String key) {
        return values.getOrDefault(key, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
    }

    private static Set<CaseStatus> statuses(String value) {
        Set<CaseStatus> result = EnumSet.noneOf(CaseStatus.class);
        Arrays.stream(value.split(",")).map(v -> parseEnum(CaseStatus.class, v.strip()))
                .filter(java.util.Objects::nonNull).forEach(result::add);
        return result;
    }

    private static <E extends Enum<E>> @Nullable E parseEnum(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static @Nullable LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }
}
