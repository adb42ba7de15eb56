package dev.loopline.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopline.gtfs.testing.TestFeeds;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code loopline validate}: one line per problem, a summary, exit 1 on ERRORs, JSON on request. */
public class ValidateCommandTest {
  @TempDir
  Path dir;

  /** What one in-process run of the command line returned and printed. */
  public record Run(int code, String out, String err) {}

  /** Runs {@code loopline args...} in this JVM, capturing its output. */
  public static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = LooplineCli.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path brokenFeed() {
    Map<String, String> files = TestFeeds.minimal();
    files.put("trips.txt", "route_id,service_id,trip_id\nR9,WK,T1\n");
    files.put("stops.txt", files.get("stops.txt") + "S3,陈家桥,29.6100,106.3200\n");
    return TestFeeds.zip(dir.resolve("broken.zip"), files);
  }

  @Test
  void validFeedExitsZeroWithASummary() {
    Path feed = TestFeeds.folder(dir.resolve("ok"), TestFeeds.minimal());
    Run r = run("validate", feed.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(feed + ": 0 errors, 0 warnings, 0 infos - valid" + System.lineSeparator(), r.out());
  }

  @Test
  void errorsArePrintedOnePerLineAndExitNonZero() {
    Path feed = brokenFeed();
    Run r = run("validate", feed.toString());
    assertEquals(CliErrors.FAILED, r.code());
    List<String> lines = r.out().lines().toList();
    assertEquals(List.of(
        "WARNING stops.txt:4 stop_id: stop 'S3' is served by no trip",
        "ERROR trips.txt:2 route_id: route_id 'R9' does not exist in routes.txt",
        feed + ": 1 error, 1 warning, 0 infos - invalid"), lines);
    assertEquals("", r.err());
  }

  @Test
  void jsonDocumentListsEveryNoticeWithItsPlace() throws Exception {
    Run r = run("validate", brokenFeed().toString(), "--json");
    assertEquals(CliErrors.FAILED, r.code());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertFalse(json.get("valid").asBoolean());
    assertEquals(1, json.get("summary").get("errors").asInt());
    assertEquals(1, json.get("summary").get("warnings").asInt());
    JsonNode error = json.get("notices").get(1);
    assertEquals("ERROR", error.get("severity").asText());
    assertEquals("foreign_key_violation", error.get("code").asText());
    assertEquals("trips.txt", error.get("file").asText());
    assertEquals(2, error.get("line").asInt());
    assertEquals("route_id", error.get("field").asText());
  }

  @Test
  void encodingAndCrsAreHonoured() throws Exception {
    Map<String, String> files = TestFeeds.minimal();
    Path gbk = dir.resolve("gbk");
    java.nio.file.Files.createDirectories(gbk);
    for (var e : files.entrySet()) {
      java.nio.file.Files.write(gbk.resolve(e.getKey()), e.getValue().getBytes(java.nio.charset.Charset.forName("GBK")));
    }
    Run r = run("validate", gbk.toString(), "--encoding", "gbk", "--crs", "gcj02");
    assertEquals(0, r.code(), r.out() + r.err());
  }

  @Test
  void unreadableInputIsOneLineWithoutStackTrace() {
    Run missing = run("validate", dir.resolve("nope.zip").toString());
    assertEquals(CliErrors.FAILED, missing.code());
    assertEquals(1, missing.err().lines().count(), missing.err());
    assertTrue(missing.err().startsWith("loopline validate: "), missing.err());
    assertFalse(missing.err().contains("\tat "), missing.err());

    Run badCrs = run("validate", dir.toString(), "--crs", "mars");
    assertEquals(CliErrors.FAILED, badCrs.code());
    assertEquals("loopline validate: --crs: unknown coordinate system 'mars' (expected wgs84, gcj02 or bd09)"
        + System.lineSeparator(), badCrs.err());
  }
}
