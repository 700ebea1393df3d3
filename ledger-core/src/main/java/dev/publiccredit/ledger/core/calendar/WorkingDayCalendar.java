package dev.publiccredit.ledger.core.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The official working-day calendar (§7 of the credit rules), built from data rather than code.
 *
 * <p>A date is a working day when it is listed as a {@link DayKind#MAKE_UP_WORKDAY make-up working day}, is not a
 * working day when it is listed as a {@link DayKind#HOLIDAY holiday}, and otherwise is a working day exactly when
 * it falls on Monday to Friday. Entries exist only inside the covered years; dates of other years are treated as
 * plain Monday-Friday weeks, so callers that need official answers check {@link #covers(LocalDate, LocalDate)}
 * first.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class WorkingDayCalendar {

    private static final String VERSION_PREFIX = "cn-";
    private static final int VERSION_HASH_HEX_CHARS = 12;

    private final SortedSet<Integer> coveredYears;
    private final NavigableMap<LocalDate, CalendarDay> days;
    private final String version;

    private WorkingDayCalendar(SortedSet<Integer> coveredYears, NavigableMap<LocalDate, CalendarDay> days) {
        this.coveredYears = Collections.unmodifiableSortedSet(coveredYears);
        this.days = Collections.unmodifiableNavigableMap(days);
        this.version = fingerprint(this.coveredYears, this.days.values());
    }

    /**
     * Builds a calendar from the official data of the given years.
     *
     * @param coveredYears the years whose official holidays and make-up working days are all in {@code days}
     * @param days the entries; the order does not matter
     * @throws IllegalArgumentException if an entry lies outside the covered years, a make-up working day is not a
     *     Saturday or Sunday, or a date is listed more than once
     */
    public static WorkingDayCalendar of(Set<Integer> coveredYears, Collection<CalendarDay> days) {
        Objects.requireNonNull(coveredYears, "coveredYears");
        Objects.requireNonNull(days, "days");
        SortedSet<Integer> years = new TreeSet<>(coveredYears);
        NavigableMap<LocalDate, CalendarDay> byDate = new TreeMap<>();
        for (CalendarDay day : days) {
            Objects.requireNonNull(day, "days must not contain null");
            requireCoveredYear(years, day);
            requireWeekendIfMakeUpWorkday(day);
            CalendarDay previous = byDate.putIfAbsent(day.date(), day);
            if (previous != null) {
                throw new IllegalArgumentException(
                        "date " + day.date() + " is listed twice: " + previous + " and " + day);
            }
        }
        return new WorkingDayCalendar(years, byDate);
    }

    /** A calendar without official data: every Monday to Friday is a working day. Meant for tests. */
    public static WorkingDayCalendar weekdaysOnly() {
        return of(Set.of(), List.of());
    }

    private static void requireCoveredYear(Set<Integer> years, CalendarDay day) {
        if (!years.contains(day.date().getYear())) {
            throw new IllegalArgumentException(
                    "calendar day " + day.date() + " lies outside the covered years " + years);
        }
    }

    private static void requireWeekendIfMakeUpWorkday(CalendarDay day) {
        if (day.kind() == DayKind.MAKE_UP_WORKDAY && !isWeekend(day.date())) {
            throw new IllegalArgumentException("make-up working day " + day.date() + " is a "
                    + day.date().getDayOfWeek() + ", not a Saturday or Sunday");
        }
    }

    /** Whether {@code date} is a working day: a listed make-up working day, or an unlisted Monday to Friday. */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        CalendarDay listed = days.get(date);
        if (listed != null) {
            return listed.kind() == DayKind.MAKE_UP_WORKDAY;
        }
        return !isWeekend(date);
    }

    /**
     * The date on which a period of {@code workingDays} working days starting on {@code start} ends. The start
     * day itself is not counted, so the result is the {@code workingDays}-th working day after {@code start};
     * with zero working days it is {@code start} itself.
     *
     * @throws IllegalArgumentException if {@code workingDays} is negative
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        Objects.requireNonNull(start, "start");
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * Whether official data covers every year from {@code from} to {@code to}, both included.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public boolean covers(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!coveredYears.contains(year)) {
                return false;
            }
        }
        return true;
    }

    /** The years covered by official data, in ascending order; unmodifiable. */
    public Set<Integer> coveredYears() {
        return coveredYears;
    }

    /** The number of working days in {@code year} (plain Monday-Friday weeks if the year is not covered). */
    public int workingDaysIn(int year) {
        LocalDate end = Year.of(year).atDay(1).plusYears(1);
        int count = 0;
        for (LocalDate date = Year.of(year).atDay(1); date.isBefore(end); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /**
     * A deterministic fingerprint of this calendar's data, such as {@code cn-2025-2026-1a2b3c4d5e6f}: the first and
     * last covered year (or {@code none}), then the first 12 hex characters of the SHA-256 of the covered years and
     * of every entry (date, kind and name) in date order. Equal data gives an equal version whatever the order it
     * was supplied in; any change to the data gives a different one. Events record it to name the calendar they
     * applied.
     */
    public String version() {
        return version;
    }

    private static String fingerprint(SortedSet<Integer> years, Collection<CalendarDay> sortedDays) {
        StringBuilder canonical = new StringBuilder();
        for (int year : years) {
            canonical.append("year:").append(year).append('\n');
        }
        for (CalendarDay day : sortedDays) {
            // The name is length-prefixed so that no name can imitate a field separator or another entry.
            canonical.append("day:").append(day.date()).append(';').append(day.kind().name()).append(';')
                    .append(day.name().length()).append(':').append(day.name()).append('\n');
        }
        byte[] hash = sha256(canonical.toString().getBytes(StandardCharsets.UTF_8));
        String hex = HexFormat.of().formatHex(hash).substring(0, VERSION_HASH_HEX_CHARS);
        String span = years.isEmpty()
                ? "none"
                : years.first().equals(years.last()) ? years.first().toString() : years.first() + "-" + years.last();
        return VERSION_PREFIX + span + "-" + hex;
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-256", e);
        }
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek dayOfWeek = date.getDayOfWeek();
        return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
    }

    /** Two calendars are equal when they cover the same years with the same entries. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof WorkingDayCalendar that
                && coveredYears.equals(that.coveredYears)
                && days.equals(that.days);
    }

    @Override
    public int hashCode() {
        return Objects.hash(coveredYears, days);
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[" + version + ", " + days.size() + " entries]";
    }
}
