package dev.publiccredit.ledger.api.config;

import dev.publiccredit.ledger.core.calendar.WorkingDayCalendar;
import dev.publiccredit.ledger.core.policy.DisputePolicies;
import dev.publiccredit.ledger.core.policy.ListingPolicies;
import dev.publiccredit.ledger.core.policy.RecordPolicies;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.jspecify.annotations.Nullable;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.function.Function;

/**
 * Gives the aggregates' command handlers the policies in force when each command is handled: a parameter of type
 * {@link RecordPolicies}, {@link DisputePolicies}, {@link ListingPolicies} or {@link WorkingDayCalendar} is read
 * from {@link LedgerRules#current()} at every call, so a newly published calendar year or catalogue version applies
 * from the next command on. Axon's Spring support finds this factory as a bean.
 */
final class RulesParameterResolverFactory implements ParameterResolverFactory {

    private static final Map<Class<?>, Function<LedgerRules.InForce, Object>> PARTS = Map.of(
            RecordPolicies.class, LedgerRules.InForce::records,
            DisputePolicies.class, LedgerRules.InForce::disputes,
            ListingPolicies.class, LedgerRules.InForce::listings,
            WorkingDayCalendar.class, LedgerRules.InForce::calendar);

    private final LedgerRules rules;

    RulesParameterResolverFactory(LedgerRules rules) {
        this.rules = rules;
    }

    @Override
    public @Nullable ParameterResolver<?> createInstance(Executable executable, Parameter[] parameters,
                                                         int parameterIndex) {
        if (parameterIndex == 0) {
            return null; // the payload
        }
        Function<LedgerRules.InForce, Object> part = PARTS.get(parameters[parameterIndex].getType());
        if (part == null) {
            return null;
        }
        return new ParameterResolver<>() {
            @Override
            public Object resolveParameterValue(Message<?> message) {
                return part.apply(rules.current());
            }

            @Override
            public boolean matches(Message<?> message) {
                return true;
            }
        };
    }
}
