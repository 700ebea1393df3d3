package dev.publiccredit.ledger.api.config;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubmissionSettingsTest {

    @Test
    void noWriterOrAnEmptyGroup_isRefusedAtStart_withThePropertiesNamed() {
        assertThatThrownBy(() -> new LedgerProperties.Api(1_048_576, Duration.ofSeconds(10), 0, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ledger.api.submission-writers");
        assertThatThrownBy(() -> new LedgerProperties.Api(1_048_576, Duration.ofSeconds(10), 2, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ledger.api.submission-group-size");
    }

    @Test
    void oneWriterTakingOneSubmission_isAllowed() {
        LedgerProperties.Api api = new LedgerProperties.Api(1_048_576, Duration.ofSeconds(10), 1, 1);
        assertThat(api.submissionWriters()).isEqualTo(1);
        assertThat(api.submissionGroupSize()).isEqualTo(1);
    }
}
