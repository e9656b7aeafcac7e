package io.shiptwin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {

    @ParameterizedTest
    @ValueSource(strings = {"88.118.8001/EQ-GC-01", "88.1.2/SHIP-H1234", "88.118.8001.7/a", "88.12345678.1/block_3.v2"})
    void formatsBackToTheTextItWasParsedFrom(String text) {
        assertThat(Identifier.parse(text).toString()).isEqualTo(text);
    }

    @Test
    void parseSplitsPrefixAndSuffixAtTheSlash() {
        assertThat(Identifier.parse("88.118.8001/EQ-GC-01")).isEqualTo(new Identifier("88.118.8001", "EQ-GC-01"));
    }

    @Test
    void equipmentIdentifierPrefixesTheAssetTagWithEq() {
        assertThat(Identifier.equipment("88.118.8001", "GC-01").toString()).isEqualTo("88.118.8001/EQ-GC-01");
    }

    @Test
    void rejectsEmptyText() {
        assertThatIllegalArgumentException().isThrownBy(() -> Identifier.parse(""))
                .withMessage("identifier is empty");
    }

    @Test
    void rejectsNullTextAsEmpty() {
        assertThatIllegalArgumentException().isThrownBy(() -> Identifier.parse(null))
                .withMessage("identifier is empty");
    }

    @Test
    void rejectsTextWithoutSlashNamingTheText() {
        assertThatIllegalArgumentException().isThrownBy(() -> Identifier.parse("88.118.8001-EQ-GC-01"))
                .withMessage("identifier '88.118.8001-EQ-GC-01' has no '/' between prefix and suffix");
    }

    @Test
    void rejectsPrefixNotStartingWith88NamingThePrefix() {
        assertThatIllegalArgumentException().isThrownBy(() -> Identifier.parse("86.118.8001/EQ-GC-01"))
                .withMessage("identifier prefix must be '88.{industry}.{enterprise}' with digits, got '86.118.8001'");
    }

    @Test
    void rejectsPrefixWithTooFewLevelsNamingThePrefix() {
        assertThatIllegalArgumentException().isThrownBy(() -> Identifier.parse("88.118/EQ-GC-01"))
                .withMessage("identifier prefix must be '88.{industry}.{enterprise}' with digits, got '88.118'");
    }

    @Test
    void rejectsPrefixWithNonDigitLevel() {
        assertThatIllegalArgumentException().isThrownBy(() -> Identifier.parse("88.ship.8001/EQ-GC-01"))
                .withMessageStartingWith("identifier prefix must be")
                .withMessageEndingWith("got '88.ship.8001'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"EQ GC 01", "EQ/GC", "-EQ-GC-01", "EQ#1", ""})
    void rejectsSuffixWithIllegalCharactersNamingTheSuffix(String suffix) {
        assertThatIllegalArgumentException().isThrownBy(() -> Identifier.parse("88.118.8001/" + suffix))
                .withMessage("identifier suffix must be 1-128 of [A-Za-z0-9._-] starting with a letter or digit, got '"
                        + suffix + "'");
    }

    @Test
    void rejectsSuffixLongerThan128Characters() {
        String suffix = "A".repeat(129);

        assertThatIllegalArgumentException().isThrownBy(() -> new Identifier("88.118.8001", suffix))
                .withMessageStartingWith("identifier suffix must be 1-128");
    }

    @Test
    void acceptsSuffixOfExactly128Characters() {
        String suffix = "A".repeat(128);

        assertThat(new Identifier("88.118.8001", suffix).suffix()).hasSize(128);
    }

    @Test
    void errorsForEmptyMissingSlashBadPrefixAndBadSuffixAreDistinct() {
        assertThat(java.util.stream.Stream.of("", "88.118.8001", "86.118.8001/EQ-1", "88.118/EQ-1", "88.118.8001/EQ 1")
                .map(IdentifierTest::messageOf)
                .distinct())
                .hasSize(5);
    }

    private static String messageOf(String text) {
        try {
            Identifier.parse(text);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected '" + text + "' to be rejected");
    }
}
