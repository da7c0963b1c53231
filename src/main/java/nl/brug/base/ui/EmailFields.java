package nl.brug.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.EmailField;

import nl.brug.base.ContactRules;

/**
 * E-mail fields that say what is wrong. The field checks the form of the address itself, before any rule
 * of ours runs; without a sentence for that check it would turn red with no message at all.
 */
public final class EmailFields {

    private EmailFields() {
    }

    public static EmailField create(Component translator, String labelKey, String invalidMessageKey) {
        EmailField field = new EmailField(translator.getTranslation(labelKey));
        field.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage(translator.getTranslation(invalidMessageKey)));
        return TextLimits.limit(field, ContactRules.EMAIL_MAX);
    }
}
