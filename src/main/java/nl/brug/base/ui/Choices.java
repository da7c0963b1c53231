package nl.brug.base.ui;

import java.util.Arrays;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;

import nl.brug.base.Labelled;

/** Drop-downs over Brug's enums, labelled in the user's language. */
public final class Choices {

    private Choices() {
    }

    public static <E extends Enum<E> & Labelled> Select<E> select(Component translator, String labelKey,
            Class<E> type) {
        Select<E> select = new Select<>();
        select.setLabel(translator.getTranslation(labelKey));
        select.setItems(Arrays.asList(type.getEnumConstants()));
        select.setItemLabelGenerator(value -> value == null ? "" : translator.getTranslation(value.messageKey()));
        selectOnlyCombobox(select);
        return select;
    }

    /**
     * Gives the select's value button the role of a select-only combobox (the WAI-ARIA pattern for a
     * drop-down), instead of Vaadin's "button": a required select puts {@code aria-required} on it, which
     * a button may not carry (axe-core: aria-allowed-attr, critical), so a screen reader would not say that
     * the field is required. Role, name, state and required-ness are then all announced as for a drop-down.
     */
    public static void selectOnlyCombobox(Select<?> select) {
        select.getElement().executeJs("let tries = 0; const fix = () => { const button = this.querySelector("
                + "'vaadin-select-value-button'); if (button) { button.setAttribute('role', 'combobox'); }"
                + " else if (tries++ < 50) { requestAnimationFrame(fix); } }; fix();");
    }

    public static <E extends Enum<E> & Labelled> ComboBox<E> comboBox(Component translator, String labelKey,
            Class<E> type) {
        ComboBox<E> box = new ComboBox<>(translator.getTranslation(labelKey));
        box.setItems(Arrays.asList(type.getEnumConstants()));
        box.setItemLabelGenerator(value -> value == null ? "" : translator.getTranslation(value.messageKey()));
        return box;
    }
}
