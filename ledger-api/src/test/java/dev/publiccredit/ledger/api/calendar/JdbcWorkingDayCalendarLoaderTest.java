package dev.publiccredit.ledger.api.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.publiccredit.ledger.core.calendar.WorkingDayCalendar;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Loads the calendar from a real PostgreSQL migrated by Flyway, and checks it against credit-rules.md §7. */
class JdbcWorkingDayCalendarLoaderTest {

    /**
     * The version of the 2025 and 2026 data of migration V2. It equals the version of the tables typed in by hand
     * in ledger-core's tests, so the SQL and those tables agree entry by entry, names included.
     */
    static final String V2_VERSION = "cn-2025-2026-e74538490346";

    static EmbeddedPostgres pg;
    static JdbcClient jdbc;
    static WorkingDayCalendar calendar;

    @BeforeAll
    static void migrateAndLoad() throws IOException {
        pg = EmbeddedPostgres.builder().start();
        DataSource dataSource = pg.getPostgresDatabase();
        migrate(Flyway.configure().dataSource(dataSource));
        jdbc = JdbcClient.create(dataSource);
        calendar = new JdbcWorkingDayCalendarLoader(jdbc).load();
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        if (pg != null) {
            pg.close();
        }
    }

    private static void migrate(FluentConfiguration configuration) {
        configuration.locations("classpath:db/migration").load().migrate();
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        "2025-09-26, 7, 2025-10-13",
        "2026-02-12, 7, 2026-02-28",
        "2025-01-24, 3, 2025-02-05",
        "2026-09-30, 10, 2026-10-20",
        "2025-04-30, 3, 2025-05-08",
    })
    void load_givesTheReferenceDeadlines(LocalDate start, int workingDays, LocalDate expected) {
        assertThat(calendar.addWorkingDays(start, workingDays)).isEqualTo(expected);
    }

    @Test
    void load_gives248WorkingDays_in2025And2026() {
        assertThat(calendar.workingDaysIn(2025)).isEqualTo(248);
        assertThat(calendar.workingDaysIn(2026)).isEqualTo(248);
    }

    @Test
    void load_readsMakeUpWorkdaysAndHolidays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).as("make-up Saturday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).as("make-up Sunday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).as("Spring Festival Monday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 21))).as("Saturday inside a block").isFalse();
    }

    @Test
    void load_coversTheYearsOfTheYearTable() {
        assertThat(calendar.coveredYears()).contains(2025, 2026);
        assertThat(calendar.covers(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(calendar.coveredYears())
                .containsExactlyInAnyOrderElementsOf(
                        jdbc.sql("SELECT year FROM working_day_calendar_year").query(Integer.class).list());
    }

    @Test
    void load_isStable_acrossLoads() {
        WorkingDayCalendar again = new JdbcWorkingDayCalendarLoader(jdbc).load();

        assertThat(again).isEqualTo(calendar);
        assertThat(again.version()).isEqualTo(calendar.version());
    }

    @Test
    void migrationV2_holdsTheOfficialTables_entryForEntry() {
        jdbc.sql("CREATE DATABASE calendar_v2_only").update();
        DataSource v2Only = pg.getDatabase("postgres", "calendar_v2_only");
        migrate(Flyway.configure().dataSource(v2Only).target("2"));

        WorkingDayCalendar v2 = new JdbcWorkingDayCalendarLoader(JdbcClient.create(v2Only)).load();

        assertThat(v2.version()).isEqualTo(V2_VERSION);
        assertThat(v2.coveredYears()).containsExactly(2025, 2026);
    }

    @Test
    void load_picksUpAYearAddedByALaterMigration_withoutCodeChanges() {
        jdbc.sql("CREATE DATABASE calendar_next_year").update();
        DataSource nextYear = pg.getDatabase("postgres", "calendar_next_year");
        migrate(Flyway.configure().dataSource(nextYear));
        JdbcClient next = JdbcClient.create(nextYear);
        // What a later migration for a new year does; the dates are made up for the test, not official data.
        next.sql("INSERT INTO working_day_calendar_year (year, source) VALUES (2099, 'test data')").update();
        next.sql("""
                INSERT INTO working_day_calendar_day (day, kind, name) VALUES
                    (DATE '2099-10-01', 'HOLIDAY', '国庆节 National Day'),
                    (DATE '2099-10-03', 'MAKE_UP_WORKDAY', '国庆节 National Day')""").update();

        WorkingDayCalendar withNextYear = new JdbcWorkingDayCalendarLoader(next).load();

        assertThat(withNextYear.coveredYears()).contains(2025, 2026, 2099);
        assertThat(withNextYear.covers(LocalDate.of(2099, 1, 1), LocalDate.of(2099, 12, 31))).isTrue();
        // Wednesday 2099-09-30 + 2: Thursday 10-01 is off, Friday 10-02 counts, Saturday 10-03 is worked.
        assertThat(withNextYear.addWorkingDays(LocalDate.of(2099, 9, 30), 2)).isEqualTo(LocalDate.of(2099, 10, 3));
        assertThat(withNextYear.version()).startsWith("cn-2025-2099-").isNotEqualTo(calendar.version());
    }

    @Test
    void migrationV2_recordsEachYearsSourceAndDayCounts() {
        assertThat(jdbc.sql("SELECT source FROM working_day_calendar_year WHERE year = 2025")
                        .query(String.class).single())
                .isEqualTo("国办发明电〔2024〕12号");
        assertThat(jdbc.sql("SELECT source FROM working_day_calendar_year WHERE year = 2026")
                        .query(String.class).single())
                .isEqualTo("State Council notice of 2025-11-04");
        assertThat(countDays(2025, "HOLIDAY")).isEqualTo(28);
        assertThat(countDays(2025, "MAKE_UP_WORKDAY")).isEqualTo(5);
        assertThat(countDays(2026, "HOLIDAY")).isEqualTo(33);
        assertThat(countDays(2026, "MAKE_UP_WORKDAY")).isEqualTo(6);
    }

    @Test
    void dayTable_rejectsAMakeUpWorkday_onAWeekday() {
        assertThatThrownBy(() -> insertDay("2026-03-02", "MAKE_UP_WORKDAY"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("working_day_calendar_day_make_up_on_weekend");
    }

    @Test
    void dayTable_rejectsADay_ofAYearNotInTheYearTable() {
        assertThatThrownBy(() -> insertDay("2099-10-01", "HOLIDAY"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void dayTable_rejectsAnUnknownKind() {
        assertThatThrownBy(() -> insertDay("2026-03-02", "HALF_DAY"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static int countDays(int year, String kind) {
        return jdbc.sql("SELECT count(*) FROM working_day_calendar_day WHERE EXTRACT(YEAR FROM day) = :year AND kind = :kind")
                .param("year", year)
                .param("kind", kind)
                .query(Integer.class)
                .single();
    }

    private static void insertDay(String day, String kind) {
        jdbc.sql("INSERT INTO working_day_calendar_day (day, kind, name) VALUES (CAST(:day AS DATE), :kind, 'test')")
                .param("day", day)
                .param("kind", kind)
                .update();
    }
}
