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
        return select;
    }

    public static <E extends Enum<E> & Labelled> ComboBox<E> comboBox(Component translator, String labelKey,
            Class<E> type) {
        ComboBox<E> box = new ComboBox<>(translator.getTranslation(labelKey));
        box.setItems(Arrays.asList(type.getEnumConstants()));
        box.setItemLabelGenerator(value -> value == null ? "" : translator.getTranslation(value.messageKey()));
        return box;
    }
}
