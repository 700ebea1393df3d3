package dev.publiccredit.ledger.projections.expiry;

import dev.publiccredit.ledger.core.shared.RecordId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Reads the records whose publicity has run out but whose disclosure has not been ended yet. */
@Component
public class PublicityExpiries {

    private final JdbcClient jdbc;

    public PublicityExpiries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A record due to end its disclosure, with its source department. */
    public record DueRecord(RecordId recordId, String department) {
    }

    /**
     * At most {@code limit} records still disclosed whose latest end is on or before {@code today} (a record is
     * disclosed on days before its latest end), earliest end first.
     */
    public List<DueRecord> dueRecords(LocalDate today, int limit) {
        return jdbc.sql("""
                        SELECT record_id, department FROM publicity_expiry
                        WHERE latest_end_on IS NOT NULL AND latest_end_on <= ?
                        ORDER BY latest_end_on, record_id LIMIT ?""")
                .params(Date.valueOf(today), limit)
                .query((rs, n) -> new DueRecord(new RecordId(rs.getObject(1, UUID.class)), rs.getString(2)))
                .list();
    }

    /** The ids of {@link #dueRecords}. */
    public List<RecordId> due(LocalDate today, int limit) {
        return dueRecords(today, limit).stream().map(DueRecord::recordId).toList();
    }
}
