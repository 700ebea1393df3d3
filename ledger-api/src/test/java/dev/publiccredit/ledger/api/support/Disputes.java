package dev.publiccredit.ledger.api.support;

import java.util.List;
import java.util.Map;

import static dev.publiccredit.ledger.api.support.HttpJson.map;

/** Valid objection and repair bodies with fixed, literal data. */
public final class Disputes {

    private Disputes() {
    }

    /** An objection by the subject itself on the ground ERROR. */
    public static Map<String, Object> objection(String statement) {
        return map("objector", map("name", "北京示例科技有限公司", "role", "SUBJECT", "contact", "010-12345678"),
                "ground", "ERROR", "statement", statement, "evidence", List.of("缴款凭证 2026-001"));
    }

    /** A standard repair application with both required materials. */
    public static Map<String, Object> standardRepair() {
        return map("applicant", "北京示例科技有限公司", "kind", "STANDARD", "materials", List.of(
                map("type", "OBLIGATION_FULFILMENT_PROOF", "reference", "京海税缴〔2026〕31号", "description", "罚款已缴清"),
                map("type", "CREDIT_COMMITMENT", "reference", "承诺书 2026-01")));
    }

    /** A reorganisation repair application with the court ruling and the commitment. */
    public static Map<String, Object> reorganisationRepair() {
        return map("applicant", "北京示例科技有限公司", "kind", "REORGANISATION", "materials", List.of(
                map("type", "COURT_RULING", "reference", "（2026）京01破12号"),
                map("type", "CREDIT_COMMITMENT", "reference", "承诺书 2026-02")));
    }

    public static Map<String, Object> decision(String outcome) {
        return map("outcome", outcome, "reasoning", "经核实：" + outcome);
    }
}
