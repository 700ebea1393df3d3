package dev.publiccredit.ledger.api.config;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The short path reads exactly what Jackson's own deserializers read, and leaves every other text to them. */
class IsoDatesTest {

    private final JsonMapper plain = JsonMapper.builder().build();
    private final JsonMapper withIsoDates = JsonMapper.builder().addModule(new IsoDates()).build();

    @Test
    void datesAndInstantsAsTheSerializerWritesThem_readTheSame() {
        Random random = new Random(20261122);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 8_000_000_000L),
                    switch (i % 4) {
                        case 0 -> 0;
                        case 1 -> random.nextInt(1_000) * 1_000_000;
                        case 2 -> random.nextInt(1_000_000) * 1_000;
                        default -> random.nextInt(1_000_000_000);
                    });
            String written = plain.writeValueAsString(instant);
            assertThat(IsoDates.instant(instant.toString())).isEqualTo(instant);
            assertThat(withIsoDates.readValue(written, Instant.class)).isEqualTo(plain.readValue(written, Instant.class))
                    .isEqualTo(instant);
            LocalDate day = LocalDate.ofEpochDay(random.nextLong(-30_000, 60_000));
            String date = plain.writeValueAsString(day);
            assertThat(IsoDates.date(day.toString())).isEqualTo(day);
            assertThat(withIsoDates.readValue(date, LocalDate.class)).isEqualTo(day);
        }
        assertThat(IsoDates.instant("2025-03-04T02:00:00.000526Z")).isEqualTo(Instant.parse("2025-03-04T02:00:00.000526Z"));
        assertThat(IsoDates.instant("2024-02-29T23:59:59.9Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59.9Z"));
    }

    @Test
    void otherTexts_goToJacksonsOwnDeserializers() {
        for (String text : List.of("2025-3-4", "2025-02-30", "2025/03/04", "20250304", "2025-03-04 ", "２０２５-03-04",
                "", "2025-13-01")) {
            assertThat(IsoDates.date(text)).as(text).isNull();
            assertSameOutcome("\"" + text + "\"", LocalDate.class);
        }
        for (String text : List.of("2025-03-04T02:00:00+08:00", "2025-03-04T02:00Z", "2025-03-04T24:00:00Z",
                "2025-03-04T02:00:60Z", "2025-03-04T02:00:00.Z", "2025-03-04T02:00:00.0000000001Z",
                "2025-02-29T02:00:00Z", "2025-03-04t02:00:00z", "+12025-03-04T02:00:00Z")) {
            assertThat(IsoDates.instant(text)).as(text).isNull();
            assertSameOutcome("\"" + text + "\"", Instant.class);
        }
        assertSameOutcome("1741053600", Instant.class);
        assertSameOutcome("[2025,3,4]", LocalDate.class);
        assertSameOutcome("null", LocalDate.class);
    }

    private void assertSameOutcome(String json, Class<?> type) {
        Object expected;
        try {
            expected = plain.readValue(json, type);
        } catch (RuntimeException refused) {
            assertThatThrownBy(() -> withIsoDates.readValue(json, type)).as(json).isInstanceOf(refused.getClass());
            return;
        }
        assertThat(withIsoDates.readValue(json, type)).as(json).isEqualTo(expected);
    }
}
