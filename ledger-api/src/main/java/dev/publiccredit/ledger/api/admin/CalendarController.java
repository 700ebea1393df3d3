package dev.publiccredit.ledger.api.admin;

import dev.publiccredit.ledger.api.calendar.JdbcWorkingDayCalendarLoader;
import dev.publiccredit.ledger.api.config.LedgerRules;
import dev.publiccredit.ledger.api.web.InvalidRequest;
import dev.publiccredit.ledger.api.web.NotFound;
import dev.publiccredit.ledger.api.web.RequestMetadata;
import dev.publiccredit.ledger.core.calendar.CalendarDay;
import dev.publiccredit.ledger.core.calendar.CalendarYear;
import dev.publiccredit.ledger.core.calendar.CalendarYearRules;
import dev.publiccredit.ledger.core.calendar.DayKind;
import dev.publiccredit.ledger.core.calendar.WorkingDayCalendar;
import dev.publiccredit.ledger.core.calendar.command.PublishCalendarYear;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.InvalidRecordContent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The official working-day calendar as data the platform administrator publishes: one year at a time, each
 * publication an event ({@code CalendarYearPublished}) that feeds the calendar tables and applies to deadlines
 * computed from the next command on, without a restart. Deadlines already stored keep the calendar they were
 * computed with.
 */
@RestController
@RequestMapping(path = "/api/v1/admin/calendar", produces = "application/json")
@Tag(name = "Administration", description = "Configuration data: calendar, policies in force, measures catalogue")
public class CalendarController {

    private final CommandGateway commands;
    private final LedgerRules rules;
    private final JdbcClient jdbc;
    private final RequestMetadata metadata;
    private final Clock clock;

    public CalendarController(CommandGateway commands, LedgerRules rules, JdbcClient jdbc, RequestMetadata metadata,
                              Clock clock) {
        this.commands = commands;
        this.rules = rules;
        this.jdbc = jdbc;
        this.metadata = metadata;
        this.clock = clock;
    }

    /** The calendar in force, and the years asked for. */
    public record CalendarView(String version, List<Integer> coveredYears, List<YearView> years) {
    }

    /**
     * One covered year: its source, the fingerprint of its data, when it was published through this API (null for
     * years loaded by migration), and its days that are not ordinary, in date order.
     */
    public record YearView(int year, String sourceDocument, String version, @Nullable Instant publishedAt,
                           List<CalendarDay> days) {
    }

    /** The answer to a publication: whether it changed anything, the year as now held, the calendar now in force. */
    public record PublicationView(boolean published, YearView year, String calendarVersion,
                                  List<Integer> coveredYears) {
    }

    @GetMapping
    @Operation(summary = "The working-day calendar: holidays and make-up working days per covered year",
            description = "Without year, every covered year. 404 when year is not covered: deadlines running into it "
                    + "count plain Monday-Friday weeks and say calendarCovered=false.")
    public CalendarView calendar(@Parameter(description = "one year, e.g. 2027") @RequestParam(required = false)
                                 @Nullable String year) {
        WorkingDayCalendar calendar = rules.current().calendar();
        List<Integer> covered = List.copyOf(calendar.coveredYears());
        List<YearView> years;
        if (year == null) {
            years = covered.stream().map(y -> stored(y).orElseThrow()).toList();
        } else {
            int asked = year(year);
            years = List.of(stored(asked).orElseThrow(() -> new NotFound("The calendar does not cover " + asked
                    + "; publish it with PUT /api/v1/admin/calendar/" + asked + ".")));
        }
        return new CalendarView(calendar.version(), covered, years);
    }

    @PutMapping(path = "/{year}", consumes = "application/json")
    @Operation(summary = "Publish a year's official calendar (the State Council's notice), replacing the year's data",
            description = "201 when stored (a CalendarYearPublished event, in the tamper-evident log); deadlines "
                    + "computed from then on use it, without a restart. 200 with published=false when the year already "
                    + "holds exactly these days from this source (nothing is stored). 400 naming each bad field: dates "
                    + "outside the year or listed twice, a make-up working day that is not a Saturday or Sunday, a "
                    + "holiday without a weekday off, a missing source.")
    public ResponseEntity<PublicationView> publish(@PathVariable String year, @RequestBody CalendarYearRequest body,
                                                   HttpServletRequest request) {
        int published = year(year);
        List<FieldViolation> v = new ArrayList<>();
        List<CalendarDay> days = days(body.days(), v);
        if (body.sourceDocument() == null || body.sourceDocument().isBlank()) {
            v.add(new FieldViolation("sourceDocument", "is required: the notice the days come from"));
        }
        if (v.isEmpty()) {
            v.addAll(CalendarYearRules.check(published, days, body.sourceDocument()));
        }
        if (!v.isEmpty()) {
            throw new InvalidRecordContent(v);
        }
        String source = body.sourceDocument().strip();
        List<CalendarDay> sorted = days.stream().map(d -> new CalendarDay(d.date(), d.kind(), d.name().strip()))
                .sorted(Comparator.comparing(CalendarDay::date)).toList();
        Optional<YearView> before = stored(published);
        boolean stored = false;
        if (before.isEmpty() || !before.get().days().equals(sorted) || !before.get().sourceDocument().equals(source)) {
            PublishCalendarYear command = PublishCalendarYear.of(published, sorted, source, clock.instant());
            var message = GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(metadata.platform(request, "calendar " + published + ": " + source));
            try {
                stored = commands.sendAndWait(message);
            } catch (ConcurrencyException | AggregateStreamCreationException samePublicationConcurrently) {
                stored = commands.sendAndWait(message);
            }
        }
        WorkingDayCalendar calendar = rules.reload().calendar();
        return ResponseEntity.status(stored ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new PublicationView(stored, stored(published).orElseThrow(), calendar.version(),
                        List.copyOf(calendar.coveredYears())));
    }

    private static int year(String raw) {
        int year;
        try {
            year = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequest("year", "must be a year of four digits, e.g. 2027");
        }
        List<FieldViolation> v = CalendarYearRules.checkYear(year);
        if (!v.isEmpty()) {
            throw new InvalidRequest(v.get(0).field(), v.get(0).reason());
        }
        return year;
    }

    private static List<CalendarDay> days(@Nullable List<CalendarYearRequest.@Nullable Day> raw,
                                          List<FieldViolation> v) {
        if (raw == null) {
            v.add(new FieldViolation("days", "is required: the year's holidays and make-up working days"));
            return List.of();
        }
        if (raw.size() > 366) {
            v.add(new FieldViolation("days", "must list at most 366 days"));
            return List.of();
        }
        List<CalendarDay> days = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            CalendarYearRequest.Day day = raw.get(i);
            String at = "days[" + i + "]";
            if (day == null) {
                v.add(new FieldViolation(at, "is required: a day, not null"));
                continue;
            }
            if (day.date() == null) {
                v.add(new FieldViolation(at + ".date", "is required: a date in the form YYYY-MM-DD"));
            }
            if (day.kind() == null) {
                v.add(new FieldViolation(at + ".kind", "is required: one of " + Arrays.toString(DayKind.values())));
            }
            if (day.name() == null || day.name().isBlank()) {
                v.add(new FieldViolation(at + ".name", "is required: the holiday the day belongs to"));
            }
            if (day.date() != null && day.kind() != null && day.name() != null && !day.name().isBlank()) {
                days.add(new CalendarDay(day.date(), day.kind(), day.name()));
            }
        }
        return days;
    }

    private Optional<YearView> stored(int year) {
        record Row(String source, @Nullable String version, @Nullable Instant publishedAt) {
        }
        Optional<Row> row = jdbc.sql("SELECT source, version, published_at FROM working_day_calendar_year "
                        + "WHERE year = ?")
                .param(year)
                .query((rs, n) -> {
                    var at = rs.getTimestamp("published_at");
                    return new Row(rs.getString("source"), rs.getString("version"),
                            at == null ? null : at.toInstant());
                })
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        List<CalendarDay> days = jdbc.sql("SELECT day, kind, name FROM working_day_calendar_day WHERE year = ? "
                        + "ORDER BY day")
                .param(year)
                .query(JdbcWorkingDayCalendarLoader::calendarDay)
                .list();
        String version = row.get().version() != null ? row.get().version() : CalendarYear.versionOf(year, days);
        return Optional.of(new YearView(year, row.get().source(), version, row.get().publishedAt(), days));
    }
}
