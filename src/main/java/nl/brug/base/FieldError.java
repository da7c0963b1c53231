package nl.brug.base;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with one form field: the field's name on the form, the translation key of the message, and
 * the message's arguments ({@code field.tooLong} takes the limit). A value, not a sentence: the view
 * translates it in the user's language.
 */
public record FieldError(String field, String messageKey, List<Object> arguments) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    public static FieldError of(String field, String messageKey, Object... arguments) {
        return new FieldError(field, messageKey, List.of(arguments));
    }

    /** The same message for another field (a party's problem shown on the registration's party list). */
    public FieldError on(String otherField) {
        return new FieldError(otherField, messageKey, arguments);
    }
}
