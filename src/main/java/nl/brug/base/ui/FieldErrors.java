package nl.brug.base.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

import nl.brug.base.FieldError;
import nl.brug.base.InputProblems;
import nl.brug.base.InvalidInputException;

/** Puts a service's refusal next to the fields it concerns, in the user's language. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * @return true if every message found a field; false if some message concerns no field on the form
     *         (the caller then shows it as a general message)
     */
    public static boolean show(Component translator,
            InvalidInputException refusal, Map<String, ? extends HasValidation> fieldsByName) {
        boolean allPlaced = true;
        for (FieldError error : refusal.errors()) {
            HasValidation field = fieldsByName.get(error.field());
            if (field == null) {
                allPlaced = false;
                continue;
            }
            field.setErrorMessage(translate(translator, error));
            field.setInvalid(true);
        }
        return allPlaced;
    }

    /** The message in the user's language, with its arguments ({@code field.tooLong} says the limit). */
    public static String translate(Component translator, FieldError error) {
        return translator.getTranslation(error.messageKey(), error.arguments().toArray());
    }

    /** Shows the messages of a rule check; returns true when there were none. */
    public static boolean showAll(Component translator, InputProblems problems,
            Map<String, ? extends HasValidation> fieldsByName) {
        clear(fieldsByName);
        if (problems.isEmpty()) {
            return true;
        }
        show(translator, problems.toException(), fieldsByName);
        return false;
    }

    /** As {@link #showAll(Component, InputProblems, Map)}, for messages without arguments (field name to key). */
    public static boolean showAll(Component translator, Map<String, String> problems,
            Map<String, ? extends HasValidation> fieldsByName) {
        return showAll(translator, InputProblems.none().putAll(problems), fieldsByName);
    }

    public static void clear(Map<String, ? extends HasValidation> fieldsByName) {
        fieldsByName.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }
}
