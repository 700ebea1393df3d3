package dev.publiccredit.ledger.api.config;

import dev.publiccredit.ledger.api.calendar.JdbcWorkingDayCalendarLoader;
import dev.publiccredit.ledger.core.calendar.WorkingDayCalendar;
import dev.publiccredit.ledger.core.policy.DisputePolicies;
import dev.publiccredit.ledger.core.policy.DoublePublicityPolicy;
import dev.publiccredit.ledger.core.policy.ObjectionPolicy;
import dev.publiccredit.ledger.core.policy.PublicityPeriod;
import dev.publiccredit.ledger.core.policy.PublicityPeriodPolicy;
import dev.publiccredit.ledger.core.policy.RecordPolicies;
import dev.publiccredit.ledger.core.policy.RepairPolicy;
import dev.publiccredit.ledger.core.shared.PlatformTime;
import dev.publiccredit.ledger.core.shared.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/** The ledger's clock, calendar and policies. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerProperties.class)
public class LedgerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LedgerConfiguration.class);

    /** The platform clock, in China Standard Time. Tests replace it to move time. */
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.system(PlatformTime.ZONE);
    }

    /** The official working-day calendar, loaded from the database once Flyway has run. */
    @Bean
    @DependsOnDatabaseInitialization
    WorkingDayCalendar workingDayCalendar(JdbcClient jdbc) {
        WorkingDayCalendar calendar = new JdbcWorkingDayCalendarLoader(jdbc).load();
        log.info("Working-day calendar {} covers {}", calendar.version(), calendar.coveredYears());
        return calendar;
    }

    @Bean
    RecordPolicies recordPolicies(LedgerProperties properties, WorkingDayCalendar calendar) {
        Map<Severity, PublicityPeriod> periods = new EnumMap<>(Severity.class);
        properties.publicity().periods().forEach((severity, range) -> periods.put(severity, range.toPolicy()));
        return new RecordPolicies(new PublicityPeriodPolicy(properties.publicity().ruleSet(), periods),
                new DoublePublicityPolicy(calendar, properties.doublePublicity().publicationWorkingDays(),
                        properties.doublePublicity().withdrawalWorkingDays()));
    }

    @Bean
    DisputePolicies disputePolicies(LedgerProperties properties, WorkingDayCalendar calendar) {
        LedgerProperties.Objection objection = properties.objection();
        LedgerProperties.Repair repair = properties.repair();
        return new DisputePolicies(
                new ObjectionPolicy(calendar, objection.decisionWorkingDays(), objection.extendedWorkingDays(),
                        objection.reviewWorkingDays(), objection.ruleSet()),
                new RepairPolicy(calendar, repair.acceptanceWorkingDays(), repair.decisionWorkingDays(),
                        repair.nonRepairableViolationTypes(), repair.ruleSet()));
    }
}
