package nl.brug.base.ui;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextFieldBase;

/**
 * Text fields that never lose a character unseen. A browser's own {@code maxlength} cuts a pasted text off
 * without a word, so Brug sets none. Instead the field counts the characters, says next to itself when the
 * text is longer than its column allows, and keeps the whole text so the user can shorten it; the form and
 * the service refuse to save it (the services check the same limits).
 * <p>
 * A text area always shows its count; a single-line field from 80% of its limit on, so a short field does
 * not carry a counter for nothing. A password field shows no count (the dots already show the length) but
 * is refused the same way. Characters are counted as the services count them: without leading and
 * trailing spaces.
 */
public final class TextLimits {

    /** Single-line fields show their count from this share of the limit on. */
    private static final double SHOW_COUNT_FROM = 0.8;
    /**
     * How long the browser waits after the last key before it sends the text for counting. Measured in
     * Chromium: at 800 ms, 41 keys typed fluently and 21 keys typed slowly (one per 400 ms) each cost one
     * request; at 300 ms the slow typing cost one request per key.
     */
    private static final int COUNT_DELAY_MS = 800;

    private TextLimits() {
    }

    /** Gives the field its limit: a counter, and a message when the text is too long. Call it after setting a helper text. */
    public static <F extends TextFieldBase<F, String>> F limit(F field, int max) {
        Limit limit = new Limit(field, max);
        ComponentUtil.setData(field, Limit.class, limit);
        field.addValueChangeListener(e -> limit.update(e.getValue()));
        if (limit.counted) {
            // The value reaches the server when the user leaves the field; the count follows the typing.
            field.getElement().addEventListener("input", e -> {
                var typed = e.getEventData().get("element.value");
                limit.update(typed == null ? "" : typed.asString(""));
            }).addEventData("element.value").debounce(COUNT_DELAY_MS);
            field.getElement().addPropertyChangeListener("readonly", e -> limit.update(field.getValue()));
        }
        limit.update(field.getValue());
        return field;
    }

    /**
     * A text the user must give (a reason): "Vul dit veld in." next to an empty field, the limit's remark next
     * to one that is too long.
     *
     * @return true when the field holds a text within its limit
     */
    public static boolean filledInAndWithin(TextArea field) {
        if (field.getValue().isBlank()) {
            field.setErrorMessage(field.getTranslation("field.required"));
            field.setInvalid(true);
            return false;
        }
        return allWithin(field);
    }

    /**
     * Marks each limited field whose text is too long. Forms call this before they save, so they refuse an
     * over-long text themselves instead of leaving it to the service.
     *
     * @return true when every field is within its limit
     */
    public static boolean allWithin(Component... fields) {
        return allWithin(Arrays.asList(fields));
    }

    /** As {@link #allWithin(Component...)}, for a form's map of fields ({@code fields.values()}). */
    public static boolean allWithin(Collection<?> fields) {
        boolean within = true;
        for (Object field : fields) {
            Limit limit = field instanceof Component component ? ComponentUtil.getData(component, Limit.class) : null;
            if (limit != null) {
                within &= limit.update(limit.field.getValue());
            }
        }
        return within;
    }

    private static int length(@Nullable String text) {
        return text == null ? 0 : text.strip().length();
    }

    /** One field's limit and what it shows. */
    private static final class Limit {

        private final TextFieldBase<?, String> field;
        private final int max;
        private final boolean counted;
        private final boolean alwaysCounted;
        private final @Nullable String help;
        private final Div helper = new Div();
        private final Div counter = new Div();
        private boolean helperShown;
        private @Nullable String messageShown;

        Limit(TextFieldBase<?, String> field, int max) {
            this.field = field;
            this.max = max;
            this.counted = !(field instanceof PasswordField);
            this.alwaysCounted = field instanceof TextArea;
            String existing = field.getHelperText();
            this.help = existing == null || existing.isBlank() ? null : existing;
            helper.addClassName("brug-field-helper");
            if (help != null) {
                helper.add(new Div(help));
            }
            counter.addClassName("brug-counter");
            helper.add(counter);
        }

        /** Shows the count and the message for this text; returns true when it is within the limit. */
        boolean update(@Nullable String text) {
            int length = length(text);
            boolean tooLong = length > max;
            if (counted) {
                boolean showCount = !field.isReadOnly()
                        && (alwaysCounted || tooLong || length >= Math.ceil(max * SHOW_COUNT_FROM));
                counter.setText(field.getTranslation("field.count", length, max));
                counter.setVisible(showCount);
                showHelper(showCount || help != null);
            }
            if (tooLong) {
                messageShown = field.getTranslation("field.tooLong.count", length, max);
                field.setErrorMessage(messageShown);
                field.setInvalid(true);
            } else if (messageShown != null && Objects.equals(messageShown, field.getErrorMessage())) {
                // Only our own message is taken away; a form's message for another problem stays.
                field.setInvalid(false);
                field.setErrorMessage(null);
                messageShown = null;
            }
            return !tooLong;
        }

        private void showHelper(boolean show) {
            if (show != helperShown) {
                field.setHelperComponent(show ? helper : null);
                helperShown = show;
            }
        }
    }
}
