package nl.brug.base;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service refused input. Carries, in the order found, one {@link FieldError} per form field: the message
 * (a translation key and its arguments) to show next to that field, so the form can say what is wrong where it
 * is wrong. Nothing was saved.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("Invalid input: " + errors);
        this.errors = List.copyOf(errors);
    }

    /** Messages without arguments, field name to translation key, in the map's order. */
    public InvalidInputException(Map<String, String> fieldMessageKeys) {
        this(fieldMessageKeys.entrySet().stream().map(e -> FieldError.of(e.getKey(), e.getValue())).toList());
    }

    public static InvalidInputException of(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(List.of(FieldError.of(field, messageKey, arguments)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Optional<FieldError> errorFor(String field) {
        return errors.stream().filter(error -> error.field().equals(field)).findFirst();
    }

    /** Field name to translation key, in the order the problems were found (the arguments left out). */
    public Map<String, String> fieldMessageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        errors.forEach(error -> keys.putIfAbsent(error.field(), error.messageKey()));
        return Collections.unmodifiableMap(keys);
    }
}
