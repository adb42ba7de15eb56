package dev.loopline.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** A resident plans a trip with the mouse and the stop search, sees it on the map, and reads it in Chinese. */
class ResidentPageTest extends BrowserTestBase {
  @Test
  void aResidentPlansATripAndSeesItOnTheMap() {
    browser.get("index.html?lang=en");
    browser.waitFor(d -> browser.find("#synthetic-label").isDisplayed());
    assertTrue(browser.find("#synthetic-label").getText().toLowerCase().contains("synthetic"));
    browser.waitFor(d -> browser.find("#network-name").getText().equals("Science City Integrated Bus"));
    browser.waitForTiles();

    pickStop("#from-input", "缙云");
    pickStop("#to-input", "西永");
    // Picking both ends plans at once (the network's typical weekday, 08:00).
    browser.waitFor(Duration.ofSeconds(60), d -> !browser.all(".itinerary").isEmpty()
        || !browser.find("#plan-error").getText().isEmpty());
    assertTrue(browser.find("#plan-error").getText().isEmpty(), browser.find("#plan-error").getText());
    WebElement first = browser.find(".itinerary.selected");
    String text = first.getText();
    assertTrue(text.matches("(?s)\\d\\d:\\d\\d – \\d\\d:\\d\\d.*"), text);
    assertTrue(text.contains("transfers") && text.contains("walk"), text);
    assertFalse(browser.all(".itinerary.selected .leg").isEmpty(), "the chosen itinerary lists its legs");
    assertFalse(browser.all("path.leg-transit").isEmpty(), "the ride is drawn on the map");
    // In English every name is English too: stops, lines, directions, operators (the sample translates them all).
    assertFalse(text.matches("(?s).*\\p{IsHan}.*"), "Chinese names on the English page: " + text);
    browser.screenshot("residents");

    // The same itinerary in Chinese, after switching the language on the page.
    new Select(browser.find("#lang-select")).selectByValue("zh-CN");
    browser.waitFor(d -> browser.find("nav a.active").getText().equals("出行规划"));
    browser.waitFor(d -> browser.find(".itinerary.selected").getText().contains("换乘"));
    // ...and the names in Chinese, asked of the server again.
    browser.waitFor(d -> browser.find(".itinerary.selected").getText().contains("缙云"));
    assertTrue(browser.find("#synthetic-label").getText().contains("合成"));
    assertEquals("西部(重庆)科学城一体化公交", browser.find("#network-name").getText(), "the network's own name");
    browser.screenshot("residents-zh");

    // A second trip by clicking the map: the first click moves the start... here both ends, chosen with the buttons.
    WebElement map = browser.find("#map");
    browser.find("#pick-from").click();
    new Actions(browser.driver).moveToElement(map, -120, 40).click().perform();
    browser.waitFor(d -> browser.find("#from-input").getAttribute("value").matches("\\d+\\.\\d+, \\d+\\.\\d+"));
    browser.waitFor(Duration.ofSeconds(60), d -> !browser.all(".itinerary").isEmpty()
        || !browser.all("#no-itinerary").isEmpty() || !browser.find("#plan-error").getText().isEmpty());
    browser.assertNoOutsideRequests();
  }

  private void pickStop(String input, String name) {
    String matches = input + " ~ .matches";
    browser.find(input).sendKeys(name);
    browser.waitFor(d -> browser.find(matches).isDisplayed() && !browser.all(matches + " div").isEmpty());
    browser.all(matches + " div").get(0).click();
    browser.waitFor(d -> !browser.find(matches).isDisplayed());
  }
}
