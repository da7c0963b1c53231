package nl.brug.base;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Set;
import java.util.TreeSet;

/**
 * The public holidays on which Dutch organisations do not work, computed for any year rather than typed in per
 * year: New Year's Day, Easter Monday, King's Day (27 April, or the 26th when the 27th is a Sunday), Liberation
 * Day in lustrum years (5 May of 2025, 2030, …, when most collective agreements give the day off), Ascension
 * Day, Whit Monday, and Christmas Day and Boxing Day. Easter Sunday and Whit Sunday are Sundays anyway, and Good
 * Friday is not a general day off.
 */
public final class DutchPublicHolidays {

    private DutchPublicHolidays() {
    }

    public static boolean isHoliday(LocalDate date) {
        return of(date.getYear()).contains(date);
    }

    /** The holidays of one year, in date order. */
    public static Set<LocalDate> of(int year) {
        LocalDate easter = easterSunday(year);
        Set<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(year, Month.JANUARY, 1));
        days.add(easter.plusDays(1));
        LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
        days.add(kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY ? kingsDay.minusDays(1) : kingsDay);
        if (year % 5 == 0) {
            days.add(LocalDate.of(year, Month.MAY, 5));
        }
        days.add(easter.plusDays(39));
        days.add(easter.plusDays(50));
        days.add(LocalDate.of(year, Month.DECEMBER, 25));
        days.add(LocalDate.of(year, Month.DECEMBER, 26));
        return days;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
