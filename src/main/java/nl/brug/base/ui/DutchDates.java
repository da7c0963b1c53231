package nl.brug.base.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;

import nl.brug.base.BrugI18NProvider;
import nl.brug.base.DisplayFormats;

/** Date pickers that show and accept Dutch dates (22-11-2026) in both languages. */
public final class DutchDates {

    private DutchDates() {
    }

    public static DatePicker datePicker(Component translator, String labelKey) {
        DatePicker picker = new DatePicker(translator.getTranslation(labelKey));
        picker.setI18n(i18n(translator));
        return picker;
    }

    public static DateTimePicker dateTimePicker(Component translator, String labelKey) {
        DateTimePicker picker = new DateTimePicker(translator.getTranslation(labelKey));
        // Dutch locale for the time part too: 14:30, never 2:30 PM, also in the English interface.
        picker.setLocale(BrugI18NProvider.DUTCH);
        picker.setDatePickerI18n(i18n(translator));
        return picker;
    }

    /** Today in Amsterdam, as the forms check dates against it (the services use the application clock). */
    public static LocalDate today() {
        return LocalDate.now(DisplayFormats.ZONE);
    }

    /**
     * The user typed something that is no date: the picker then leaves its value empty, so without this
     * check the text would silently be dropped.
     */
    public static boolean unreadable(DatePicker picker) {
        return picker.isInvalid() && picker.isEmpty();
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
        return i18n;
    }
}
