package io.shiptwin.dashboards;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page works with no network beyond localhost: every file the server serves is fetched over HTTP and
 * checked for external URLs.
 *
 * <p>Our own files may name no absolute URL at all except loopback ones. The vendored libraries
 * (ECharts, Swagger UI) carry URLs inside strings that a browser never fetches — XML namespaces such as
 * {@code http://www.w3.org/2000/svg}, licence and RFC links in messages — so for them the rule is: no
 * CDN host and no protocol-relative {@code //cdn}; the browser test checks what is actually loaded.
 */
class WebAssetsTest {
    /** Hosts that serve browser libraries; none may appear in any served file. */
    static final List<String> CDN_HOSTS = List.of("cdn.jsdelivr.net", "jsdelivr", "unpkg.com", "cdnjs.cloudflare.com",
            "cdnjs", "ajax.googleapis.com", "fonts.googleapis.com", "fonts.gstatic.com", "code.jquery.com",
            "bootstrapcdn", "stackpath", "cdn.skypack.dev", "esm.sh", "esm.run", "ga.jspm.io", "cdn.plot.ly",
            "cdn.bootcdn.net", "lib.baomitu.com", "cdn.staticfile.org", "validator.swagger.io/validator?");
    static final Pattern ABSOLUTE_URL = Pattern.compile("(?i)(https?:)?//[a-z0-9][a-z0-9.-]*[a-z0-9](:[0-9]+)?");
    static final Pattern URL_WITH_SCHEME = Pattern.compile("(?i)https?://([a-z0-9.-]+|\\[[0-9a-f:]+])");
    static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    @TempDir
    static Path dir;
    static RunningDashboard dashboard;
    static HttpFixture http;
    static WebAssets assets = new WebAssets();

    @BeforeAll
    static void startDashboard() throws Exception {
        TwinDatabase db = new TwinDatabase(dir).createTables();
        dashboard = RunningDashboard.over(db.url);
        http = dashboard.http;
    }

    @AfterAll
    static void stopDashboard() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @Test
    void everyAssetIsServedWithItsContentType() throws Exception {
        for (WebAssets.Asset asset : assets.all()) {
            HttpResponse<byte[]> r = http.getBytes(asset.path());
            assertThat(r.statusCode()).as("status of %s", asset.path()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").map(t -> t.replace(" ", "")))
                    .as("content type of %s", asset.path()).hasValue(asset.contentType().replace(" ", ""));
            assertThat(r.body().length).as("size of %s", asset.path()).isGreaterThan(100);
        }
        assertThat(assets.all()).extracting(WebAssets.Asset::path)
                .contains("/", "/vendor/echarts/echarts.min.js", "/api/docs", "/vendor/swagger-ui/swagger-ui-bundle.js");
    }

    @Test
    void ourOwnFilesNameNoUrlBeyondLoopback() throws Exception {
        List<String> found = new ArrayList<>();
        for (WebAssets.Asset asset : assets.all()) {
            if (asset.vendored()) {
                continue;
            }
            String body = served(asset);
            Matcher m = URL_WITH_SCHEME.matcher(body);
            while (m.find()) {
                if (!LOOPBACK.contains(m.group(1).toLowerCase())) {
                    found.add(asset.path() + ": " + m.group());
                }
            }
            Matcher protocolRelative = Pattern.compile("[\"'(=]\\s*//[a-zA-Z0-9]").matcher(body);
            while (protocolRelative.find()) {
                found.add(asset.path() + ": protocol-relative URL near " + protocolRelative.group());
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void noServedFileNamesACdn() throws Exception {
        List<String> found = new ArrayList<>();
        for (WebAssets.Asset asset : assets.all()) {
            String body = served(asset).toLowerCase();
            for (String host : CDN_HOSTS) {
                if (body.contains(host)) {
                    found.add(asset.path() + ": " + host);
                }
            }
            if (body.contains("//cdn")) {
                found.add(asset.path() + ": //cdn");
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void vendoredFilesNameOnlyHostsThatAreNeverFetched() throws Exception {
        // Namespace identifiers and documentation links found in ECharts 5 and Swagger UI 5; a new host
        // appearing after an upgrade must be looked at before it is added here.
        Set<String> known = Set.of("www.w3.org", "github.com", "www.apache.org", "spec.openapis.org", "json-schema.org",
                "datatracker.ietf.org", "www.rfc-editor.org", "validator.swagger.io", "swagger.io", "vladimirgorej.com",
                "reactjs.org", "redux.js.org", "spdx.org", "twitter.com", "www.facebook.com", "www.tiktok.com",
                "soundcloud.com", "instagram.com", "www.instagram.com", "tools.ietf.org", "www.iana.org", "developer.mozilla.org", "fb.me", "mathiasbynens.be",
                "html.spec.whatwg.org", "url.spec.whatwg.org", "example.com", "petstore.swagger.io", "www.ietf.org",
                "www.ecma-international.org", "tc39.es", "react.dev", "git.io", "goo.gl", "echarts.apache.org",
                // Swagger UI resolves relative links against a made-up "https://base<random>" origin, in memory.
                "base");
        Set<String> unknown = new TreeSet<>();
        for (WebAssets.Asset asset : assets.all()) {
            if (!asset.vendored()) {
                continue;
            }
            Matcher m = URL_WITH_SCHEME.matcher(served(asset));
            while (m.find()) {
                String host = m.group(1).toLowerCase();
                if (!known.contains(host) && !LOOPBACK.contains(host)) {
                    unknown.add(asset.path() + ": " + host);
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void thePageLoadsItsScriptsAndStylesFromThisServerOnly() throws Exception {
        String page = served(assets.all().get(0));

        Matcher m = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page);
        List<String> references = new ArrayList<>();
        while (m.find()) {
            references.add(m.group(1));
        }
        assertThat(references).isNotEmpty().allSatisfy(ref -> assertThat(ref).matches("(/|#|data:).*"));
        assertThat(references).contains("/vendor/echarts/echarts.min.js", "/app/app.js", "/app/app.css");
    }

    private static String served(WebAssets.Asset asset) throws Exception {
        return new String(http.getBytes(asset.path()).body(), StandardCharsets.UTF_8);
    }
}
