package dev.loopline.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.Severity;
import dev.loopline.planner.app.ValidateRequest;
import dev.loopline.planner.app.ValidateResult;
import dev.loopline.planner.app.ValidateService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import dev.loopline.web.TestFeeds;
import org.junit.jupiter.api.Test;

/** An operator reads the district feeds and the merge report, and downloads the unified GTFS, which validates. */
class OperatorPageTest extends BrowserTestBase {
  @Test
  void anOperatorDownloadsTheExportAndItValidates() throws IOException {
    browser.get("operator.html?lang=zh-CN");
    browser.waitFor(d -> browser.all("#feeds-table tbody tr").size() >= 6);
    assertTrue(browser.find("#synthetic-label").isDisplayed());
    browser.waitFor(d -> !browser.all("#decisions-table tbody tr").isEmpty());
    browser.screenshot("operator");

    browser.find("#export-link").click();
    Path zip = browser.waitFor(Duration.ofSeconds(120), d -> downloaded());
    ValidateResult r = new ValidateService().validate(ValidateRequest.of(zip, "wgs84", "UTF-8"));
    assertEquals(0, r.count(Severity.ERROR), "validator errors in the downloaded feed: " + r.notices().stream()
        .filter(n -> n.severity() == Severity.ERROR).limit(5).map(n -> n.format()).toList());
    assertTrue(Files.size(zip) > 10_000, "the unified feed has content");
    browser.assertNoOutsideRequests();
  }

  @Test
  void anOperatorUploadsADistrictFeedAndMergesIt() throws IOException {
    // The sample's Gaoxin feed zipped anew: other bytes, the same feed, so a new version that merges as before.
    Path feed = Files.createTempDirectory("loopline-upload").resolve("gaoxin-new.zip");
    Files.write(feed, TestFeeds.zip(TestFeeds.sampleFeed("gaoxin"), Deflater.BEST_SPEED));
    browser.signIn("olga", dev.loopline.web.security.TestUsers.PASSWORD);
    browser.get("operator.html?lang=en");
    browser.waitFor(d -> browser.all("#versions-table tbody tr").size() >= 6);
    int versions = browser.all("#versions-table tbody tr").size();
    browser.find("#upload-feed").sendKeys("gaoxin");
    browser.find("#upload-file").sendKeys(feed.toString());
    browser.find("#upload-button").click();
    String recorded = browser.waitFor(Duration.ofSeconds(60), d -> {
      String v = browser.find("#upload-status").getAttribute("data-version");
      return v == null || v.isEmpty() ? null : v;
    });
    assertTrue(recorded.startsWith("gaoxin:"), recorded);
    browser.waitFor(d -> browser.all("#versions-table tbody tr").size() == versions + 1);
    assertTrue(browser.find("#versions-table").getText().contains("gaoxin-new.zip"));
    assertEquals("", browser.find("#upload-error").getText());

    int merges = browser.all("#merges-table a.merge-download").size();
    browser.find("#merge-button").click();
    browser.waitFor(Duration.ofSeconds(120), d -> browser.all("#merges-table a.merge-download").size() == merges + 1);
    String newest = browser.find("#merges-table tbody tr").getText();
    assertTrue(newest.contains("olga") && newest.contains("gaoxin v" + recorded.substring("gaoxin:".length())),
        newest);
    browser.screenshot("operator-upload");
    browser.assertNoOutsideRequests();
  }

  private Path downloaded() {
    try (Stream<Path> s = Files.list(downloads)) {
      List<Path> zips = s.filter(p -> p.getFileName().toString().endsWith(".zip")).toList();
      return zips.isEmpty() ? null : zips.get(0);
    } catch (IOException e) {
      return null;
    }
  }
}
