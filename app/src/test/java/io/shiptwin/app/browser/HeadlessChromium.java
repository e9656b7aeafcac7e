package io.shiptwin.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Nothing is downloaded: when either is
 * missing the test fails and says how to install them (CI's {@code .ci/run} does).
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Screenshots are a test artifact, next to the other build output of the app module. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    static HeadlessChromium start(Path profile) {
        for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(p)) {
                throw new IllegalStateException(p + " is missing: the browser tests need Debian's Chromium and its driver."
                        + " Run .ci/run, or install them with: apt-get install -y chromium chromium-driver");
            }
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        // Keep the page's console so a test can fail on a script error.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver driver = new ChromeDriver(options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return new HeadlessChromium(driver);
    }

    /** Console messages at SEVERE (script errors, failed loads) since the last call. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Saves {@code target/screenshots/<name>.png} and returns its path. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resizes the window to the page's full height so that a screenshot shows the whole view. */
    void fitHeight(int width) {
        Object height = driver.executeScript("return Math.max(document.body.scrollHeight, 900);");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, ((Number) height).intValue() + 40));
        driver.executeScript("window.scrollTo(0, 0);");
    }

    /** A wait that polls every 250 ms and retries while the element is missing or was just re-rendered. */
    WebDriverWait waitUpTo(Duration deadline) {
        WebDriverWait w = new WebDriverWait(driver, deadline, Duration.ofMillis(250));
        w.ignoring(org.openqa.selenium.NoSuchElementException.class);
        w.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return w;
    }

    /**
     * Clicks the element, finding it again if the page re-rendered it between finding and clicking (the live views
     * refresh as the twin grows; a click on the element found a moment before then fails as stale).
     */
    void click(String css, Duration deadline) {
        waitUpTo(deadline).until(d -> {
            element(css).click();
            return true;
        });
    }

    WebElement element(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> elements(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** An attribute, read in one script (see {@link #text}); null when the element lacks it. */
    String attr(String css, String name) {
        Object v = driver.executeScript(
                "const e = document.querySelector(arguments[0]); return e ? e.getAttribute(arguments[1]) : undefined;", css, name);
        if (v == null && ((Boolean) driver.executeScript("return !document.querySelector(arguments[0]);", css))) {
            throw new org.openqa.selenium.NoSuchElementException("no element matches " + css);
        }
        return v == null ? null : v.toString();
    }

    /** The element's visible text, trimmed, read in one script: live views re-render their rows every second or so. */
    String text(String css) {
        Object t = driver.executeScript("const e = document.querySelector(arguments[0]); return e ? e.innerText : null;", css);
        if (t == null) {
            throw new org.openqa.selenium.NoSuchElementException("no element matches " + css);
        }
        return t.toString().trim();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
