package io.shiptwin.model.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.shiptwin.model.ObjectKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The DTDL v3 export is structurally valid: what a DTDL parser checks first. */
class DtdlExportTest {
    /** DTMI syntax of DTDL v3: path segments start with a letter, no trailing underscore, ";" version. */
    private static final Pattern DTMI = Pattern.compile("^dtmi:[A-Za-z](?:[A-Za-z0-9_]*[A-Za-z0-9])?(?::[A-Za-z](?:[A-Za-z0-9_]*[A-Za-z0-9])?)*;[1-9][0-9]{0,8}$");
    private static final Pattern NAME = Pattern.compile("^[a-zA-Z](?:[a-zA-Z0-9_]{0,62}[a-zA-Z0-9])?$");
    private final ArrayNode export = DtdlExport.interfaces();

    @Test
    void exportsOneInterfacePerObjectKind() {
        assertThat(export).hasSize(ObjectKind.values().length);
    }

    @Test
    void everyInterfaceHasAContextAnIdAndTheInterfaceType() {
        for (JsonNode i : export) {
            assertThat(i.get("@context").asText()).isEqualTo("dtmi:dtdl:context;3");
            assertThat(i.get("@id").asText()).matches(DTMI).startsWith("dtmi:");
            assertThat(i.get("@type").asText()).isEqualTo("Interface");
        }
    }

    @Test
    void interfaceIdsAreUnique() {
        assertThat(export.findValuesAsText("@id").stream().filter(s -> s.startsWith("dtmi:io")).distinct())
                .hasSize(export.size());
    }

    @Test
    void everyRelationshipHasANameAndATargetThatIsAnExportedInterface() {
        Set<String> ids = new HashSet<>();
        export.forEach(i -> ids.add(i.get("@id").asText()));
        int relationships = 0;
        for (JsonNode i : export) {
            for (JsonNode c : i.get("contents")) {
                if (c.get("@type").asText().equals("Relationship")) {
                    relationships++;
                    assertThat(c.get("name").asText()).matches(NAME);
                    assertThat(c.get("target").asText()).as("target of %s", c).matches(DTMI).isIn(ids);
                    assertThat(c.has("minMultiplicity")).as("DTDL v3 fixes minMultiplicity at 0").isFalse();
                }
            }
        }
        assertThat(relationships).isEqualTo(io.shiptwin.model.yard.Relationship.values().length);
    }

    @Test
    void contentNamesAreValidAndUniqueWithinEachInterface() {
        for (JsonNode i : export) {
            List<String> names = StreamSupport.stream(i.get("contents").spliterator(), false).map(c -> c.get("name").asText()).toList();
            assertThat(names).as(i.get("@id").asText()).doesNotHaveDuplicates().allMatch(n -> NAME.matcher(n).matches());
        }
    }

    @Test
    void everyPropertyHasASchema() {
        for (JsonNode i : export) {
            for (JsonNode c : i.get("contents")) {
                if (c.get("@type").asText().equals("Property")) {
                    assertThat(c.has("schema")).as("%s", c).isTrue();
                }
            }
        }
    }

    @Test
    void aBlockBelongsToAtMostOneShipInDtdlAndTheDescriptionStatesExactlyOne() {
        JsonNode block = interfaceOf("dtmi:io:shiptwin:yard:Block;1");
        JsonNode ship = relationship(block, "ship");

        assertThat(ship.get("target").asText()).isEqualTo("dtmi:io:shiptwin:yard:Ship;1");
        assertThat(ship.get("maxMultiplicity").asInt()).isEqualTo(1);
        assertThat(ship.get("description").asText()).isEqualTo("each Block has 1 Ship; each Ship has 0..* Block");
    }

    @Test
    void unitsTravelInPropertyNamesAndEnumsListTheirValues() throws Exception {
        String block = new ObjectMapper().writeValueAsString(interfaceOf("dtmi:io:shiptwin:yard:Block;1"));

        assertThat(block).contains("\"name\":\"weightTonnes\",\"schema\":\"double\"")
                .contains("{\"name\":\"DOUBLE_BOTTOM\",\"enumValue\":\"DOUBLE_BOTTOM\"}");
    }

    private JsonNode interfaceOf(String id) {
        for (JsonNode i : export) {
            if (i.get("@id").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no interface " + id);
    }

    private static JsonNode relationship(JsonNode i, String name) {
        for (JsonNode c : i.get("contents")) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no content " + name);
    }
}
