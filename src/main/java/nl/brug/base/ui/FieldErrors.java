package nl.brug.base.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

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
        for (Map.Entry<String, String> error : refusal.fieldMessageKeys().entrySet()) {
            HasValidation field = fieldsByName.get(error.getKey());
            if (field == null) {
                allPlaced = false;
                continue;
            }
            field.setErrorMessage(translator.getTranslation(error.getValue()));
            field.setInvalid(true);
        }
        return allPlaced;
    }

    /** Shows the messages of a rule check (field name to translation key); returns true when there were none. */
    public static boolean showAll(Component translator, Map<String, String> problems,
            Map<String, ? extends HasValidation> fieldsByName) {
        clear(fieldsByName);
        if (problems.isEmpty()) {
            return true;
        }
        show(translator, new InvalidInputException(problems), fieldsByName);
        return false;
    }

    public static void clear(Map<String, ? extends HasValidation> fieldsByName) {
        fieldsByName.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }
}
