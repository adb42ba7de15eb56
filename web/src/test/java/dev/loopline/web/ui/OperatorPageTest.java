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

  private Path downloaded() {
    try (Stream<Path> s = Files.list(downloads)) {
      List<Path> zips = s.filter(p -> p.getFileName().toString().endsWith(".zip")).toList();
      return zips.isEmpty() ? null : zips.get(0);
    } catch (IOException e) {
      return null;
    }
  }
}
