package dev.publiccredit.ledger.api;

import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.MalformedWritesTest;
import dev.publiccredit.ledger.api.support.Submissions;
import dev.publiccredit.ledger.api.support.WriteEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static dev.publiccredit.ledger.api.support.HttpJson.map;
import static dev.publiccredit.ledger.api.support.Problems.assertAnswer;
import static dev.publiccredit.ledger.api.support.Problems.assertNamed;
import static dev.publiccredit.ledger.api.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input to the listing and measure endpoints: every answer is a problem+json (400 naming the field, or
 * 404/413/415), never a 500, and nothing is stored. The clock stands on 2026-09-30, the day a serious-dishonesty
 * notice was served (so a valid decision would still be refused: the fields are checked first).
 */
class ListingBadInputHttpTest extends MalformedWritesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 30);

    /** Fresh for each test: a subject and a serious-dishonesty notice served about it. */
    private static String subject;
    private static String notice;

    private static final String OVER_LONG = "列".repeat(4001);

    private static final WriteEndpoint LISTING = new WriteEndpoint("LISTING",
            () -> "/api/v1/listings", () -> Submissions.listing("REDLIST", subject, TODAY));
    private static final WriteEndpoint DECISION = new WriteEndpoint("DECISION", () -> notice + "/decision",
            () -> map("documentNumber", "京海市监列〔2026〕7号", "decidedOn", TODAY.toString(), "periodMonths", 24));
    private static final WriteEndpoint REMOVAL = new WriteEndpoint("REMOVAL", () -> notice + "/removal",
            () -> map("reason", "NOTICE_WITHDRAWN", "explanation", "当事人已履行", "removedOn", TODAY.toString()));

    @BeforeEach
    void serveANotice() {
        clock.setDate(TODAY);
        subject = newCompanyCode();
        HttpJson.Response served = http.post("/api/v1/listings", Submissions.listing("SERIOUS_DISHONESTY", subject,
                TODAY));
        assertThat(served.status()).as(served.raw().body()).isEqualTo(201);
        notice = "/api/v1/listings/" + served.json().get("listingId").asString();
    }

    @Override
    protected List<WriteEndpoint> writes() {
        return List.of(LISTING, DECISION, REMOVAL);
    }

    @Override
    protected Stream<Arguments> badFields() {
        return Stream.of(
                // new listings
                bad(LISTING, "kind missing", b -> b.remove("kind"), "kind"),
                bad(LISTING, "unknown kind", b -> b.put("kind", "BLACKLIST"), "kind"),
                bad(LISTING, "kind a number", b -> b.put("kind", 2), "kind"),
                bad(LISTING, "kind an object", b -> b.put("kind", map()), "kind"),
                bad(LISTING, "department blank", b -> b.put("sourceDepartment", " "), "sourceDepartment"),
                bad(LISTING, "department malformed", b -> b.put("sourceDepartment", "市场 监管"),
                        "sourceDepartment"),
                bad(LISTING, "department a list", b -> b.put("sourceDepartment", List.of("SAMR")),
                        "sourceDepartment"),
                bad(LISTING, "source listing id missing", b -> b.remove("sourceListingId"),
                        "sourceListingId"),
                bad(LISTING, "source listing id over-long", b -> b.put("sourceListingId", "L".repeat(129)),
                        "sourceListingId"),
                bad(LISTING, "subject a string", b -> b.put("subject", subject), "subject"),
                bad(LISTING, "subject missing", b -> b.remove("subject"), "subject"),
                bad(LISTING, "unknown subject kind", b -> subjectOf(b).put("kind", "ROBOT"), "subject.kind"),
                bad(LISTING, "subject code wrong", b -> subjectOf(b).put("code", "91110108MA01R7KD84"),
                        "subject.code"),
                bad(LISTING, "subject name over-long", b -> subjectOf(b).put("name", "名".repeat(256)),
                        "subject.name"),
                bad(LISTING, "unknown field of the subject", b -> subjectOf(b).put("age", 3), "subject.age"),
                bad(LISTING, "natural person on the business anomaly list", b -> {
                    b.put("kind", "BUSINESS_ANOMALY");
                    subjectOf(b).put("kind", "NATURAL_PERSON");
                    subjectOf(b).put("code", Submissions.CITIZEN);
                }, "subject.kind"),
                bad(LISTING, "basis record id malformed", b -> b.put("basisRecordId", "record-1"),
                        "basisRecordId"),
                bad(LISTING, "basis record id unknown", b -> b.put("basisRecordId",
                        UUID.randomUUID().toString()), "basisRecordId"),
                bad(LISTING, "basis record id an object", b -> b.put("basisRecordId", map()),
                        "basisRecordId"),
                bad(LISTING, "grounds blank", b -> b.put("grounds", ""), "grounds"),
                bad(LISTING, "grounds over-long", b -> b.put("grounds", OVER_LONG), "grounds"),
                bad(LISTING, "grounds with a NUL character", b -> b.put("grounds", "拒不\u0000履行"),
                        "grounds"),
                bad(LISTING, "legal basis over-long", b -> b.put("legalBasis", OVER_LONG), "legalBasis"),
                bad(LISTING, "document number over-long", b -> b.put("documentNumber", "号".repeat(256)),
                        "documentNumber"),
                bad(LISTING, "decided on missing", b -> b.remove("decidedOn"), "decidedOn"),
                bad(LISTING, "decided on in the wrong form", b -> b.put("decidedOn", "2026/09/30"),
                        "decidedOn"),
                bad(LISTING, "decided on an impossible date", b -> b.put("decidedOn", "2026-02-30"),
                        "decidedOn"),
                bad(LISTING, "decided on a number", b -> b.put("decidedOn", 20260930), "decidedOn"),
                bad(LISTING, "decided on tomorrow", b -> b.put("decidedOn", TODAY.plusDays(1).toString()),
                        "decidedOn"),
                bad(LISTING, "decided on far in the future", b -> b.put("decidedOn", "+999999999-12-31"),
                        "decidedOn"),
                bad(LISTING, "decided on far in the past", b -> b.put("decidedOn", "-999999999-01-01"),
                        "decidedOn"),
                bad(LISTING, "period of no months", b -> b.put("periodMonths", 0), "periodMonths"),
                bad(LISTING, "period negative", b -> b.put("periodMonths", -12), "periodMonths"),
                bad(LISTING, "period over the maximum", b -> b.put("periodMonths", 37), "periodMonths"),
                bad(LISTING, "period the largest int", b -> b.put("periodMonths", Integer.MAX_VALUE),
                        "periodMonths"),
                bad(LISTING, "period beyond an int", b -> b.put("periodMonths", 99_999_999_999L),
                        "periodMonths"),
                bad(LISTING, "period a word", b -> b.put("periodMonths", "a year"), "periodMonths"),
                bad(LISTING, "period a fraction", b -> b.put("periodMonths", 1.5), "periodMonths"),
                bad(LISTING, "period for a notice", b -> {
                    b.put("kind", "SERIOUS_DISHONESTY");
                    b.put("periodMonths", 12);
                }, "periodMonths"),
                bad(LISTING, "period for the business anomaly list", b -> {
                    b.put("kind", "BUSINESS_ANOMALY");
                    b.put("periodMonths", 12);
                }, "periodMonths"),
                bad(LISTING, "removal conditions blank", b -> b.put("removalConditions", " "),
                        "removalConditions"),
                bad(LISTING, "removal conditions over-long", b -> b.put("removalConditions", OVER_LONG),
                        "removalConditions"),
                bad(LISTING, "empty object", Map::clear, "kind"),
                // the decision after the notice
                bad(DECISION, "document number missing", b -> b.remove("documentNumber"), "documentNumber"),
                bad(DECISION, "document number an object", b -> b.put("documentNumber", map()),
                        "documentNumber"),
                bad(DECISION, "decided on missing", b -> b.remove("decidedOn"), "decidedOn"),
                bad(DECISION, "decided on in the wrong form", b -> b.put("decidedOn", "30.09.2026"),
                        "decidedOn"),
                bad(DECISION, "decided on an impossible date", b -> b.put("decidedOn", "2026-09-31"),
                        "decidedOn"),
                bad(DECISION, "decided on far in the future", b -> b.put("decidedOn", "9999-12-31"),
                        "decidedOn"),
                bad(DECISION, "period negative", b -> b.put("periodMonths", -1), "periodMonths"),
                bad(DECISION, "period of no months", b -> b.put("periodMonths", 0), "periodMonths"),
                bad(DECISION, "period huge", b -> b.put("periodMonths", Integer.MAX_VALUE), "periodMonths"),
                bad(DECISION, "period a list", b -> b.put("periodMonths", List.of(12)), "periodMonths"),
                bad(DECISION, "removal conditions blank", b -> b.put("removalConditions", ""),
                        "removalConditions"),
                bad(DECISION, "removal conditions over-long", b -> b.put("removalConditions", OVER_LONG),
                        "removalConditions"),
                // removal
                bad(REMOVAL, "reason missing", b -> b.remove("reason"), "reason"),
                bad(REMOVAL, "unknown reason", b -> b.put("reason", "BRIBED"), "reason"),
                bad(REMOVAL, "reason a number", b -> b.put("reason", 3), "reason"),
                bad(REMOVAL, "explanation blank", b -> b.put("explanation", "  "), "explanation"),
                bad(REMOVAL, "explanation over-long", b -> b.put("explanation", OVER_LONG), "explanation"),
                bad(REMOVAL, "removed on missing", b -> b.remove("removedOn"), "removedOn"),
                bad(REMOVAL, "removed on in the wrong form", b -> b.put("removedOn", "today"), "removedOn"),
                bad(REMOVAL, "removed on an impossible date", b -> b.put("removedOn", "2026-13-01"),
                        "removedOn"),
                bad(REMOVAL, "removed on far in the future", b -> b.put("removedOn", "+999999999-12-31"),
                        "removedOn"),
                bad(REMOVAL, "removed on before the notice", b -> b.put("removedOn", "2026-09-29"),
                        "removedOn"),
                bad(REMOVAL, "objection id malformed", b -> {
                    b.put("reason", "OBJECTION_UPHELD");
                    b.put("objectionId", "objection-1");
                }, "objectionId"),
                bad(REMOVAL, "objection id with another reason", b ->
                        b.put("objectionId", UUID.randomUUID().toString()), "objectionId"),
                bad(REMOVAL, "objection id a number", b -> b.put("objectionId", List.of(1)), "objectionId"));
    }

    static Stream<Arguments> badPaths() {
        String unknown = UUID.randomUUID().toString();
        return Stream.of(
                Arguments.of("/api/v1/listings/not-a-uuid", 400, "listingId"),
                Arguments.of("/api/v1/listings/%20", 400, "listingId"),
                Arguments.of("/api/v1/listings/" + unknown, 404, null),
                Arguments.of("/api/v1/subjects/12345/measures", 400, "subjectCode"),
                Arguments.of("/api/v1/subjects/91110108MA01R7KD84/measures", 400, "subjectCode"),
                Arguments.of("/api/v1/subjects/91110108MA01R7KD83/measures?on=yesterday", 400, "on"),
                Arguments.of("/api/v1/subjects/91110108MA01R7KD83/measures?on=2026-02-30", 400, "on"),
                Arguments.of("/api/v1/subjects/91110108MA01R7KD83/measures?on=2026/10/14", 400, "on"),
                Arguments.of("/api/v1/subjects/91110108MA01R7KD83/measures?on=20261014", 400, "on"),
                Arguments.of("/api/v1/subjects/91110108MA01R7KD83/measures?on=%2B999999999-12-31", 400, "on"),
                Arguments.of("/api/v1/subjects/91110108MA01R7KD83/measures?on=-999999999-01-01", 400, "on"),
                Arguments.of("/api/v1/subjects/91110108MA01R7KD83/measures?on=%2B10000-01-01", 400, "on"),
                Arguments.of("/api/v1/subjects/91110108MA01R7KD83/measures?measure=TORTURE", 400, "measure"),
                Arguments.of("/api/v1/subjects/91110108MA01R7KD83/measures?measure=" + "M".repeat(300), 400,
                        "measure"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPaths")
    void badPathOrParameter_isProblemNamingIt(String path, int status, String field) {
        assertAnswer(http.get(path), status, field);
    }

    @Test
    void writesToAListingThatIsMalformedOrUnknown_are400Or404_andStoreNothing() {
        long before = storedEvents();
        String unknown = "/api/v1/listings/" + UUID.randomUUID();

        assertNamed(http.post("/api/v1/listings/x/decision", DECISION.validBody()), "listingId");
        assertNamed(http.post("/api/v1/listings/x/removal", REMOVAL.validBody()), "listingId");
        assertProblem(http.post(unknown + "/decision", DECISION.validBody()), 404);
        assertProblem(http.post(unknown + "/removal", REMOVAL.validBody()), 404);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void theIdOfAnotherAggregate_isNoListingAndNoRecord() {
        String listingId = notice.substring(notice.lastIndexOf('/') + 1);
        Map<String, Object> body = Submissions.listing("REDLIST", subject, TODAY);
        body.put("basisRecordId", listingId);
        long before = storedEvents();

        assertNamed(http.post("/api/v1/listings", body), "basisRecordId");
        assertProblem(http.get("/api/v1/records/" + listingId), 404);
        assertProblem(http.get("/api/v1/records/" + listingId + "/repair-notice"), 404);
        assertProblem(http.post("/api/v1/records/" + listingId + "/objections", map("objector", map("name", "张三",
                "role", "SUBJECT"), "ground", "WRONGLY_LISTED", "statement", "未履行已纠正")), 404);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void measuresOnTheEdgesOfTheCalendar_answer200() {
        for (String on : List.of("1949-10-01", "9999-12-31")) {
            HttpJson.Response response = http.get("/api/v1/subjects/" + subject + "/measures?on=" + on);

            assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
            assertThat(response.json().get("on").asString()).isEqualTo(on);
        }
    }

    @Test
    void aMalformedAwaitPosition_is400NamingTheHeader() {
        assertNamed(http.get("/api/v1/subjects/" + subject + "/measures", "X-Ledger-Await-Position", "x"),
                "X-Ledger-Await-Position");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> subjectOf(Map<String, Object> listing) {
        return (Map<String, Object>) listing.get("subject");
    }
}
