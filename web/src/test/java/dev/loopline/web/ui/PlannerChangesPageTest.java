package dev.loopline.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.loopline.planner.proposal.Change;
import dev.loopline.planner.proposal.NetworkProposal;
import dev.loopline.planner.proposal.NetworkProposalReader;
import dev.loopline.web.SampleNetwork;
import dev.loopline.web.security.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A planner changes an existing route in the web editor — picks it on the map, halves its peak headway, is told of
 * a mistake next to the field, checks, evaluates with accessibility, reads the deltas and the per-cell
 * accessibility change on the map, saves and duplicates — and what the editor saved is a proposal the CLI reads;
 * and a planner compares two saved proposals side by side with the difference map.
 */
class PlannerChangesPageTest extends BrowserTestBase {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aPlannerChangesTheHeadwayOfAnExistingRoute() throws Exception {
    browser.get("planner.html?lang=en");
    browser.waitFor(d -> !browser.all("path[data-route]").isEmpty());
    browser.find("button[data-tab=proposal]").click();
    browser.find("#p-kind input[value=changes]").click();
    browser.waitFor(d -> !browser.all(".change-card").isEmpty());
    String id = "E2E-H-" + Long.toString(System.currentTimeMillis(), 36);
    setField("#p-id", id);
    setField("#p-name", "E2E peak headway");

    // The route, picked on the map: the least frequent High-tech Zone line.
    browser.find(".change-card .pick-route").click();
    browser.js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))",
        browser.find("path[data-route='gaoxin:30']"));
    browser.waitFor(d -> browser.find(".change-card input.route").getDomProperty("value").equals("gaoxin:30"));
    assertFalse(browser.all("path.picked-route").isEmpty(), "the picked route is highlighted");
    String routeName = browser.find(".change-card .route-name").getText();
    assertFalse(routeName.isBlank(), "its name is shown");
    assertTrue(routeName.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
        "in English on the English page (line and operator): " + routeName);

    // A mistake is shown next to its field.
    setField(".change-card input.headway", "0");
    browser.find("#p-validate").click();
    browser.waitFor(d -> !browser.all(".field-error").isEmpty());
    WebElement error = browser.find(".field-error");
    assertTrue(error.getText().contains("headway_min"), error.getText());
    assertEquals("changes[0].periods[0].headway_min", browser.find(".invalid").getDomAttribute("data-field"));

    setField(".change-card input.headway", "5");
    browser.find("#p-validate").click();
    browser.waitFor(d -> browser.find("#p-message").getText().contains("valid"));
    assertTrue(browser.find("#p-message").getText().contains("gaoxin:30"), browser.find("#p-message").getText());
    assertTrue(browser.all(".field-error").isEmpty());

    // Evaluate with accessibility: the deltas, and the accessibility change per cell on the map.
    WebElement access = browser.find("#p-accessibility");
    if (!access.isSelected()) {
      access.click();
    }
    browser.find("#p-evaluate").click();
    browser.waitFor(Duration.ofMinutes(15), d -> !browser.all(".route-delta-table").isEmpty()
        || !browser.find("#job-error").getText().isEmpty() || !browser.find("#p-error").getText().isEmpty());
    assertTrue(browser.find("#p-error").getText().isEmpty(), browser.find("#p-error").getText());
    assertTrue(browser.find("#job-error").getText().isEmpty(), browser.find("#job-error").getText());
    String routes = browser.find(".route-delta-table").getText();
    assertTrue(routes.contains("gaoxin:30") && routes.contains("changed"), routes);
    assertTrue(routes.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
        "the route's name in English: " + routes);
    assertTrue(browser.all(".district-delta-table tbody tr").size() >= 1, "the deltas per district");
    // Eight columns do not fit the side panel: they stay inside it, and scrolling the table's box shows the last.
    assertScrollsInsidePanel(".district-delta-table");
    browser.waitFor(d -> !browser.all("#result-legend input[data-result-layer=accessibility_change]").isEmpty());
    int cells = browser.all("path.access-cell").size();
    assertTrue(cells > 0, "the accessibility change is drawn per cell");
    assertFalse(browser.all("path.result-line").isEmpty(), "the changed route is drawn as routed");
    browser.screenshot("planner-change-scores");

    // The same scores in Chinese, after switching the language on the page: headings, columns and district names.
    new Select(browser.find("#lang-select")).selectByValue("zh-CN");
    browser.waitFor(d -> browser.find(".district-delta-table thead th").getText().equals("片区"));
    String zh = browser.find("aside.side").getText();
    assertTrue(zh.contains("各区年度变化") && zh.contains("线路调整前 → 调整后"), zh);
    assertTrue(browser.find(".district-delta-table tbody").getText().contains("区"), "district names in Chinese");
    String routesZh = browser.find(".route-delta-table tbody").getText();
    assertTrue(routesZh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
        "the route's own (Chinese) name: " + routesZh);
    assertScrollsInsidePanel(".district-delta-table");
    browser.screenshot("planner-change-scores-zh");
    new Select(browser.find("#lang-select")).selectByValue("en");
    browser.waitFor(d -> browser.find(".district-delta-table thead th").getText().equals("District"));
    browser.find("#result-legend input[data-result-layer=accessibility_change]").click();
    browser.waitFor(d -> browser.all("path.access-cell").isEmpty());
    browser.find("#result-legend input[data-result-layer=accessibility_change]").click();
    browser.waitFor(d -> browser.all("path.access-cell").size() == cells);

    // Saved (evaluating saves): the document is what the CLI reads, as YAML.
    JsonNode saved = JSON.readTree(get("/api/proposals/" + id));
    Path yaml = downloads.resolve(id + ".yaml");
    Files.writeString(yaml, new YAMLMapper().writeValueAsString(saved), StandardCharsets.UTF_8);
    NetworkProposal read = NetworkProposalReader.read(yaml);
    assertEquals(id, read.id());
    Change.Headway h = (Change.Headway) read.changes().get(0);
    assertEquals("gaoxin:30", h.routeId());
    assertEquals(300, h.periods().get(0).headwaySeconds());

    // Duplicated: a variant with its own id, saved beside the first.
    browser.find("button[data-tab=proposal]").click();
    browser.find("#p-duplicate").click();
    assertEquals(id + "-2", browser.find("#p-id").getDomProperty("value"));
    assertEquals("gaoxin:30", browser.find(".change-card input.route").getDomProperty("value"));
    browser.find("#p-save").click();
    browser.waitFor(d -> browser.find("#proposal-list").getText().contains(id + "-2"));

    // Reloaded (or back the next day): the last evaluation's scores are there again, its map drawn when opened.
    browser.get("planner.html?lang=en");
    browser.waitFor(d -> !browser.all("#tab-results .route-delta-table").isEmpty());
    assertTrue(browser.all("path.access-cell").isEmpty(), "nothing drawn over the network view before it is asked");
    browser.find("button[data-tab=results]").click();
    assertTrue(browser.find(".route-delta-table").getText().contains("gaoxin:30"));
    browser.waitFor(d -> browser.all("path.access-cell").size() == cells);

    // Earlier evaluations: one more run meanwhile (here through the API) is listed above this one, and choosing
    // either brings back its scores and its map.
    String other = "E2E-O-" + Long.toString(System.currentTimeMillis(), 36);
    send("POST", "/api/proposals", sampleAs("SC-L1", other));
    String otherJob = JSON.readTree(send("POST", "/api/evaluations", "{\"proposalIds\": [\"" + other + "\"]}"))
        .get("id").asText();
    browser.waitFor(Duration.ofMinutes(5), d -> stateOf(otherJob).equals("DONE"));
    browser.get("planner.html?lang=en");
    browser.waitFor(d -> browser.all("#job-history option").size() >= 3);
    var options = browser.all("#job-history option");
    assertEquals(otherJob, options.get(1).getDomAttribute("value"), "newest first");
    String earlier = options.get(2).getDomProperty("textContent"); // the tab is not open yet: no visible text
    assertTrue(earlier.contains("E2E peak headway"), earlier);
    browser.find("button[data-tab=results]").click();
    new Select(browser.find("#job-history")).selectByValue(otherJob);
    browser.waitFor(d -> browser.find("#results").getText().contains(other)
        && browser.all(".route-delta-table").isEmpty());
    browser.waitFor(d -> browser.all("path.access-cell").isEmpty() && !browser.all("path.result-line").isEmpty());
    new Select(browser.find("#job-history")).selectByIndex(2);
    browser.waitFor(d -> !browser.all(".route-delta-table").isEmpty()
        && browser.find(".route-delta-table").getText().contains("gaoxin:30"));
    browser.waitFor(d -> browser.all("path.access-cell").size() == cells);
    browser.assertNoOutsideRequests();
  }

  @Test
  void aPlannerComparesTwoProposalsSideBySide() throws Exception {
    String a = "CMP-H1";
    String b = "CMP-W1";
    for (String[] p : new String[][] {{"SC-H1", a}, {"SC-W1", b}}) {
      send("DELETE", "/api/proposals/" + p[1], null);
      send("POST", "/api/proposals", sampleAs(p[0], p[1]));
    }
    browser.get("planner.html?lang=en");
    browser.waitFor(d -> !browser.all("path[data-route]").isEmpty());
    browser.find("button[data-tab=compare]").click();
    browser.waitFor(d -> !browser.all("#compare-list input[value='" + b + "']").isEmpty());
    browser.find("#compare-list input[value='" + a + "']").click();
    browser.find("#compare-list input[value='" + b + "']").click();
    browser.find("#c-run").click();
    browser.waitFor(Duration.ofMinutes(10), d -> !browser.all(".compare-table").isEmpty()
        || !browser.find("#c-error").getText().isEmpty());
    assertTrue(browser.find("#c-error").getText().isEmpty(), browser.find("#c-error").getText());
    String table = browser.find(".compare-table").getText();
    assertTrue(table.contains(a) && table.contains(b) && table.contains(a + "+" + b), table);
    browser.waitFor(d -> !browser.all("path.diff-cell").isEmpty());
    assertTrue(browser.find(".difference-note").getText().contains(b + " less " + a));
    assertFalse(browser.all("#result-legend input[data-result-layer=difference]").isEmpty());
    browser.screenshot("planner-compare");
    browser.assertNoOutsideRequests();
  }

  @Test
  void aPlannerReplacesARouteByASavedLine() throws Exception {
    String line = "RPL-L1";
    send("DELETE", "/api/proposals/" + line, null);
    send("POST", "/api/proposals", sampleAs("SC-L1", line));
    browser.get("planner.html?lang=en");
    browser.waitFor(d -> !browser.all("path[data-route]").isEmpty());
    browser.find("button[data-tab=proposal]").click();
    browser.find("#p-kind input[value=changes]").click();
    String id = "E2E-R-" + Long.toString(System.currentTimeMillis(), 36);
    setField("#p-id", id);
    new org.openqa.selenium.support.ui.Select(browser.find(".change-card select.change-kind")).selectByValue("replace");
    browser.waitFor(d -> !browser.all(".change-card select.line").isEmpty());
    // The route typed (the list suggests the network's routes), the line chosen among the saved new lines.
    setField(".change-card input.route", "gaoxin:30");
    browser.find(".change-card input.route").sendKeys(org.openqa.selenium.Keys.TAB);
    new org.openqa.selenium.support.ui.Select(browser.find(".change-card select.line")).selectByValue(line);
    browser.waitFor(d -> browser.find(".change-card .line-name").getText().contains("10 stops"));
    browser.find("#p-validate").click();
    browser.waitFor(d -> browser.find("#p-message").getText().contains("valid")
        || !browser.find("#p-error").getText().isEmpty());
    String said = browser.find("#p-message").getText();
    assertTrue(said.contains("gaoxin:30 (replaced)"), said + browser.find("#p-error").getText());
    browser.find("#p-save").click();
    browser.waitFor(d -> browser.find("#proposal-list").getText().contains(id));

    // Scored, the line that takes the route's place is named in the page's language alone, as the route is.
    WebElement access = browser.find("#p-accessibility");
    if (access.isSelected()) {
      access.click();
    }
    browser.find("#p-evaluate").click();
    browser.waitFor(Duration.ofMinutes(15), d -> !browser.all(".route-delta-table").isEmpty()
        || !browser.find("#job-error").getText().isEmpty() || !browser.find("#p-error").getText().isEmpty());
    assertTrue(browser.find("#job-error").getText().isEmpty(), browser.find("#job-error").getText());
    String routes = browser.find(".route-delta-table tbody").getText();
    assertTrue(routes.contains("Science City Loop 1") && routes.contains("gaoxin:30"), routes);
    assertTrue(routes.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
        "every route and line in English: " + routes);
    browser.screenshot("planner-replace-scores");
    new Select(browser.find("#lang-select")).selectByValue("zh-CN");
    browser.waitFor(d -> browser.find(".route-delta-table tbody").getText().contains("科学城环线1号"));
    assertFalse(browser.find(".route-delta-table tbody").getText().contains("Science City Loop 1"),
        browser.find(".route-delta-table tbody").getText());
    new Select(browser.find("#lang-select")).selectByValue("en");

    Path yaml = downloads.resolve(id + ".yaml");
    Files.writeString(yaml, new YAMLMapper().writeValueAsString(JSON.readTree(get("/api/proposals/" + id))),
        StandardCharsets.UTF_8);
    Change.Replace r = (Change.Replace) NetworkProposalReader.read(yaml).changes().get(0);
    assertEquals("gaoxin:30", r.routeId());
    assertEquals(line, r.line().id());
    assertEquals(10, r.line().stops().size());
  }

  /** A sample proposal under another id, as the JSON the API takes. */
  private static String sampleAs(String sample, String id) throws Exception {
    Path file = SampleNetwork.dir().getParent().resolve("sample").resolve("proposals").resolve(sample + ".yaml");
    ObjectNode n = (ObjectNode) new YAMLMapper().readTree(Files.readString(file));
    return JSON.writeValueAsString(n.put("id", id));
  }

  private String get(String path) throws Exception {
    return send("GET", path, null);
  }

  private String stateOf(String job) {
    try {
      return JSON.readTree(get("/api/jobs/" + job)).get("state").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The API as planner alice (HTTP Basic), beside the browser's session. */
  private String send(String method, String path, String json) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("alice:" + TestUsers.PASSWORD)
            .getBytes(StandardCharsets.UTF_8)));
    r = json == null ? r.method(method, HttpRequest.BodyPublishers.noBody())
        : r.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    try (HttpClient c = HttpClient.newHttpClient()) {
      return c.send(r.build(), HttpResponse.BodyHandlers.ofString()).body();
    }
  }

  /**
   * The table's box ends inside the side panel, and scrolled to its end it shows the last column inside the panel
   * too (a wide table scrolls sideways instead of running under the map).
   */
  private void assertScrollsInsidePanel(String tableCss) {
    @SuppressWarnings("unchecked")
    Map<String, Object> fit = (Map<String, Object>) browser.js("""
        const side = document.querySelector('aside.side').getBoundingClientRect();
        const table = document.querySelector(arguments[0]);
        const wrap = table.parentElement;
        wrap.scrollLeft = wrap.scrollWidth;
        const last = table.querySelector('thead th:last-child').getBoundingClientRect();
        const out = {wrapRight: wrap.getBoundingClientRect().right, sideLeft: side.left, sideRight: side.right,
                     lastLeft: last.left, lastRight: last.right};
        wrap.scrollLeft = 0;
        return out;""", tableCss);
    double sideRight = ((Number) fit.get("sideRight")).doubleValue();
    assertTrue(((Number) fit.get("wrapRight")).doubleValue() <= sideRight, "the table's box ends in the panel: " + fit);
    assertTrue(((Number) fit.get("lastRight")).doubleValue() <= sideRight + 1
        && ((Number) fit.get("lastLeft")).doubleValue() >= ((Number) fit.get("sideLeft")).doubleValue(),
        "scrolled to its end, the table shows its last column in the panel: " + fit);
  }

  private void setField(String css, String value) {
    WebElement e = browser.find(css);
    e.clear();
    e.sendKeys(value);
  }
}
