package nl.brug.testsupport;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;

/**
 * For view tests without a browser: what the browser tells the server when a user types a date that does not
 * exist (31-02-2027, 99-99-9999) into a date picker and leaves the field. The picker's web component cannot
 * read the text, so it keeps the value empty, sends the typed text along as {@code _inputElementValue} and
 * fires {@code unparsable-change} (an empty field) or clears the value (a field that held a date). The view
 * tests' own {@code setValue} cannot express this: it only knows dates.
 */
public final class TypedDates {

    private TypedDates() {
    }

    public static void typeUnreadable(DatePicker picker, String text) {
        Element element = picker.getElement();
        element.setProperty("_inputElementValue", text);
        if (picker.isEmpty()) {
            fire(element, "unparsable-change");
        } else {
            try {
                // As the browser does: the value becomes empty while the typed text stays in the field.
                element.getNode().getFeature(ElementPropertyMap.class).deferredUpdateFromClient("value", "").run();
            } catch (com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException denied) {
                throw new IllegalStateException(denied);
            }
        }
    }

    /** Types text that is no date into the date part of an empty date-time picker. */
    public static void typeUnreadableDate(DateTimePicker picker, String text) {
        DatePicker datePart = picker.getChildren().filter(DatePicker.class::isInstance).map(DatePicker.class::cast)
                .findFirst().orElseThrow();
        datePart.getElement().setProperty("_inputElementValue", text);
        fire(datePart.getElement(), "unparsable-change");
        fire(picker.getElement(), "unparsable-change");
    }

    private static void fire(Element element, String type) {
        element.getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(element, type, JacksonUtils.createObjectNode()));
    }
}
