package nl.brug.base;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Counting in working days, as Dutch practice states its terms ("intake within 5 working days"): Monday to
 * Friday, without the Dutch public holidays ({@link DutchPublicHolidays}). Everything in Brug that counts
 * working days counts them here.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The day that lies the given number of working days after {@code start}. */
    public static LocalDate after(LocalDate start, int days) {
        LocalDate date = start;
        int added = 0;
        while (added < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                added++;
            }
        }
        return date;
    }

    public static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !DutchPublicHolidays.isHoliday(date);
    }
}
