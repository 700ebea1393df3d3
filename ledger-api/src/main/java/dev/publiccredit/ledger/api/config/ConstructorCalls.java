package dev.publiccredit.ledger.api.config;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.module.SimpleModule;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;

/**
 * Calls the constructors that Jackson builds records (and other classes with a properties-based constructor) with
 * through a method handle made once per class. Jackson 3 calls them with {@code MethodHandle.invokeWithArguments},
 * which on Java 17 makes a new spreading handle on every call: a sixth of deserializing an event in a rebuild
 * (docs/adr/0031). Only the plain instantiator with a public constructor of a public class is replaced, and a
 * constructor's failure is reported exactly as Jackson reports it; anything else keeps Jackson's own instantiator.
 */
final class ConstructorCalls extends SimpleModule {

    ConstructorCalls() {
        super("constructor-calls");
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addValueInstantiators(new ValueInstantiators() {
            @Override
            public ValueInstantiator findValueInstantiator(DeserializationConfig config,
                                                           BeanDescription.Supplier description) {
                return null;
            }

            @Override
            public ValueInstantiator modifyValueInstantiator(DeserializationConfig config,
                                                             BeanDescription.Supplier description,
                                                             ValueInstantiator instantiator) {
                return spread(instantiator);
            }
        });
    }

    /** The instantiator with its properties-based constructor called through a spreading handle, where it can be. */
    static ValueInstantiator spread(ValueInstantiator instantiator) {
        if (instantiator.getClass() != StdValueInstantiator.class) {
            return instantiator;
        }
        StdValueInstantiator plain = (StdValueInstantiator) instantiator;
        if (!(plain.getWithArgsCreator() instanceof AnnotatedConstructor creator)) {
            return instantiator;
        }
        Constructor<?> constructor = creator.getAnnotated();
        if (!Modifier.isPublic(constructor.getModifiers())
                || !Modifier.isPublic(constructor.getDeclaringClass().getModifiers())) {
            return instantiator;
        }
        try {
            MethodHandle handle = MethodHandles.publicLookup().unreflectConstructor(constructor)
                    .asSpreader(Object[].class, constructor.getParameterCount())
                    .asType(MethodType.methodType(Object.class, Object[].class));
            return new Spread(plain, handle);
        } catch (IllegalAccessException | IllegalArgumentException notReachable) {
            return instantiator;
        }
    }

    /** Jackson's instantiator, but for the call of its properties-based constructor. */
    static final class Spread extends StdValueInstantiator {

        private final MethodHandle constructor;

        private Spread(StdValueInstantiator source, MethodHandle constructor) {
            super(source);
            this.constructor = constructor;
        }

        @Override
        public Object createFromObjectWith(DeserializationContext context, Object[] arguments) {
            try {
                return (Object) constructor.invokeExact(arguments);
            } catch (Error e) {
                throw e;
            } catch (Throwable failure) {
                // as StdValueInstantiator reports a constructor's exception
                return context.handleInstantiationProblem(_valueClass, arguments, rewrapCtorProblem(context, failure));
            }
        }
    }
}
