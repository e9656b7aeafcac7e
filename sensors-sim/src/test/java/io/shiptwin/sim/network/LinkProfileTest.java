package io.shiptwin.sim.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LinkProfileTest {

    @Test
    void namesTheFourProfilesAndNone() {
        assertThat(LinkProfile.named("wired")).isEqualTo(LinkProfile.WIRED);
        assertThat(LinkProfile.named("WiFi")).isEqualTo(LinkProfile.WIFI);
        assertThat(LinkProfile.named("wi-fi")).isEqualTo(LinkProfile.WIFI);
        assertThat(LinkProfile.named("5g")).isEqualTo(LinkProfile.FIVE_G);
        assertThat(LinkProfile.named("private-5g")).isEqualTo(LinkProfile.FIVE_G);
        assertThat(LinkProfile.named("congested")).isEqualTo(LinkProfile.CONGESTED);
        assertThat(LinkProfile.named("none")).isEqualTo(LinkProfile.NONE);
    }

    @Test
    void unknownProfileListsTheKnownOnes() {
        assertThatIllegalArgumentException().isThrownBy(() -> LinkProfile.named("lte"))
                .withMessage("network profile 'lte': expected one of none, wired, wifi, 5g, congested");
    }

    @Test
    void onlyNoneIsTransparent() {
        assertThat(LinkProfile.NONE.isTransparent()).isTrue();
        assertThat(LinkProfile.WIRED.isTransparent()).isFalse();
        assertThat(LinkProfile.WIFI.isTransparent()).isFalse();
    }

    @Test
    void profilesGetWorseFromWiredTo5gToWifiToCongested() {
        assertThat(LinkProfile.WIRED.lossProbability()).isLessThan(LinkProfile.FIVE_G.lossProbability());
        assertThat(LinkProfile.FIVE_G.lossProbability()).isLessThan(LinkProfile.WIFI.lossProbability());
        assertThat(LinkProfile.WIFI.lossProbability()).isLessThan(LinkProfile.CONGESTED.lossProbability());
        assertThat(LinkProfile.FIVE_G.jitterMs()).isLessThan(LinkProfile.WIFI.jitterMs());
    }

    @Test
    void rejectsALossProbabilityOfOneNamingTheField() {
        assertThatIllegalArgumentException().isThrownBy(() -> LinkProfile.WIFI.withLossProbability(1))
                .withMessage("network.lossProbability: must be in [0, 1), got 1.0");
    }

    @Test
    void rejectsNegativeJitterNamingTheField() {
        assertThatIllegalArgumentException().isThrownBy(() -> LinkProfile.WIFI.withJitterMs(-2))
                .withMessage("network.jitterMs: must be a finite value >= 0, got -2.0");
    }
}
