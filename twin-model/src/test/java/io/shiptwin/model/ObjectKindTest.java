package io.shiptwin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ObjectKindTest {

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource({
            "88.118.8001/SHIP-H1234, SHIP",
            "88.118.8001/DSN-BC50K, DESIGN",
            "88.118.8001/REV-BC50K-R03, DESIGN_REVISION",
            "88.118.8001/GB-H1234-G12, GRAND_BLOCK",
            "88.118.8001/BLK-H1234-B101, BLOCK",
            "88.118.8001/LOT-H1234-B101-007, PART_LOT",
            "88.118.8001/YARD-WENCHONG, YARD",
            "88.118.8001/AREA-DOCK-1, YARD_AREA",
            "88.118.8001/WC-PANEL-LINE-FCAW-2, WORK_CENTRE",
            "88.118.8001/EQ-GC-01, EQUIPMENT",
            "88.118.8001/CREW-WELD-A, CREW",
            "88.118.8001/SUP-BAOSTEEL, SUPPLIER",
            "88.118.8001/DLV-2026-0017, MATERIAL_DELIVERY",
            "88.118.8001/INSP-2026-000123, INSPECTION",
            "88.118.8001/NC-2026-0042, NON_CONFORMANCE",
            "88.118.8001/RWK-2026-0042-1, REWORK",
            "88.118.8001/WO-2026-0311, WORK_ORDER",
            "88.118.8001/SRV-H1234-2031, CLASS_SURVEY",
            "88.118.8001/OPS-H1234, SHIP_OPERATION"})
    void readsTheKindFromTheSuffix(String text, ObjectKind kind) {
        assertThat(ObjectKind.of(ObjectKind.parse(text))).isEqualTo(kind);
    }

    @Test
    void formatsABlockIdentifierFromHullAndBlockCode() {
        assertThat(ObjectKind.BLOCK.identifier("88.118.8001", "H1234", "B101").toString()).isEqualTo("88.118.8001/BLK-H1234-B101");
    }

    @Test
    void splitsTheSuffixIntoItsTokens() {
        assertThat(ObjectKind.PART_LOT.tokens(Identifier.parse("88.118.8001/LOT-H1234-B101-007")))
                .containsExactly("H1234", "B101", "007");
    }

    @Test
    void rejectsASuffixThatNamesNoKind() {
        assertThatIllegalArgumentException().isThrownBy(() -> ObjectKind.parse("88.118.8001/HULL-H1234"))
                .withMessageStartingWith("identifier suffix 'HULL-H1234' names no object kind, expected one of [SHIP, DSN, REV,");
    }

    @Test
    void rejectsABlockSuffixWithoutItsHullNamingTheTemplate() {
        assertThatIllegalArgumentException().isThrownBy(() -> ObjectKind.parse("88.118.8001/BLK-B101"))
                .withMessage("block suffix must be BLK-{hull}-{block} with tokens of [A-Z0-9], got 'BLK-B101'");
    }

    @Test
    void rejectsLowerCaseTokens() {
        assertThatIllegalArgumentException().isThrownBy(() -> ObjectKind.parse("88.118.8001/SHIP-h1234"))
                .withMessage("ship suffix must be SHIP-{hull} with tokens of [A-Z0-9], got 'SHIP-h1234'");
    }

    @Test
    void malformedPrefixUnknownKindAndWrongStructureGiveDistinctMessages() {
        assertThat(Stream.of("88.118/SHIP-H1", "88.118.8001/HULL-H1", "88.118.8001/SHIP-H1-X", "88.118.8001/SHIP-")
                .map(ObjectKindTest::messageOf).distinct()).hasSize(4);
    }

    @Test
    void kindCodesAreUnique() {
        assertThat(Arrays.stream(ObjectKind.values()).map(ObjectKind::code).distinct()).hasSize(ObjectKind.values().length);
    }

    @ParameterizedTest
    @EnumSource(ObjectKind.class)
    void noKindCodeIsAPrefixOfAnotherKindsSuffix(ObjectKind kind) {
        assertThat(Arrays.stream(ObjectKind.values()).filter(k -> k != kind)
                .filter(k -> (k.code() + "-").startsWith(kind.code() + "-"))).isEmpty();
    }

    @Test
    void identifierExposesItsPrefixHierarchy() {
        Identifier id = Identifier.parse("88.118.8001.7/EQ-GC-01");

        assertThat(id.nationalCode()).isEqualTo("88");
        assertThat(id.industryCode()).isEqualTo("118");
        assertThat(id.enterpriseCode()).isEqualTo("8001");
        assertThat(id.industryPrefix()).isEqualTo("88.118");
        assertThat(id.enterprisePrefix()).isEqualTo("88.118.8001");
    }

    private static String messageOf(String text) {
        try {
            ObjectKind.parse(text);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw new AssertionError(text + " parsed");
    }
}
