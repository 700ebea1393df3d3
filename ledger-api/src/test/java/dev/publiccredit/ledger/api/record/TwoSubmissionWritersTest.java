package dev.publiccredit.ledger.api.record;

import org.springframework.test.context.TestPropertySource;

/** The group-commit tests with two writer threads, which can race each other for the same record. */
@TestPropertySource(properties = "ledger.api.submission-writers=2")
class TwoSubmissionWritersTest extends SubmissionWriterTest {
}
