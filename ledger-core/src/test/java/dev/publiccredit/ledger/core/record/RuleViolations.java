package dev.publiccredit.ledger.core.record;

import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.InvalidRecordContent;
import dev.publiccredit.ledger.core.shared.LedgerRuleRefusal;
import dev.publiccredit.ledger.core.shared.LedgerRuleViolation;
import dev.publiccredit.ledger.core.shared.RuleCode;
import java.util.List;
import java.util.Map;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.jspecify.annotations.Nullable;

/** Matchers for the refusals of the credit record, for {@code expectException}. */
final class RuleViolations {

    private RuleViolations() {
    }

    /** An {@link InvalidRecordContent} with the code INVALID_RECORD and exactly these violations, in this order. */
    static Matcher<InvalidRecordContent> invalidContent(FieldViolation... expected) {
        List<FieldViolation> violations = List.of(expected);
        return new TypeSafeMatcher<>(InvalidRecordContent.class) {
            @Override
            protected boolean matchesSafely(InvalidRecordContent actual) {
                return actual.code() == RuleCode.INVALID_RECORD && actual.violations().equals(violations);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("InvalidRecordContent INVALID_RECORD with violations ")
                           .appendValue(violations);
            }

            @Override
            protected void describeMismatchSafely(InvalidRecordContent actual, Description mismatch) {
                mismatch.appendText("was ").appendValue(actual.code()).appendText(" with violations ")
                        .appendValue(actual.violations());
            }
        };
    }

    /** A rule violation of exactly this type carrying this code. */
    static <E extends LedgerRuleViolation> Matcher<E> ruleViolation(Class<E> type, RuleCode code) {
        return violation(type, code, null);
    }

    /** A {@link LedgerRuleRefusal} with this code and no details. */
    static Matcher<LedgerRuleRefusal> refusal(RuleCode code) {
        return violation(LedgerRuleRefusal.class, code, Map.of());
    }

    /** A {@link LedgerRuleRefusal} with this code and exactly these details. */
    static Matcher<LedgerRuleRefusal> refusal(RuleCode code, Map<String, ?> details) {
        return violation(LedgerRuleRefusal.class, code, details);
    }

    private static <E extends LedgerRuleViolation> Matcher<E> violation(Class<E> type, RuleCode code,
                                                                       @Nullable Map<String, ?> details) {
        return new TypeSafeMatcher<>(type) {
            @Override
            protected boolean matchesSafely(E actual) {
                return actual.getClass() == type && actual.code() == code
                        && (details == null || actual.details().equals(details));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(type.getSimpleName() + " with code ").appendValue(code);
                if (details != null) {
                    description.appendText(" and details ").appendValue(details);
                }
            }

            @Override
            protected void describeMismatchSafely(E actual, Description mismatch) {
                mismatch.appendText("was " + actual.getClass().getSimpleName() + " with code ")
                        .appendValue(actual.code()).appendText(" and details ").appendValue(actual.details());
            }
        };
    }
}
