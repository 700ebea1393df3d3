package dev.publiccredit.ledger.api.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.publiccredit.ledger.api.config.LedgerProperties;
import dev.publiccredit.ledger.api.config.LedgerRules;
import dev.publiccredit.ledger.core.listing.event.ListingKind;
import dev.publiccredit.ledger.core.shared.Severity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules in force, read-only: the policies are configuration ({@code ledger.*} properties, changed by a new
 * configuration and a restart, see docs/configuration.md); the calendar and the measures catalogue they apply are
 * data, published through the admin API. Every event names the rule sets it applied in its {@code ruleSet} metadata.
 */
@RestController
@RequestMapping(path = "/api/v1/admin/policies", produces = "application/json")
@Tag(name = "Administration")
public class PoliciesController {

    static final String CONFIGURATION = "configuration: the ledger.* properties (application.yml or the environment); "
            + "a change needs a new configuration and a restart, and applies to decisions from then on";

    private final LedgerProperties properties;
    private final LedgerRules rules;

    public PoliciesController(LedgerProperties properties, LedgerRules rules) {
        this.properties = properties;
        this.rules = rules;
    }

    /** All rules in force; {@code ruleSet} is what events record in their metadata. */
    public record PoliciesView(String ruleSet, String changedBy, Publicity publicity, DoublePublicity doublePublicity,
                               Objection objection, Repair repair, Listing listing, Data calendar, Data measures) {
    }

    public record Publicity(String ruleSet, String source, Map<Severity, LedgerProperties.Range> periods) {
    }

    public record DoublePublicity(String source, int publicationWorkingDays, int withdrawalWorkingDays) {
    }

    public record Objection(String ruleSet, String source, int decisionWorkingDays, int extendedWorkingDays,
                            int reviewWorkingDays) {
    }

    public record Repair(String ruleSet, String source, int acceptanceWorkingDays, int decisionWorkingDays,
                         Set<String> nonRepairableViolationTypes) {
    }

    public record Listing(String ruleSet, String source, int noticeWorkingDays,
                          Map<ListingKind, Period> maximumPeriods, Period earlyRemovalMinimum) {
    }

    /** A data set in force: its version and where it is changed. */
    public record Data(String version, String changedBy,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> coveredYears) {
    }

    @GetMapping
    @Operation(summary = "The rules in force: publicity periods, deadlines, listing periods, with their rule sets",
            description = "Read-only. The policies are configuration (ledger.* properties): changing them takes a new "
                    + "configuration and a restart, and applies to decisions taken from then on; decisions already "
                    + "stored keep the values they were decided with. The calendar and the measures catalogue are "
                    + "data, published with PUT /api/v1/admin/calendar/{year} and POST /api/v1/admin/measures.")
    public PoliciesView policies() {
        LedgerRules.InForce inForce = rules.current();
        LedgerProperties.Objection objection = properties.objection();
        LedgerProperties.Repair repair = properties.repair();
        LedgerProperties.Listing listing = properties.listing();
        return new PoliciesView(inForce.ruleSet(), CONFIGURATION,
                new Publicity(properties.publicity().ruleSet(), "国家发展改革委 22号 / 36号 (credit-rules §3)",
                        properties.publicity().periods()),
                new DoublePublicity("国办发〔2015〕51号 §18; 行政处罚法 art. 48",
                        properties.doublePublicity().publicationWorkingDays(),
                        properties.doublePublicity().withdrawalWorkingDays()),
                new Objection(objection.ruleSet(), "Zhejiang art. 31 (credit-rules §4; no national limit)",
                        objection.decisionWorkingDays(), objection.extendedWorkingDays(),
                        objection.reviewWorkingDays()),
                new Repair(repair.ruleSet(), "国家发展改革委 22号 (credit-rules §3)", repair.acceptanceWorkingDays(),
                        repair.decisionWorkingDays(), new TreeSet<>(repair.nonRepairableViolationTypes())),
                new Listing(listing.ruleSet(), "国办发〔2020〕49号; SAMR 令第44号 practice (credit-rules §5)",
                        listing.noticeWorkingDays(),
                        listing.maximumPeriods() == null ? Map.of() : listing.maximumPeriods(),
                        listing.earlyRemovalMinimum()),
                new Data(inForce.calendar().version(), "data: PUT /api/v1/admin/calendar/{year}",
                        List.copyOf(inForce.calendar().coveredYears())),
                new Data(inForce.listings().measures().version(), "data: POST /api/v1/admin/measures", List.of()));
    }
}
