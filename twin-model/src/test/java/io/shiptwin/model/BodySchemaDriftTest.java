package io.shiptwin.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The schema files in the repository describe exactly the records the codec writes. */
class BodySchemaDriftTest {

    @ParameterizedTest
    @EnumSource(value = EventType.class, mode = EnumSource.Mode.EXCLUDE, names = "TELEMETRY")
    void bodySchemaRequiresExactlyTheRecordsBodyComponents(EventType type) {
        JsonNode schema = Schemas.tree(type.bodySchemaResource());
        List<String> components = Arrays.stream(type.javaType().getRecordComponents()).skip(1)
                .map(RecordComponent::getName).toList();
        List<String> required = Arrays.stream(type.javaType().getRecordComponents()).skip(1)
                .filter(c -> !c.isAnnotationPresent(OptionalField.class)).map(RecordComponent::getName).toList();

        assertThat(names(schema.get("required"))).as("required: all but the optional fields").containsExactlyElementsOf(required);
        assertThat(fieldNames(schema.get("properties"))).as("properties").containsExactlyElementsOf(components);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void bodySchemaNamesItsTypeInItsId(EventType type) {
        assertThat(Schemas.tree(type.bodySchemaResource()).get("$id").asText())
                .isEqualTo("https://shiptwin.io/schemas/events/" + type.wireName() + ".body.schema.json");
    }

    @Test
    void envelopeSchemaListsEveryWireTypeAndNoOther() {
        JsonNode types = Schemas.tree(Schemas.ENVELOPE).at("/properties/type/enum");

        assertThat(names(types)).containsExactlyElementsOf(EventType.wireNames());
    }

    @Test
    void everyBusinessEventRecordHasAnEventType() {
        Set<Class<?>> catalogued = Arrays.stream(EventType.values()).map(EventType::javaType).collect(Collectors.toSet());

        assertThat(BusinessEvent.class.getPermittedSubclasses()).allMatch(catalogued::contains);
    }

    @Test
    void everyDataFlowHasAtLeastOneEventType() {
        EnumSet<DataFlow> covered = EnumSet.noneOf(DataFlow.class);
        Arrays.stream(EventType.values()).forEach(t -> covered.add(t.flow()));

        assertThat(covered).containsExactlyInAnyOrder(DataFlow.values());
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
