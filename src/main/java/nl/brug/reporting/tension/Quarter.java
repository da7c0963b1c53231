package nl.brug.reporting.tension;

import java.time.LocalDate;

/** A quarter of a year, the finest time a tension picture shows. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4: " + quarter);
        }
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return next().firstDay().minusDays(1);
    }

    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    public Quarter minus(int quarters) {
        int index = year * 4 + quarter - 1 - quarters;
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    /** As written in the Netherlands: "2026-K3" (kwartaal); English readers read "2026-Q3". */
    public String label(boolean dutch) {
        return year + (dutch ? "-K" : "-Q") + quarter;
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 4 + quarter, other.year * 4 + other.quarter);
    }
}
