package dev.publiccredit.ledger.core.calendar;

import static dev.publiccredit.ledger.core.calendar.DayKind.HOLIDAY;
import static dev.publiccredit.ledger.core.calendar.DayKind.MAKE_UP_WORKDAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The 2025 and 2026 tables of credit-rules.md §7, typed in by hand for the tests. */
public final class OfficialCalendars {

    static final String NEW_YEAR = "元旦 New Year's Day";
    static final String SPRING_FESTIVAL = "春节 Spring Festival";
    static final String QINGMING = "清明节 Qingming Festival";
    static final String LABOUR_DAY = "劳动节 Labour Day";
    static final String DRAGON_BOAT = "端午节 Dragon Boat Festival";
    static final String MID_AUTUMN = "中秋节 Mid-Autumn Festival";
    static final String NATIONAL_DAY = "国庆节 National Day";
    static final String NATIONAL_DAY_AND_MID_AUTUMN = "国庆节、中秋节 National Day and Mid-Autumn Festival";

    private OfficialCalendars() {
    }

    /** 2025: 国办发明电〔2024〕12号. */
    static List<CalendarDay> days2025() {
        List<CalendarDay> days = new ArrayList<>();
        holidays(days, "2025-01-01", "2025-01-01", NEW_YEAR);
        holidays(days, "2025-01-28", "2025-02-04", SPRING_FESTIVAL);
        makeUp(days, "2025-01-26", SPRING_FESTIVAL);
        makeUp(days, "2025-02-08", SPRING_FESTIVAL);
        holidays(days, "2025-04-04", "2025-04-06", QINGMING);
        holidays(days, "2025-05-01", "2025-05-05", LABOUR_DAY);
        makeUp(days, "2025-04-27", LABOUR_DAY);
        holidays(days, "2025-05-31", "2025-06-02", DRAGON_BOAT);
        holidays(days, "2025-10-01", "2025-10-08", NATIONAL_DAY_AND_MID_AUTUMN);
        makeUp(days, "2025-09-28", NATIONAL_DAY_AND_MID_AUTUMN);
        makeUp(days, "2025-10-11", NATIONAL_DAY_AND_MID_AUTUMN);
        return days;
    }

    /** 2026: State Council notice of 2025-11-04. */
    static List<CalendarDay> days2026() {
        List<CalendarDay> days = new ArrayList<>();
        holidays(days, "2026-01-01", "2026-01-03", NEW_YEAR);
        makeUp(days, "2026-01-04", NEW_YEAR);
        holidays(days, "2026-02-15", "2026-02-23", SPRING_FESTIVAL);
        makeUp(days, "2026-02-14", SPRING_FESTIVAL);
        makeUp(days, "2026-02-28", SPRING_FESTIVAL);
        holidays(days, "2026-04-04", "2026-04-06", QINGMING);
        holidays(days, "2026-05-01", "2026-05-05", LABOUR_DAY);
        makeUp(days, "2026-05-09", LABOUR_DAY);
        holidays(days, "2026-06-19", "2026-06-21", DRAGON_BOAT);
        holidays(days, "2026-09-25", "2026-09-27", MID_AUTUMN);
        holidays(days, "2026-10-01", "2026-10-07", NATIONAL_DAY);
        makeUp(days, "2026-09-20", NATIONAL_DAY);
        makeUp(days, "2026-10-10", NATIONAL_DAY);
        return days;
    }

    static List<CalendarDay> days2025And2026() {
        List<CalendarDay> days = new ArrayList<>(days2025());
        days.addAll(days2026());
        return days;
    }

    public static WorkingDayCalendar calendar2025And2026() {
        return WorkingDayCalendar.of(Set.of(2025, 2026), days2025And2026());
    }

    private static void holidays(List<CalendarDay> days, String first, String last, String name) {
        LocalDate end = LocalDate.parse(last);
        for (LocalDate date = LocalDate.parse(first); !date.isAfter(end); date = date.plusDays(1)) {
            days.add(new CalendarDay(date, HOLIDAY, name));
        }
    }

    private static void makeUp(List<CalendarDay> days, String date, String name) {
        days.add(new CalendarDay(LocalDate.parse(date), MAKE_UP_WORKDAY, name));
    }
}
