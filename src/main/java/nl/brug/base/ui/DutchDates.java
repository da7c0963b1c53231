package nl.brug.base.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.data.binder.ValueContext;

import nl.brug.base.BrugI18NProvider;
import nl.brug.base.DisplayFormats;
import nl.brug.base.Periods;

/**
 * Date pickers that show and accept Dutch dates (22-11-2026) in both languages, and that tell a date that
 * cannot be read (31-02-2027, 99-99-9999, "morgen") from an empty field. The picker's value is empty in
 * both cases; without this a typed date that does not exist would be saved as "no date", or be called
 * missing although the field is filled in.
 */
public final class DutchDates {

    private DutchDates() {
    }

    /** Translation key of the message for a date that cannot be read. */
    public static final String INVALID_DATE = "field.date.invalid";
    /** Translation key of the message for a date and time that cannot be read, or only one of them filled in. */
    public static final String INVALID_DATE_TIME = "field.dateTime.invalid";

    public static DatePicker datePicker(Component translator, String labelKey) {
        DatePicker picker = new DatePicker(translator.getTranslation(labelKey));
        picker.setI18n(i18n(translator));
        // The picker checks a typed date as soon as the user leaves the field; a message set earlier by the
        // form (say "not in the future") would otherwise stay on a date that now cannot be read at all.
        picker.addValidationStatusChangeListener(e -> {
            if (unreadable(picker)) {
                picker.setErrorMessage(translator.getTranslation(INVALID_DATE));
            }
        });
        return picker;
    }

    public static DateTimePicker dateTimePicker(Component translator, String labelKey) {
        DateTimePicker picker = new DateTimePicker(translator.getTranslation(labelKey));
        // Dutch locale for the time part too: 14:30, never 2:30 PM, also in the English interface.
        picker.setLocale(BrugI18NProvider.DUTCH);
        picker.setDatePickerI18n(i18n(translator));
        String invalid = translator.getTranslation(INVALID_DATE_TIME);
        picker.setI18n(new DateTimePicker.DateTimePickerI18n().setBadInputErrorMessage(invalid)
                .setIncompleteInputErrorMessage(invalid));
        picker.addValidationStatusChangeListener(e -> {
            if (unreadable(picker)) {
                picker.setErrorMessage(invalid);
            }
        });
        return picker;
    }

    /**
     * The user typed something that is no date: the picker then leaves its value empty, so without this
     * check the text would silently be dropped. Asks the picker's own check of the typed text (its "bad
     * input"), which also works where the view validates the picker itself (manual validation). The check
     * runs without a value and outside a Binder, so it never reports an empty field as wrong.
     */
    public static boolean unreadable(DatePicker picker) {
        return picker.isEmpty() && picker.getDefaultValidator().apply(null, new ValueContext(picker)).isError();
    }

    /** As {@link #unreadable(DatePicker)}; a date without a time, or a time without a date, counts too. */
    public static boolean unreadable(DateTimePicker picker) {
        return picker.isEmpty() && picker.getDefaultValidator().apply(null, new ValueContext(picker)).isError();
    }

    /**
     * The date fields among a form's fields that hold text that is no date, with the message key for each:
     * what a form adds to its other problems before it saves anything. Put after a "required" check, it
     * replaces "fill this in" for a field that is filled in.
     */
    public static Map<String, String> unreadableIn(Map<String, ? extends HasValidation> fields) {
        Map<String, String> problems = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            if (field instanceof DatePicker picker && unreadable(picker)) {
                problems.put(name, INVALID_DATE);
            } else if (field instanceof DateTimePicker picker && unreadable(picker)) {
                problems.put(name, INVALID_DATE_TIME);
            }
        });
        return problems;
    }

    /**
     * Checks a period's two date fields, as a filter or a report uses them: a date that cannot be read is
     * said at its field, an end before the start at the end field ({@link Periods}). Either end may be empty.
     *
     * @return true when the period can be used
     */
    public static boolean checkPeriod(Component translator, DatePicker from, DatePicker to) {
        @Nullable String fromProblem = unreadable(from) ? INVALID_DATE : null;
        @Nullable String toProblem = unreadable(to) ? INVALID_DATE
                : Periods.reversed(from.getValue(), to.getValue()) ? Periods.TO_BEFORE_FROM : null;
        mark(translator, from, fromProblem);
        mark(translator, to, toProblem);
        return fromProblem == null && toProblem == null;
    }

    /** Shows the message of this key at the picker, or takes any message away (null). */
    public static void mark(Component translator, DatePicker picker, @Nullable String messageKey) {
        picker.setErrorMessage(messageKey == null ? null : translator.getTranslation(messageKey));
        picker.setInvalid(messageKey != null);
    }

    private static DatePicker.DatePickerI18n i18n(Component translator) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats(DisplayFormats.DATE_PATTERN, "d-M-yyyy", "d-M-yy");
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(translator.getTranslation("date.today"));
        i18n.setCancel(translator.getTranslation("action.cancel"));
        i18n.setMonthNames(List.of(translator.getTranslation("date.months").split(",")));
        i18n.setWeekdays(List.of(translator.getTranslation("date.weekdays").split(",")));
        i18n.setWeekdaysShort(List.of(translator.getTranslation("date.weekdaysShort").split(",")));
        i18n.setBadInputErrorMessage(translator.getTranslation(INVALID_DATE));
        return i18n;
    }
}
