package dev.loopline.planner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./loopline demo} is the README's first command: on an empty work folder it must generate the sample, merge,
 * build, evaluate every sample proposal and write the report, saying plainly that the data is synthetic; a second
 * run must reuse the network and give the same report byte for byte.
 */
class DemoCommandTest {

  @Test
  void demoRunsTheMainJobEndToEndAndIsRepeatable(@TempDir Path work) throws Exception {
    String first = run(work);
    assertTrue(first.contains("SYNTHETIC SAMPLE"), first);
    assertTrue(first.contains("generating the synthetic sample"), first);
    for (String id : new String[] {"SC-L1", "SC-L2", "SC-L3"}) {
      assertTrue(first.contains(id), "ranking lacks " + id + ":\n" + first);
    }
    Path report = work.resolve("report");
    Path html = report.resolve("report.html");
    assertTrue(first.contains("report: " + html), first);
    assertTrue(Files.readString(html).contains("Synthetic sample"), "report.html must label the data as synthetic");
    byte[] json = Files.readAllBytes(report.resolve("report.json"));
    byte[] csv = Files.readAllBytes(report.resolve("summary.csv"));
    // The changes to existing lines, each alone and as one package, with the comparison and the difference map.
    String scenarios = Files.readString(report.resolve("scenarios.csv"));
    for (String id : new String[] {"SC-H1", "SC-M1", "SC-R1", "SC-W1", "SC-H1+SC-M1+SC-R1+SC-W1"}) {
      assertTrue(scenarios.contains("\n" + id + ","), "scenarios.csv lacks " + id + ":\n" + scenarios);
    }
    String page = Files.readString(html);
    assertTrue(page.contains("<h3>Package SC-H1+SC-M1+SC-R1+SC-W1: together and each alone</h3>"), "no package table");
    assertTrue(page.contains("<h3>Difference map: SC-H1+SC-M1+SC-R1+SC-W1 less baseline</h3>"), "no difference map");
    byte[] htmlBytes = Files.readAllBytes(html);
    // Issue 12, point 10: what the user guide says about who pays holds for every new line of the sample. The fund
    // pays only for kilometres outside the operator's home district, so the home district pays its whole share and
    // pays the most of any district.
    var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    for (var p : root.get("proposals")) {
      String home = p.get("home_district").asText();
      var byDistrict = p.get("split").get("by_district");
      double homePays = byDistrict.get(home).get("district_pays").asDouble();
      assertEquals(0, byDistrict.get(home).get("fund_pays").asDouble(), 1e-9, p.get("id").asText());
      assertEquals(byDistrict.get(home).get("subsidy").asDouble(), homePays, 0.02, p.get("id").asText());
      byDistrict.fieldNames().forEachRemaining(d -> assertTrue(
          byDistrict.get(d).get("district_pays").asDouble() <= homePays, p.get("id").asText() + ": " + d
              + " pays more than the home district " + home));
    }
    // The through line SC-M1 adds is named in each language apart, so a page in one language shows one name.
    var merged = new java.util.ArrayList<com.fasterxml.jackson.databind.JsonNode>();
    for (var sc : root.get("scenarios")) {
      if (sc.get("id").asText().equals("SC-M1")) {
        sc.get("routes").forEach(r -> {
          if (r.has("line_name")) {
            merged.add(r);
          }
        });
      }
    }
    assertEquals(1, merged.size(), "the through line: " + merged);
    assertEquals("北碚区—重庆高新区贯通线", merged.get(0).get("line_name").asText());
    assertEquals("Beibei District – Chongqing High-tech Zone through line", merged.get(0).get("line_name_en").asText());
    assertEquals("北碚区—重庆高新区贯通线 (Beibei District – Chongqing High-tech Zone through line)",
        merged.get(0).get("name").asText());

    String second = run(work);
    assertTrue(second.contains("using the synthetic sample"), second);
    assertTrue(second.contains("reusing the network"), second);
    assertArrayEquals(json, Files.readAllBytes(report.resolve("report.json")), "report.json differs between runs");
    assertArrayEquals(csv, Files.readAllBytes(report.resolve("summary.csv")), "summary.csv differs between runs");
    assertEquals(scenarios, Files.readString(report.resolve("scenarios.csv")), "scenarios.csv differs between runs");
    assertArrayEquals(htmlBytes, Files.readAllBytes(html), "report.html differs between runs");
  }

  private static String run(Path work) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    picocli.CommandLine cl = LooplineCli.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute("demo", "--dir", work.toString(), "--no-accessibility");
    assertEquals(0, code, "demo failed: " + err);
    return out.toString();
  }
}
