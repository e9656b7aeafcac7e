package io.shiptwin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AssetTypeTest {

    @ParameterizedTest
    @EnumSource(AssetType.class)
    void findsEveryTypeByItsOwnTopicSegment(AssetType type) {
        assertThat(AssetType.fromTopicSegment(type.topicSegment())).isEqualTo(type);
    }

    @Test
    void usesHyphenatedLowerCaseTopicSegments() {
        assertThat(AssetType.values()).extracting(AssetType::topicSegment)
                .containsExactly("crane", "welding-robot", "paint-booth", "cutter", "press", "transporter", "pump",
                        "compressor", "energy-meter", "positioning", "gateway");
    }

    @Test
    void rejectsUnknownSegmentListingTheKnownOnes() {
        assertThatIllegalArgumentException().isThrownBy(() -> AssetType.fromTopicSegment("forklift"))
                .withMessage("unknown asset type 'forklift', expected one of [crane, welding-robot, paint-booth, cutter, press,"
                        + " transporter, pump, compressor, energy-meter, positioning, gateway]");
    }

    @Test
    void matchesSegmentsCaseSensitively() {
        assertThatIllegalArgumentException().isThrownBy(() -> AssetType.fromTopicSegment("Crane"))
                .withMessageStartingWith("unknown asset type 'Crane'");
    }
}
