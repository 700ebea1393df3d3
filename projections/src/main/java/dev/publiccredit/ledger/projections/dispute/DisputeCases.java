package dev.publiccredit.ledger.projections.dispute;

import dev.publiccredit.ledger.projections.Columns;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** Reads cases: one case with its deadlines and history, and pages of the queue. */
@Component
public class DisputeCases {

    private static final String SUMMARY_COLUMNS = """
            case_id, case_type, record_id, subject_code, department, status, opened_on, due, due_on, closed_on,
            outcome, last_changed_at""";

    private final JdbcClient jdbc;

    public DisputeCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The case of this type as it stands, overdue or not on {@code asOf}; empty if there is none. */
    public Optional<DisputeCaseView> find(UUID caseId, CaseType type, LocalDate asOf) {
        List<String> evidence = new ArrayList<>();
        List<DisputeCaseView.Material> materials = new ArrayList<>();
        jdbc.sql("SELECT type, reference, description FROM dispute_case_item WHERE case_id = ? ORDER BY item_no")
                .param(caseId)
                .query(rs -> {
                    if (type == CaseType.OBJECTION) {
                        evidence.add(rs.getString("reference"));
                    } else {
                        materials.add(new DisputeCaseView.Material(rs.getString("type"), rs.getString("reference"),
                                rs.getString("description")));
                    }
                });
        List<DisputeCaseView.Deadline> deadlines = jdbc.sql("""
                        SELECT due, from_date, working_days, due_on, calendar_version, calendar_covered, rule_set,
                               ended_on, ended_by
                        FROM dispute_case_deadline WHERE case_id = ? ORDER BY entry_no""")
                .param(caseId)
                .query((rs, n) -> {
                    LocalDate dueOn = Columns.day(rs, "due_on");
                    LocalDate endedOn = Columns.day(rs, "ended_on");
                    String endedBy = rs.getString("ended_by");
                    Boolean met = endedOn == null || "EXTENDED".equals(endedBy) ? null : !endedOn.isAfter(dueOn);
                    return new DisputeCaseView.Deadline(Due.valueOf(rs.getString("due")),
                            Columns.day(rs, "from_date"), rs.getInt("working_days"), dueOn,
                            rs.getString("calendar_version"), rs.getBoolean("calendar_covered"),
                            rs.getString("rule_set"), endedOn == null, endedOn, endedBy, met);
                })
                .list();
        List<DisputeCaseView.HistoryEntry> history = history(caseId);
        return jdbc.sql("""
                        SELECT case_id, case_type, record_id, subject_code, source_department, department, status,
                               basis, party_name, party_role, party_contact, statement, earliest_repair_on, opened_on,
                               due, due_on, extension_used, review_requested, closed_on, outcome, decided_on_time,
                               annotation, listing_id, opened_at, last_changed_at
                        FROM dispute_case WHERE case_id = ? AND case_type = ?""")
                .params(caseId, type.name())
                .query((rs, n) -> {
                    boolean objection = type == CaseType.OBJECTION;
                    LocalDate dueOn = Columns.day(rs, "due_on");
                    String due = rs.getString("due");
                    return new DisputeCaseView(rs.getString("case_id"), type, rs.getString("record_id"),
                            rs.getString("subject_code"), rs.getString("source_department"),
                            rs.getString("department"), CaseStatus.valueOf(rs.getString("status")),
                            objection ? rs.getString("basis") : null,
                            objection ? new DisputeCaseView.Objector(rs.getString("party_name"),
                                    rs.getString("party_role"), rs.getString("party_contact")) : null,
                            rs.getString("statement"), evidence,
                            objection ? null : rs.getString("basis"), objection ? null : rs.getString("party_name"),
                            materials, Columns.day(rs, "earliest_repair_on"),
                            Columns.day(rs, "opened_on"), due == null ? null : Due.valueOf(due), dueOn,
                            overdue(dueOn, asOf), asOf, rs.getBoolean("extension_used"),
                            rs.getBoolean("review_requested"), Columns.day(rs, "closed_on"),
                            rs.getString("outcome"), (Boolean) rs.getObject("decided_on_time"),
                            rs.getString("annotation"), rs.getString("listing_id"), deadlines, history,
                            Columns.instant(rs, "opened_at"), Columns.instant(rs, "last_changed_at"));
                })
                .optional();
    }

    /** A page of the queue, earliest due date first; {@code overdue} is judged against {@code asOf}. */
    public CasePage queue(CaseQuery query, LocalDate asOf) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> params = new ArrayList<>();
        if (query.type() != null) {
            where.append(" AND case_type = ?");
            params.add(query.type().name());
        }
        if (!query.statuses().isEmpty()) {
            where.append(" AND status = ANY (?)");
            params.add(query.statuses().stream().map(Enum::name).sorted().toArray(String[]::new));
        }
        if (query.overdue() != null) {
            where.append(query.overdue() ? " AND due_on < ?" : " AND (due_on IS NULL OR due_on >= ?)");
            params.add(Date.valueOf(asOf));
        }
        if (query.department() != null) {
            where.append(" AND department = ?");
            params.add(query.department().value());
        }
        long total = jdbc.sql("SELECT count(*) FROM dispute_case" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(query.size());
        pageParams.add((long) query.page() * query.size());
        List<CasePage.Item> items = jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM dispute_case" + where
                        + " ORDER BY due_on ASC NULLS LAST, opened_on, case_id LIMIT ? OFFSET ?")
                .params(pageParams)
                .query((rs, n) -> item(rs, asOf))
                .list();
        return new CasePage(total, query.page(), query.size(), asOf, items);
    }

    private List<DisputeCaseView.HistoryEntry> history(UUID caseId) {
        Map<Long, Map<String, Object>> details = new HashMap<>();
        jdbc.sql("""
                        SELECT h.entry_no, d.key, jsonb_typeof(d.value) AS kind, d.value #>> '{}' AS text
                        FROM dispute_case_history h, jsonb_each(h.details) d
                        WHERE h.case_id = ?""")
                .param(caseId)
                .query(rs -> {
                    details.computeIfAbsent(rs.getLong("entry_no"), k -> new TreeMap<>())
                            .put(rs.getString("key"), value(rs.getString("kind"), rs.getString("text")));
                });
        return jdbc.sql("""
                        SELECT entry_no, action, occurred_on, recorded_at, status
                        FROM dispute_case_history WHERE case_id = ? ORDER BY entry_no""")
                .param(caseId)
                .query((rs, n) -> new DisputeCaseView.HistoryEntry(rs.getLong("entry_no"), rs.getString("action"),
                        Columns.day(rs, "occurred_on"), Columns.instant(rs, "recorded_at"),
                        CaseStatus.valueOf(rs.getString("status")),
                        details.getOrDefault(rs.getLong("entry_no"), Map.of())))
                .list();
    }

    private static Object value(String kind, String text) {
        switch (kind) {
            case "boolean":
                return Boolean.valueOf(text);
            case "number":
                BigDecimal number = new BigDecimal(text);
                return number.scale() <= 0 ? (Object) number.longValueExact() : number;
            default:
                return text;
        }
    }

    private static CasePage.Item item(ResultSet rs, LocalDate asOf) throws SQLException {
        LocalDate dueOn = Columns.day(rs, "due_on");
        String due = rs.getString("due");
        return new CasePage.Item(rs.getString("case_id"), CaseType.valueOf(rs.getString("case_type")),
                rs.getString("record_id"), rs.getString("subject_code"), rs.getString("department"),
                CaseStatus.valueOf(rs.getString("status")), Columns.day(rs, "opened_on"),
                due == null ? null : Due.valueOf(due), dueOn, overdue(dueOn, asOf),
                Columns.day(rs, "closed_on"), rs.getString("outcome"),
                Columns.instant(rs, "last_changed_at"));
    }

    /** Overdue: something is due and its day has passed (work done on the due day is on time). */
    private static boolean overdue(@Nullable LocalDate dueOn, LocalDate asOf) {
        return dueOn != null && dueOn.isBefore(asOf);
    }
}
