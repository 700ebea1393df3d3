package dev.publiccredit.ledger.api.support;

import dev.publiccredit.ledger.core.shared.PlatformTime;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The platform clock in tests: follows the system clock until a test sets it, then stands still at the set instant
 * (in China Standard Time) until moved again or {@link #reset() reset}. Shared by every application context of the
 * tests, so a test that moves it resets it afterwards.
 */
public final class MutableClock extends Clock {

    private final AtomicReference<@Nullable Instant> fixed = new AtomicReference<>();

    @Override
    public ZoneId getZone() {
        return PlatformTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed.get();
        return at != null ? at : Instant.now();
    }

    /** Stands the clock at {@code day}, 10:00 in Beijing. */
    public void setDate(LocalDate day) {
        set(day.atTime(LocalTime.of(10, 0)).atZone(PlatformTime.ZONE).toInstant());
    }

    public void set(Instant at) {
        fixed.set(at);
    }

    public void advance(Duration by) {
        set(instant().plus(by));
    }

    public LocalDate today() {
        return LocalDate.ofInstant(instant(), PlatformTime.ZONE);
    }

    /** Follows the system clock again. */
    public void reset() {
        fixed.set(null);
    }
}
