package dev.loopline.web.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A planner draws a cross-border line on the map (existing stops clicked, new stops placed), evaluates it with live
 * progress, sees the loop it closes with rail and the per-district subsidy split, and finds it saved.
 */
class PlannerPageTest extends BrowserTestBase {
  @Test
  void aPlannerDrawsEvaluatesAndSavesAProposal() {
    browser.get("planner.html?lang=en");
    browser.waitForTiles();
    // The network layers drawn: six district borders, then hundreds of bus routes and the rail lines.
    browser.waitFor(d -> browser.all("path.leaflet-interactive").size() > 100);
    browser.waitForTiles();
    browser.screenshot("planner-network");

    // A travel-time map from a clicked point: cells coloured by minutes, and how many residents are reached.
    browser.find("#tt-pick").click();
    new Actions(browser.driver).moveToElement(browser.find("#map"), 0, 0).click().perform();
    browser.waitFor(Duration.ofSeconds(60), d -> !browser.all("path.tt-cell").isEmpty()
        || !browser.find("#tt-error").getText().isEmpty());
    assertTrue(browser.find("#tt-error").getText().isEmpty(), browser.find("#tt-error").getText());
    assertTrue(browser.find("#tt-summary").getText().matches("(?s).*\\d+ cells \\(.*residents\\) reached within 60 min.*"),
        browser.find("#tt-summary").getText());
    browser.find("#tt-clear").click();

    browser.find("button[data-tab=proposal]").click();
    String id = "E2E-" + Long.toString(System.currentTimeMillis(), 36); // the store outlives a test run
    setField("#p-id", id);
    setField("#p-name", "E2E loop line");
    browser.find("#mode-stop").click();
    browser.waitFor(d -> !browser.all("path[data-stop]").isEmpty());
    // The sample's Zouma line: from a line-15 station through the High-tech Zone and the Zouma gap to line 7.
    for (String stop : List.of("rail:L15-06", "gaoxin:294", "gaoxin:296")) {
      clickStop(stop);
    }
    browser.find("#mode-new").click();
    placeNewStop(29.4424917, 106.3172032);
    placeNewStop(29.4338583, 106.3170775);
    browser.find("#mode-stop").click();
    clickStop("rail:L7-11");
    browser.waitFor(d -> browser.all("#p-stops li").size() == 6);
    assertTrue(browser.all("#p-stops li.new").size() == 2, "two new stops placed on the map");
    assertFalse(browser.all("path.proposal-line").isEmpty(), "the drawn line is on the map");

    WebElement access = browser.find("#p-accessibility");
    if (access.isSelected()) {
      access.click(); // coverage, loops, fleet, cost and split; accessibility is the slow part
    }
    browser.find("#p-evaluate").click();
    browser.waitFor(d -> browser.find("#tab-results").isDisplayed());
    browser.waitFor(Duration.ofSeconds(240), d -> !browser.all(".split-table").isEmpty()
        || !browser.find("#job-error").getText().isEmpty() || !browser.find("#p-error").getText().isEmpty());
    assertTrue(browser.find("#p-error").getText().isEmpty(), browser.find("#p-error").getText());
    assertTrue(browser.find("#job-error").getText().isEmpty(), browser.find("#job-error").getText());
    assertTrue(browser.all(".split-table tbody tr").size() >= 2, "the subsidy is split between districts");
    // The map layers come from the job after the figures: the legend shows once they are drawn.
    browser.waitFor(d -> !browser.all("#result-legend input[data-result-layer=loops]").isEmpty());
    assertFalse(browser.all("path.loop-polygon").isEmpty(), "the loop closed with rail is drawn on the map");
    assertFalse(browser.all("path.result-line").isEmpty(), "the evaluated line is drawn on the map");
    browser.screenshot("planner-scores");

    browser.find("button[data-tab=proposal]").click();
    browser.waitFor(d -> browser.find("#proposal-list").getText().contains(id));
    browser.assertNoOutsideRequests();
  }

  private void setField(String css, String value) {
    WebElement e = browser.find(css);
    e.clear();
    e.sendKeys(value);
  }

  /** A click on a stop marker (dispatched on the marker itself, which may lie outside the visible map). */
  private void clickStop(String id) {
    int before = browser.all("#p-stops li").size();
    browser.js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))",
        browser.find("path[data-stop='" + id + "']"));
    browser.waitFor(d -> browser.all("#p-stops li").size() == before + 1);
  }

  /** A real mouse click on the map where the position is shown. */
  private void placeNewStop(double lat, double lon) {
    int before = browser.all("#p-stops li").size();
    browser.js("Loopline.map.setView([arguments[0], arguments[1]], 15, {animate: false})", lat, lon);
    WebElement map = browser.find("#map");
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> pt = (java.util.Map<String, Object>) browser.js(
        "const p = Loopline.map.latLngToContainerPoint([arguments[0], arguments[1]]); return {x: p.x, y: p.y};", lat,
        lon);
    int dx = (int) Math.round(((Number) pt.get("x")).doubleValue() - map.getSize().getWidth() / 2.0);
    int dy = (int) Math.round(((Number) pt.get("y")).doubleValue() - map.getSize().getHeight() / 2.0);
    new Actions(browser.driver).moveToElement(map, dx, dy).click().perform();
    browser.waitFor(d -> browser.all("#p-stops li").size() == before + 1);
  }
}
