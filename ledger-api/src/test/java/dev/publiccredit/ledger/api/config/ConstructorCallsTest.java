package dev.publiccredit.ledger.api.config;

import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Records read through the module are the records Jackson reads, built without {@code invokeWithArguments}. */
class ConstructorCallsTest {

    /** A {@code PenaltyRecorded} as the ledger stored it (revision 1). */
    private static final String STORED_PENALTY = """
            {"recordId":"ae670aff-ce2e-39a9-b69a-98539f9cad1c","source":{"department":"SAMR-HAIDIAN",\
            "departmentName":"北京市海淀区市场监督管理局","departmentCreditCode":"111101080000123434",\
            "sourceRecordId":"HD-2026-0001"},"subject":{"kind":"LEGAL_PERSON","code":"91110108MA01R7KD83",\
            "name":"北京示例科技有限公司","registrationNumber":null,"legalRepresentative":null},\
            "details":{"decisionNumber":"京海市监罚〔2026〕101号","violationType":"虚假宣传",\
            "violationFacts":"在其网站发布虚假广告","legalBasis":"《中华人民共和国广告法》第五十五条",\
            "penaltyTypes":["WARNING","FINE"],"penaltyContent":"警告，罚款1.5万元","fineAmount":1.5,\
            "confiscatedAmount":null,"suspendedOrRevokedLicence":null,"decisionDate":"2026-11-16",\
            "effectiveUntil":"2099-12-31","decidingAuthority":"北京市海淀区市场监督管理局",\
            "decidingAuthorityCreditCode":"111101080000123434","remarks":null},"disclosure":"PUBLIC",\
            "severity":"GENERAL","publicityWindow":{"startsOn":"2026-11-16","earliestEndOn":"2027-02-16",\
            "latestEndOn":"2027-11-16","ruleSet":"cn-credit-publicity-2025.1"},"timeliness":{"decisionDate":"2026-11-16",\
            "submittedOn":"2026-11-23","workingDays":7,"deadline":"2026-11-25","onTime":true,\
            "calendarVersion":"cn-2025-2026-e74538490346","calendarCovered":true},\
            "recordedAt":"2026-11-22T17:42:11.371426630Z"}""";

    private final JsonMapper plain = JsonMapper.builder().build();
    private final JsonMapper withModule = JsonMapper.builder().addModule(new ConstructorCalls()).build();

    /** Remembers the stack that called its constructor. */
    public record Traced(String name, int count, List<String> tags) {
        static volatile List<String> callers = List.of();

        public Traced {
            callers = Arrays.stream(new Throwable().getStackTrace())
                    .map(frame -> frame.getClassName() + "." + frame.getMethodName()).toList();
            if (count < 0) {
                throw new IllegalArgumentException("count must not be negative");
            }
        }
    }

    /** Not public: Jackson's own instantiator stays. */
    record Hidden(String name, int count) {
    }

    @Test
    void aStoredEvent_readsEqualToJacksonsOwnReading() {
        PenaltyRecorded own = plain.readValue(STORED_PENALTY, PenaltyRecorded.class);
        PenaltyRecorded through = withModule.readValue(STORED_PENALTY, PenaltyRecorded.class);

        assertThat(through).isEqualTo(own);
        assertThat(through.details().decisionNumber()).isEqualTo("京海市监罚〔2026〕101号");
        assertThat(withModule.writeValueAsString(through)).isEqualTo(plain.writeValueAsString(own));
    }

    @Test
    void aPublicRecord_isBuiltWithoutInvokeWithArguments() {
        String json = "{\"name\":\"甲\",\"count\":3,\"tags\":[\"a\",\"b\"]}";

        assertThat(plain.readValue(json, Traced.class)).isEqualTo(new Traced("甲", 3, List.of("a", "b")));
        plain.readValue(json, Traced.class);
        assertThat(Traced.callers).contains("java.lang.invoke.MethodHandle.invokeWithArguments");

        assertThat(withModule.readValue(json, Traced.class)).isEqualTo(new Traced("甲", 3, List.of("a", "b")));
        withModule.readValue(json, Traced.class);
        assertThat(Traced.callers).doesNotContain("java.lang.invoke.MethodHandle.invokeWithArguments")
                .anyMatch(frame -> frame.startsWith(ConstructorCalls.Spread.class.getName()));
    }

    @Test
    void missingPrimitivesAndNulls_areWhatJacksonPasses() {
        String json = "{\"name\":null}";
        JsonMapper lenient = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
        JsonMapper lenientWithModule = lenient.rebuild().addModule(new ConstructorCalls()).build();

        assertThat(lenientWithModule.readValue(json, Traced.class)).isEqualTo(lenient.readValue(json, Traced.class))
                .isEqualTo(new Traced(null, 0, null));
        assertThatThrownBy(() -> withModule.readValue(json, Traced.class)).hasMessageContaining("`int`");
    }

    @Test
    void aConstructorsFailure_isReportedAsJacksonReportsIt() {
        String json = "{\"name\":\"乙\",\"count\":-1,\"tags\":[]}";

        Throwable own = catchThrowable(() -> plain.readValue(json, Traced.class));
        Throwable through = catchThrowable(() -> withModule.readValue(json, Traced.class));

        assertThat(own).isInstanceOf(ValueInstantiationException.class);
        assertThat(through).isInstanceOf(ValueInstantiationException.class)
                .hasMessage(own.getMessage())
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .hasRootCauseMessage("count must not be negative");
    }

    @Test
    void aRecordThatIsNotPublic_isStillRead() {
        assertThat(withModule.readValue("{\"name\":\"丙\",\"count\":2}", Hidden.class)).isEqualTo(new Hidden("丙", 2));
        assertThatThrownBy(() -> withModule.readValue("{\"name\":\"丙\",\"count\":\"x\"}", Hidden.class))
                .hasMessageContaining("count");
    }
}
