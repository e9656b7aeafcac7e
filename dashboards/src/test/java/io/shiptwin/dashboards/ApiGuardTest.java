package io.shiptwin.dashboards;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiGuardTest {
    static final String TOKEN = "s3cret-token-0123456789";

    @Test
    void onLoopbackChangingRequestsNeedNoToken() {
        ApiGuard guard = new ApiGuard("127.0.0.1", null);

        assertThat(guard.check("POST", null)).isEmpty();
        assertThat(guard.requiresToken()).isFalse();
    }

    @Test
    void beyondLoopbackReadingNeedsNoToken() {
        ApiGuard guard = new ApiGuard("0.0.0.0", TOKEN);

        assertThat(guard.check("GET", null)).isEmpty();
        assertThat(guard.check("HEAD", null)).isEmpty();
        assertThat(guard.check("OPTIONS", null)).isEmpty();
    }

    @Test
    void beyondLoopbackAChangingRequestNeedsTheBearerToken() {
        ApiGuard guard = new ApiGuard("0.0.0.0", TOKEN);

        assertThat(guard.check("POST", null)).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.reason()).isEqualTo("missing 'Authorization: Bearer <apiToken>' header");
        });
        assertThat(guard.check("DELETE", "Basic dXNlcjpwYXNz")).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(401));
        assertThat(guard.check("PUT", "Bearer wrong-token-0123456789")).hasValueSatisfying(r ->
                assertThat(r.reason()).isEqualTo("wrong API token"));
        assertThat(guard.check("POST", "Bearer " + TOKEN)).isEmpty();
    }

    @Test
    void beyondLoopbackWithoutAConfiguredTokenChangingRequestsAreRefused() {
        ApiGuard guard = new ApiGuard("192.0.2.10", null);

        assertThat(guard.check("POST", "Bearer anything-at-all-here")).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.reason()).contains("no apiToken is configured");
        });
    }

    @Test
    void loopbackIsTheLoopbackRangeAndLocalhostButNotTheWildcard() {
        assertThat(ApiGuard.isLoopback("127.0.0.1")).isTrue();
        assertThat(ApiGuard.isLoopback("127.1.2.3")).isTrue();
        assertThat(ApiGuard.isLoopback("::1")).isTrue();
        assertThat(ApiGuard.isLoopback("[::1]")).isTrue();
        assertThat(ApiGuard.isLoopback("localhost")).isTrue();
        assertThat(ApiGuard.isLoopback("0.0.0.0")).isFalse();
        assertThat(ApiGuard.isLoopback("::")).isFalse();
        assertThat(ApiGuard.isLoopback("10.1.2.3")).isFalse();
        assertThat(ApiGuard.isLoopback("yard-server.example")).isFalse();
    }

    @Test
    void aShortTokenIsRejectedByTheConfigAndABlankOneMeansNone() {
        assertThatThrownBy(() -> DashboardConfig.defaults().withApiToken("short"))
                .hasMessage("dashboard apiToken must be at least 16 characters, got 5");
        assertThat(DashboardConfig.defaults().withApiToken("  ").apiToken()).isNull();
        assertThat(DashboardConfig.defaults().withApiToken(TOKEN).toString()).doesNotContain(TOKEN).contains("apiToken=set");
    }
}
