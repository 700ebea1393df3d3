package dev.publiccredit.ledger.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Approval tests of the stored event schema of one event package. Each event is serialized with Axon's Jackson 3
 * serializer (the one the application stores events with) and compared to a JSON fixture written by hand,
 * {@code events/<Event>-<revision>.json}. The fixtures are the schema of events already in the store: a change to an
 * event class that changes its JSON must fail here, and needs a new {@code @Revision}, a new fixture and an upcaster
 * from the old one; never edit a fixture to make this test pass. A subclass names its package and gives one example
 * of every event class in it, as {@code (simple class name, example)}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EventJsonContract {

    static final String REVISION = "1";

    final Jackson3Serializer serializer = Jackson3Serializer.builder().build();
    /** Reads JSON for comparison only; decimals as BigDecimal so that no digit is lost to a double. */
    final JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** The package whose {@code @Revision} classes are the events covered. */
    protected abstract String eventPackage();

    /** One example of every event class of the package: {@code (simple class name, example)}. */
    protected abstract Stream<Arguments> events();

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    public void serialize_writesExactlyTheFixture(String name, Object event) throws IOException {
        SerializedObject<String> serialized = serializer.serialize(event, String.class);

        JsonNode written = json.readTree(serialized.getData());
        assertThat(written).isEqualTo(json.readTree(fixture(event.getClass())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    public void serialize_namesTheClassAndItsRevision(String name, Object event) {
        SerializedObject<String> serialized = serializer.serialize(event, String.class);

        assertThat(serialized.getType()).isEqualTo(new SimpleSerializedType(eventPackage() + "." + name, REVISION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    public void deserialize_readsTheFixture_asTheExample(String name, Object event) throws IOException {
        SimpleSerializedObject<String> stored = new SimpleSerializedObject<>(fixture(event.getClass()), String.class,
                event.getClass().getName(), REVISION);

        Object read = serializer.deserialize(stored);

        assertThat(read).isInstanceOf(event.getClass()).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    public void revision_isOne(String name, Object event) {
        assertThat(event.getClass().getAnnotation(Revision.class)).isNotNull()
                .extracting(Revision::value).isEqualTo(REVISION);
        assertThat(new AnnotationRevisionResolver().revisionOf(event.getClass())).isEqualTo(REVISION);
    }

    @Test
    public void examples_coverEveryEventClass() {
        List<String> revisioned = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(eventPackage()).stream()
                .filter(c -> c.isAnnotatedWith(Revision.class))
                .map(JavaClass::getSimpleName)
                .toList();

        assertThat(revisioned).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(events().map(a -> (String) a.get()[0]).toList());
    }

    /** The fixture of the class's current revision. */
    private static String fixture(Class<?> eventClass) throws IOException {
        String revision = Objects.requireNonNull(eventClass.getAnnotation(Revision.class)).value();
        String path = "/events/" + eventClass.getSimpleName() + "-" + revision + ".json";
        try (InputStream in = EventJsonContract.class.getResourceAsStream(path)) {
            assertThat(in).as("fixture %s", path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
