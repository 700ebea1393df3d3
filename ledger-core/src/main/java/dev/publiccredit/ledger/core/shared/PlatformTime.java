package dev.publiccredit.ledger.core.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The platform's time zone: business dates (decision, submission, deadlines) are days in China Standard Time. */
public final class PlatformTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private PlatformTime() {
    }

    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
