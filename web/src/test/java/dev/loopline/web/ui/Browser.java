package dev.loopline.web.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Selenium, with Debian's {@code chromium} and {@code chromium-driver} (no browser
 * download). Records every request the page makes (Chrome's performance log) so a test can check that the page
 * asks nothing of another host. When Chromium is missing the browser tests skip, except under CI
 * ({@code CI=true} or {@code LOOPLINE_REQUIRE_FIXTURES=1}), where they fail: {@code .ci/run} installs it.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("LOOPLINE_CHROMIUM", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(System.getenv().getOrDefault("LOOPLINE_CHROMEDRIVER", "/usr/bin/chromedriver"));
  private static final ObjectMapper JSON = new ObjectMapper();

  final ChromeDriver driver;
  final String base;
  final Path downloads;
  private final List<String> requested = new ArrayList<>();

  private Browser(String base, Path downloads) {
    this.base = base;
    this.downloads = downloads;
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1400,900", "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-US");
    o.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
        "download.prompt_for_download", false, "intl.accept_languages", "en-US"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, java.util.logging.Level.ALL);
    logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    this.driver = new ChromeDriver(service, o);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  /** Skips the calling test class when Chromium is missing, or fails under CI. */
  static void require() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!present) {
      String why = "Chromium for the browser tests is missing (" + CHROMIUM + ", " + DRIVER
          + "); install it with: apt-get install chromium chromium-driver";
      if ("true".equals(System.getenv("CI")) || "1".equals(System.getenv("LOOPLINE_REQUIRE_FIXTURES"))) {
        Assertions.fail(why);
      }
      Assumptions.abort(why);
    }
  }

  /** A browser on the server at {@code base}, downloading into {@code downloads}; skips (or fails under CI). */
  static Browser open(String base, Path downloads) {
    require();
    return new Browser(base, downloads);
  }

  void get(String page) {
    driver.get(base + "/" + page);
  }

  /** Signs in with the form at {@code /login}, as a planner or operator does before using their pages. */
  void signIn(String user, String password) {
    get("login");
    find("input[name=username]").sendKeys(user);
    find("input[name=password]").sendKeys(password);
    find("button[type=submit]").click();
    waitFor(d -> !d.getCurrentUrl().contains("/login"));
  }

  /**
   * Waits for a condition; on timeout fails with the page's console messages and a screenshot (target/screenshots).
   * A condition that finds an element the page replaces before it is read (a table re-rendered on a language switch)
   * is simply asked again: the element it looks for is found anew on the next poll.
   */
  <T> T waitFor(Duration d, Function<WebDriver, T> condition) {
    try {
      return new WebDriverWait(driver, d).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(condition::apply);
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("failed-" + System.currentTimeMillis());
      List<String> console = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
          .map(LogEntry::getMessage).toList();
      throw new AssertionError("timed out after " + d.toSeconds() + " s on " + driver.getCurrentUrl()
          + "; browser console: " + console, e);
    }
  }

  <T> T waitFor(Function<WebDriver, T> condition) {
    return waitFor(Duration.ofSeconds(30), condition);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Waits until the map shows at least one basemap tile loaded from the server. */
  void waitForTiles() {
    waitFor(d -> !all("img.leaflet-tile-loaded").isEmpty());
  }

  /** Every URL the page has requested so far (navigations, scripts, XHR/fetch, images). */
  List<String> requestedUrls() {
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      try {
        JsonNode m = JSON.readTree(e.getMessage()).path("message");
        if ("Network.requestWillBeSent".equals(m.path("method").asText())) {
          requested.add(m.path("params").path("request").path("url").asText());
        }
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
    return List.copyOf(requested);
  }

  /** Fails when the page asked anything of a host other than the server. */
  void assertNoOutsideRequests() {
    List<String> urls = requestedUrls();
    Assertions.assertFalse(urls.isEmpty(), "the performance log recorded the page's requests");
    List<String> outside = urls.stream()
        .filter(u -> !u.startsWith(base + "/") && !u.startsWith("data:") && !u.startsWith("blob:")).toList();
    Assertions.assertTrue(outside.isEmpty(), "requests outside the server: " + outside);
  }

  /**
   * Saves a screenshot as {@code target/screenshots/NAME.png}, and into the folder the system property
   * {@code loopline.screenshots} names (how docs/screenshots is refreshed).
   */
  void screenshot(String name) {
    try {
      Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
      String docs = System.getProperty("loopline.screenshots");
      if (docs != null && !docs.isBlank()) {
        Files.createDirectories(Path.of(docs));
        Files.copy(shot, Path.of(docs).resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
