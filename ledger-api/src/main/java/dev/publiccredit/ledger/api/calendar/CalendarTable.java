package dev.publiccredit.ledger.api.calendar;

import dev.publiccredit.ledger.core.calendar.CalendarDay;
import dev.publiccredit.ledger.core.calendar.event.CalendarYearPublished;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Feeds the calendar tables ({@code working_day_calendar_year}, {@code working_day_calendar_day}) from
 * {@link CalendarYearPublished}: the year's row and days are replaced by the published ones. Runs in the subscribing
 * processor {@value #GROUP}, inside the transaction that stores the event, so the tables never lag the event store
 * and the rules can be reloaded as soon as the command returns.
 */
@Component
@ProcessingGroup(CalendarTable.GROUP)
public class CalendarTable {

    public static final String GROUP = "configuration-data";

    private final JdbcClient jdbc;

    public CalendarTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CalendarYearPublished event) {
        jdbc.sql("""
                        INSERT INTO working_day_calendar_year (year, source, version, published_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (year) DO UPDATE SET source = excluded.source, version = excluded.version,
                            published_at = excluded.published_at""")
                .params(event.year(), event.sourceDocument(), event.version(),
                        java.sql.Timestamp.from(event.recordedAt()))
                .update();
        jdbc.sql("DELETE FROM working_day_calendar_day WHERE year = ?").param(event.year()).update();
        for (CalendarDay day : event.days()) {
            jdbc.sql("INSERT INTO working_day_calendar_day (day, kind, name) VALUES (?, ?, ?)")
                    .params(day.date(), day.kind().name(), day.name())
                    .update();
        }
    }
}
