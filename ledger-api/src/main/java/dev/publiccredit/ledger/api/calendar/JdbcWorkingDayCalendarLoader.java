package dev.publiccredit.ledger.api.calendar;

import dev.publiccredit.ledger.core.calendar.CalendarDay;
import dev.publiccredit.ledger.core.calendar.DayKind;
import dev.publiccredit.ledger.core.calendar.WorkingDayCalendar;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads the {@link WorkingDayCalendar} from the tables created by migration {@code V2__working_day_calendar.sql}:
 * the covered years from {@code working_day_calendar_year} and their entries from
 * {@code working_day_calendar_day}. The data is validated again by {@link WorkingDayCalendar#of}, so a bad row
 * fails the load with an {@link IllegalArgumentException} instead of producing wrong deadlines.
 */
public final class JdbcWorkingDayCalendarLoader {

    private final JdbcClient jdbc;

    public JdbcWorkingDayCalendarLoader(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    /** Reads both tables and builds the calendar they describe. */
    public WorkingDayCalendar load() {
        Set<Integer> coveredYears = new HashSet<>(jdbc.sql("SELECT year FROM working_day_calendar_year ORDER BY year")
                .query(Integer.class)
                .list());
        List<CalendarDay> days = jdbc.sql("SELECT day, kind, name FROM working_day_calendar_day ORDER BY day")
                .query(JdbcWorkingDayCalendarLoader::calendarDay)
                .list();
        return WorkingDayCalendar.of(coveredYears, days);
    }

    /** One row of {@code working_day_calendar_day} (columns day, kind, name). */
    public static CalendarDay calendarDay(ResultSet row, int rowNumber) throws SQLException {
        return new CalendarDay(
                row.getObject("day", LocalDate.class),
                DayKind.valueOf(row.getString("kind")),
                row.getString("name"));
    }
}
