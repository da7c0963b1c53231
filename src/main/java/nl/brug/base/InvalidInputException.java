package nl.brug.base;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A service refused input. Carries, per form field, the translation key of the message to show next to
 * that field, so the form can say what is wrong where it is wrong. Nothing was saved.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldMessageKeys;

    public InvalidInputException(Map<String, String> fieldMessageKeys) {
        super("Invalid input: " + fieldMessageKeys);
        this.fieldMessageKeys = Map.copyOf(new LinkedHashMap<>(fieldMessageKeys));
    }

    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(Map.of(field, messageKey));
    }

    public Map<String, String> fieldMessageKeys() {
        return fieldMessageKeys;
    }
}
