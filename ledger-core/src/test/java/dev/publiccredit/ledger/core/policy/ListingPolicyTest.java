package dev.publiccredit.ledger.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.publiccredit.ledger.core.calendar.OfficialCalendars;
import dev.publiccredit.ledger.core.calendar.WorkingDayCalendar;
import dev.publiccredit.ledger.core.listing.event.AppliedMeasure;
import dev.publiccredit.ledger.core.listing.event.ListingKind;
import dev.publiccredit.ledger.core.listing.event.MeasureType;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.WorkingDayDeadline;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListingPolicyTest {

    static final WorkingDayCalendar CALENDAR = OfficialCalendars.calendar2025And2026();

    final ListingPolicy defaults = ListingPolicy.defaults(CALENDAR);

    @Test
    void noticeWaitingPeriod_countsFiveWorkingDays_skippingTheSpringFestival() {
        // 2026-02-13 (Fri); 02-14 is a make-up Saturday, 02-15..23 holidays: 02-14, 02-24, 02-25, 02-26, 02-27
        WorkingDayDeadline waiting = defaults.noticeWaitingPeriod(LocalDate.of(2026, 2, 13));

        assertThat(waiting).isEqualTo(new WorkingDayDeadline(LocalDate.of(2026, 2, 13), 5, LocalDate.of(2026, 2, 27),
                CALENDAR.version(), true));
        assertThat(ListingPolicy.earliestDecisionOn(waiting)).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void appliedMonths_isTheMaximum_whenNoneIsRequested_andNullForAListWithoutEnd() {
        assertThat(defaults.appliedMonths(ListingKind.SERIOUS_DISHONESTY, null)).isEqualTo(36);
        assertThat(defaults.appliedMonths(ListingKind.REDLIST, 12)).isEqualTo(12);
        assertThat(defaults.appliedMonths(ListingKind.BUSINESS_ANOMALY, null)).isNull();
        assertThat(defaults.hasEnd(ListingKind.BUSINESS_ANOMALY)).isFalse();
        assertThat(defaults.hasEnd(ListingKind.REDLIST)).isTrue();
    }

    @Test
    void checkPeriod_acceptsOneToTheMaximum() {
        List<FieldViolation> violations = new ArrayList<>();
        defaults.checkPeriod(ListingKind.SERIOUS_DISHONESTY, 1, violations);
        defaults.checkPeriod(ListingKind.SERIOUS_DISHONESTY, 36, violations);
        defaults.checkPeriod(ListingKind.BUSINESS_ANOMALY, null, violations);
        assertThat(violations).isEmpty();

        defaults.checkPeriod(ListingKind.SERIOUS_DISHONESTY, 37, violations);
        assertThat(violations).extracting(FieldViolation::field).containsExactly("periodMonths");
    }

    @Test
    void earliestEarlyRemoval_isOneYearAfterASeriousListing_andFreeForOtherKinds() {
        LocalDate listed = LocalDate.of(2024, 2, 29);

        assertThat(defaults.earliestEarlyRemovalOn(ListingKind.SERIOUS_DISHONESTY, listed))
                .isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(defaults.earliestEarlyRemovalOn(ListingKind.REDLIST, listed)).isNull();
        assertThat(defaults.earliestEarlyRemovalOn(ListingKind.BUSINESS_ANOMALY, listed)).isNull();
    }

    @Test
    void constructor_refusesPeriodsInDays_aNoticeOfNoDays_andABlankRuleSet() {
        assertThatThrownBy(() -> new ListingPolicy(CALENDAR, 5, Map.of(ListingKind.REDLIST, Period.ofDays(90)),
                Period.ofYears(1), "r")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REDLIST");
        assertThatThrownBy(() -> new ListingPolicy(CALENDAR, 0, Map.of(), Period.ofYears(1), "r"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ListingPolicy(CALENDAR, 5, Map.of(), Period.ofYears(-1), "r"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ListingPolicy(CALENDAR, 5, Map.of(), Period.ofYears(1), " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void measure_endsAtTheEarlierOfItsOwnMaximumAndTheListingsEnd() {
        MeasureDefinition ban = new MeasureDefinition("GOVERNMENT_PROCUREMENT_BAN", ListingKind.SERIOUS_DISHONESTY,
                MeasureType.RESTRICTION, "禁止参加政府采购活动", "政府采购法 art. 77", Period.ofYears(3));
        MeasureDefinition unlimited = new MeasureDefinition("NO_COMMITMENT_LICENSING",
                ListingKind.SERIOUS_DISHONESTY, MeasureType.RESTRICTION, "不适用告知承诺", "Henan art. 32", null);
        LocalDate start = LocalDate.of(2026, 3, 2);

        assertThat(ban.applyFrom(start, LocalDate.of(2031, 3, 2)).endsOn()).isEqualTo(LocalDate.of(2029, 3, 2));
        assertThat(ban.applyFrom(start, LocalDate.of(2027, 3, 2)).endsOn()).isEqualTo(LocalDate.of(2027, 3, 2));
        assertThat(ban.applyFrom(start, null).endsOn()).isEqualTo(LocalDate.of(2029, 3, 2));
        assertThat(unlimited.applyFrom(start, null)).isEqualTo(new AppliedMeasure("NO_COMMITMENT_LICENSING",
                MeasureType.RESTRICTION, "不适用告知承诺", "Henan art. 32", start, null));
    }

    @Test
    void catalogue_givesTheMeasuresOfAKind_inOrder_andRefusesACodeTwiceForOneKind() {
        MeasureDefinition green = new MeasureDefinition("GREEN_CHANNEL", ListingKind.REDLIST, MeasureType.INCENTIVE,
                "绿色通道", "国发〔2016〕33号", null);
        MeasureDefinition missing = new MeasureDefinition("ACCEPTANCE_WITH_MISSING_DOCUMENTS", ListingKind.REDLIST,
                MeasureType.INCENTIVE, "容缺受理", "国发〔2016〕33号", null);
        MeasureCatalogue catalogue = new MeasureCatalogue("v1", List.of(green, missing));

        assertThat(catalogue.measuresFor(ListingKind.REDLIST)).containsExactly(green, missing);
        assertThat(catalogue.measuresFor(ListingKind.BUSINESS_ANOMALY)).isEmpty();
        assertThat(catalogue.contains("GREEN_CHANNEL")).isTrue();
        assertThat(catalogue.contains("GREEN")).isFalse();
        assertThatThrownBy(() -> new MeasureCatalogue("v1", List.of(green, green)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MeasureDefinition("green channel", ListingKind.REDLIST, MeasureType.INCENTIVE,
                "绿色通道", "国发〔2016〕33号", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
