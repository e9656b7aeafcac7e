package io.shiptwin.dashboards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Every file the browser loads, all from the classpath: the page's own files and the vendored
 * libraries from WebJars (ECharts, Swagger UI). The list is fixed here, rather than a served
 * directory, so that exactly these files are reachable and a test can check each of them for
 * external URLs: the page must work with no network beyond localhost.
 */
final class WebAssets {
    private static final String OWN = "/io/shiptwin/dashboards/";
    private static final String WEBJARS = "/META-INF/resources/webjars/";

    /** One served file: its URL path, classpath resource, content type and whether it is ours. */
    record Asset(String path, String resource, String contentType, boolean vendored) {
    }

    private static final String JS = "text/javascript; charset=utf-8";
    private static final String CSS = "text/css; charset=utf-8";
    private static final String HTML = "text/html; charset=utf-8";

    /** The page's own modules, served under {@code /app/}. */
    private static final List<String> APP_FILES = List.of(
            "app.css", "app.js", "util.js", "live.js", "charts.js", "flow.js", "tracer.js", "yard.js", "lifecycle.js",
            "inspector.js", "quality.js", "whatif.js", "apiview.js", "docs.js", "kpis.js", "eventtime.js");

    private final Map<String, Asset> byPath = new LinkedHashMap<>();

    WebAssets() {
        add(new Asset("/", OWN + "index.html", HTML, false));
        add(new Asset("/api/docs", OWN + "web/docs.html", HTML, false));
        for (String file : APP_FILES) {
            add(new Asset("/app/" + file, OWN + "web/" + file, file.endsWith(".css") ? CSS : JS, false));
        }
        String echarts = WEBJARS + "echarts/" + webjarVersion("org.webjars.npm", "echarts") + "/dist/";
        add(new Asset("/vendor/echarts/echarts.min.js", echarts + "echarts.min.js", JS, true));
        String swagger = WEBJARS + "swagger-ui/" + webjarVersion("org.webjars", "swagger-ui") + "/";
        add(new Asset("/vendor/swagger-ui/swagger-ui.css", swagger + "swagger-ui.css", CSS, true));
        add(new Asset("/vendor/swagger-ui/swagger-ui-bundle.js", swagger + "swagger-ui-bundle.js", JS, true));
        for (Asset a : byPath.values()) {
            if (WebAssets.class.getResource(a.resource()) == null) {
                throw new IllegalStateException("dashboard asset missing from the classpath: " + a.resource());
            }
        }
    }

    List<Asset> all() {
        return List.copyOf(byPath.values());
    }

    byte[] read(Asset asset) {
        try (InputStream in = WebAssets.class.getResourceAsStream(asset.resource())) {
            if (in == null) {
                throw new IllegalStateException("dashboard asset missing from the classpath: " + asset.resource());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(Asset asset) {
        byPath.put(asset.path(), asset);
    }

    /** The version of a WebJar on the classpath, from the pom.properties Maven put into it. */
    static String webjarVersion(String groupId, String artifactId) {
        String resource = "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = WebAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("WebJar " + groupId + ":" + artifactId + " is not on the classpath ("
                        + resource + " missing)");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
