package dev.publiccredit.ledger.api.config;

import dev.publiccredit.ledger.api.calendar.JdbcWorkingDayCalendarLoader;
import dev.publiccredit.ledger.api.listing.JdbcMeasureCatalogueLoader;
import dev.publiccredit.ledger.core.calendar.WorkingDayCalendar;
import dev.publiccredit.ledger.core.policy.DisputePolicies;
import dev.publiccredit.ledger.core.policy.DoublePublicityPolicy;
import dev.publiccredit.ledger.core.policy.ListingPolicies;
import dev.publiccredit.ledger.core.policy.ListingPolicy;
import dev.publiccredit.ledger.core.policy.MeasureCatalogue;
import dev.publiccredit.ledger.core.policy.ObjectionPolicy;
import dev.publiccredit.ledger.core.policy.PublicityPeriod;
import dev.publiccredit.ledger.core.policy.PublicityPeriodPolicy;
import dev.publiccredit.ledger.core.policy.RecordPolicies;
import dev.publiccredit.ledger.core.policy.RepairPolicy;
import dev.publiccredit.ledger.core.shared.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rules in force: the working-day calendar and the measures catalogue (data, in the database) with the policies
 * built on them from {@code ledger.*} (configuration). One immutable {@link InForce} at a time; {@link #reload()}
 * reads the data again and swaps in new policies, so a calendar year or catalogue version published through the
 * admin API applies to the next command without a restart. A command reads the rules once, when it is handled;
 * what it decided (deadlines with their calendar version, the measures applied) is stored in its events and never
 * recomputed.
 */
public final class LedgerRules {

    private static final Logger log = LoggerFactory.getLogger(LedgerRules.class);

    /** The calendar, the catalogue and every policy built from them, as one consistent set. */
    public record InForce(WorkingDayCalendar calendar, RecordPolicies records, DisputePolicies disputes,
                          ListingPolicies listings) {

        /** The rule sets in force, e.g. {@code publicity=cn-credit-publicity-2025.1;objection=...;calendar=...}. */
        public String ruleSet() {
            return "publicity=" + records.publicity().ruleSet()
                    + ";objection=" + disputes.objection().ruleSet()
                    + ";repair=" + disputes.repair().ruleSet()
                    + ";listing=" + listings.listing().ruleSet()
                    + ";measures=" + listings.measures().version()
                    + ";calendar=" + calendar.version();
        }
    }

    private final LedgerProperties properties;
    private final JdbcClient jdbc;
    private final AtomicReference<InForce> current = new AtomicReference<>();

    public LedgerRules(LedgerProperties properties, JdbcClient jdbc) {
        this.properties = Objects.requireNonNull(properties, "properties");
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        reload();
    }

    public InForce current() {
        return current.get();
    }

    /**
     * Reads the calendar and the current catalogue from the database and puts policies built on them in force,
     * if they differ from the ones in force.
     *
     * @return the rules now in force
     */
    public synchronized InForce reload() {
        WorkingDayCalendar calendar = new JdbcWorkingDayCalendarLoader(jdbc).load();
        MeasureCatalogue catalogue = new JdbcMeasureCatalogueLoader(jdbc).load();
        InForce before = current.get();
        if (before != null && before.calendar().equals(calendar) && before.listings().measures().equals(catalogue)) {
            return before;
        }
        InForce rules = build(properties, calendar, catalogue);
        current.set(rules);
        log.info("Rules in force: working-day calendar {} covering {}, joint measures catalogue {} with {} measures",
                calendar.version(), calendar.coveredYears(), catalogue.version(), catalogue.measures().size());
        return rules;
    }

    static InForce build(LedgerProperties properties, WorkingDayCalendar calendar, MeasureCatalogue catalogue) {
        Map<Severity, PublicityPeriod> periods = new EnumMap<>(Severity.class);
        properties.publicity().periods().forEach((severity, range) -> periods.put(severity, range.toPolicy()));
        RecordPolicies records = new RecordPolicies(
                new PublicityPeriodPolicy(properties.publicity().ruleSet(), periods),
                new DoublePublicityPolicy(calendar, properties.doublePublicity().publicationWorkingDays(),
                        properties.doublePublicity().withdrawalWorkingDays()));
        LedgerProperties.Objection objection = properties.objection();
        LedgerProperties.Repair repair = properties.repair();
        DisputePolicies disputes = new DisputePolicies(
                new ObjectionPolicy(calendar, objection.decisionWorkingDays(), objection.extendedWorkingDays(),
                        objection.reviewWorkingDays(), objection.ruleSet()),
                new RepairPolicy(calendar, repair.acceptanceWorkingDays(), repair.decisionWorkingDays(),
                        repair.nonRepairableViolationTypes(), repair.ruleSet()));
        LedgerProperties.Listing listing = properties.listing();
        ListingPolicies listings = new ListingPolicies(new ListingPolicy(calendar, listing.noticeWorkingDays(),
                listing.maximumPeriods() == null ? Map.of() : listing.maximumPeriods(),
                listing.earlyRemovalMinimum(), listing.ruleSet()), catalogue);
        return new InForce(calendar, records, disputes, listings);
    }
}
