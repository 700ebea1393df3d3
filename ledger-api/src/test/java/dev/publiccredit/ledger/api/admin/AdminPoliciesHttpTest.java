package dev.publiccredit.ledger.api.admin;

import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules in force as configured (application.yml and the test's properties). */
class AdminPoliciesHttpTest extends LedgerApplicationTest {

    @Test
    void policies_showTheConfiguredRules_withTheirRuleSetsAndSources() {
        JsonNode policies = http.as("tax-haidian").get("/api/v1/admin/policies").json();

        assertThat(policies.get("changedBy").asString()).contains("restart");
        assertThat(policies.get("ruleSet").asString()).startsWith("publicity=cn-credit-publicity-2025.1;")
                .contains(";measures=cn-joint-measures-2026.1;calendar=cn-2025-2026-");
        assertThat(policies.get("publicity").get("periods").get("SERIOUS").get("maximum").asString())
                .isEqualTo("P3Y");
        assertThat(policies.get("publicity").get("source").asString()).contains("22号");
        assertThat(policies.get("doublePublicity").get("publicationWorkingDays").asInt()).isEqualTo(7);
        assertThat(policies.get("doublePublicity").get("withdrawalWorkingDays").asInt()).isEqualTo(3);
        assertThat(policies.get("objection").get("ruleSet").asString()).isEqualTo("cn-objection-zj31-2026.1");
        assertThat(policies.get("objection").get("extendedWorkingDays").asInt()).isEqualTo(20);
        assertThat(policies.get("repair").get("nonRepairableViolationTypes").get(0).asString()).isEqualTo("非法集资");
        assertThat(policies.get("listing").get("maximumPeriods").get("SERIOUS_DISHONESTY").asString())
                .isEqualTo("P3Y");
        assertThat(policies.get("listing").get("earlyRemovalMinimum").asString()).isEqualTo("P1Y");
        assertThat(policies.get("calendar").get("coveredYears").get(0).asInt()).isEqualTo(2025);
        assertThat(policies.get("measures").get("version").asString()).isEqualTo("cn-joint-measures-2026.1");
    }
}
