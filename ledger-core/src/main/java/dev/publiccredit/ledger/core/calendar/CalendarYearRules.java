package dev.publiccredit.ledger.core.calendar;

import dev.publiccredit.ledger.core.shared.FieldViolation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules a published year of the official calendar keeps, each broken rule named by its path in the request
 * ({@code days[3].date}): the year is a plausible one; every day lies in it and is listed once; a make-up working day
 * (调休上班) is a Saturday or Sunday; every holiday (a name) has at least one day off that is a weekday, since a
 * holiday made only of weekend days changes no deadline; at least one holiday is listed; names and the source
 * document are short texts.
 */
public final class CalendarYearRules {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2099;
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_SOURCE_LENGTH = 200;

    private CalendarYearRules() {
    }

    /** The year alone, as given in a path. */
    public static List<FieldViolation> checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return List.of(new FieldViolation("year", "must be a year from " + FIRST_YEAR + " to " + LAST_YEAR));
        }
        return List.of();
    }

    /** Every rule; the days as parsed (date, kind and a non-blank name present). */
    public static List<FieldViolation> check(int year, List<CalendarDay> days, String sourceDocument) {
        List<FieldViolation> v = new ArrayList<>(checkYear(year));
        if (sourceDocument.isBlank()) {
            v.add(new FieldViolation("sourceDocument", "is required: the notice the days come from"));
        } else if (sourceDocument.strip().length() > MAX_SOURCE_LENGTH) {
            v.add(new FieldViolation("sourceDocument", "must be at most " + MAX_SOURCE_LENGTH + " characters"));
        }
        Map<LocalDate, Integer> firstIndex = new HashMap<>();
        Map<String, Integer> weekdayHolidays = new LinkedHashMap<>();
        Map<String, Integer> firstHolidayIndex = new HashMap<>();
        for (int i = 0; i < days.size(); i++) {
            CalendarDay day = days.get(i);
            String at = "days[" + i + "]";
            if (day.date().getYear() != year) {
                v.add(new FieldViolation(at + ".date", "is not in " + year));
            }
            Integer earlier = firstIndex.putIfAbsent(day.date(), i);
            if (earlier != null) {
                v.add(new FieldViolation(at + ".date", "is listed twice (also days[" + earlier + "])"));
            }
            if (day.name().strip().length() > MAX_NAME_LENGTH) {
                v.add(new FieldViolation(at + ".name", "must be at most " + MAX_NAME_LENGTH + " characters"));
            }
            if (day.kind() == DayKind.MAKE_UP_WORKDAY && !isWeekend(day.date())) {
                v.add(new FieldViolation(at + ".kind", "a make-up working day (调休上班) must be a Saturday or "
                        + "Sunday; " + day.date() + " is a " + day.date().getDayOfWeek()));
            }
            if (day.kind() == DayKind.HOLIDAY) {
                String name = day.name().strip();
                firstHolidayIndex.putIfAbsent(name, i);
                weekdayHolidays.merge(name, isWeekend(day.date()) ? 0 : 1, Integer::sum);
            }
        }
        if (firstHolidayIndex.isEmpty()) {
            v.add(new FieldViolation("days", "must list the year's holidays (at least one HOLIDAY)"));
        }
        weekdayHolidays.forEach((name, weekdays) -> {
            if (weekdays == 0) {
                v.add(new FieldViolation("days[" + firstHolidayIndex.get(name) + "].kind", "the holiday " + name
                        + " has only weekend days off; a holiday takes at least one weekday off"));
            }
        });
        return v;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
