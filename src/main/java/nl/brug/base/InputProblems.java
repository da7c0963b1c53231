package nl.brug.base;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an input rule found, in the order it checked: at most one {@link FieldError} per field (a later
 * {@code put} for the same field replaces the earlier one, {@code putIfAbsent} keeps it). The rules of a feature
 * return one; forms add their own checks ("required", unreadable dates) and show it, services throw it.
 */
public final class InputProblems {

    private final Map<String, FieldError> byField = new LinkedHashMap<>();

    public static InputProblems none() {
        return new InputProblems();
    }

    public static InputProblems of(String field, String messageKey, Object... arguments) {
        return new InputProblems().put(field, messageKey, arguments);
    }

    public InputProblems put(String field, String messageKey, Object... arguments) {
        return add(FieldError.of(field, messageKey, arguments));
    }

    public InputProblems putIfAbsent(String field, String messageKey, Object... arguments) {
        if (!byField.containsKey(field)) {
            put(field, messageKey, arguments);
        }
        return this;
    }

    public InputProblems add(FieldError error) {
        byField.put(error.field(), error);
        return this;
    }

    /** Adds the other's problems, each replacing one this already has for its field. */
    public InputProblems putAll(InputProblems other) {
        other.errors().forEach(this::add);
        return this;
    }

    /** Adds messages without arguments (field name to translation key), such as unreadable dates. */
    public InputProblems putAll(Map<String, String> fieldMessageKeys) {
        fieldMessageKeys.forEach((field, key) -> put(field, key));
        return this;
    }

    /** Adds the other's problems only for fields that have none yet. */
    public InputProblems putAllIfAbsent(InputProblems other) {
        other.errors().forEach(error -> byField.putIfAbsent(error.field(), error));
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<FieldError> errors() {
        return Collections.unmodifiableList(new ArrayList<>(byField.values()));
    }

    public InvalidInputException toException() {
        return new InvalidInputException(errors());
    }

    /** @throws InvalidInputException when there is any problem */
    public void throwIfAny() {
        if (!isEmpty()) {
            throw toException();
        }
    }

    @Override
    public String toString() {
        return errors().toString();
    }
}
