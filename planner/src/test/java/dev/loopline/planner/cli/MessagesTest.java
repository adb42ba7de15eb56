package dev.loopline.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.testing.Fixtures;
import dev.loopline.planner.cli.ValidateCommandTest.Run;
import dev.loopline.planner.network.TestNetworkDirs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages are for people: every refusal below is one line naming the file (and line where there is one), with no
 * Java class name, no exception name and no "null" in it.
 */
class MessagesTest {
  /** A qualified Java name ({@code java.io.CharConversionException}) or an exception's simple name. */
  private static final Pattern JAVA = Pattern.compile("\\b[a-z]+(\\.[a-z0-9_]+)+\\.[A-Z]\\w+|\\w+(Exception|Error)\\b"
      + "|\\(null\\)|: null\\b");

  @TempDir
  Path dir;

  private static Run refused(String expected, String... args) {
    Run r = ValidateCommandTest.run(args);
    assertEquals(1, r.code(), r.out() + r.err());
    String first = r.err().strip().lines().findFirst().orElse("");
    assertFalse(JAVA.matcher(r.err()).find(), "Java leaks into: " + r.err());
    assertTrue(first.contains(expected), "expected '" + expected + "' in: " + r.err());
    return r;
  }

  private Path latin1(String name, String text) throws IOException {
    return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** {@code evaluate} with {@code option file}, where the file is Latin-1 text. */
  private void evaluateRefusesLatin1(String option, String name, String text) throws IOException {
    Path f = latin1(name, text);
    refused(f + ": it is not UTF-8 text", "evaluate", "--network", TestNetworkDirs.beatty().dir().toString(),
        option, f.toString(), "--out", dir.resolve("r").toString());
  }

  @Test
  void aProposalThatIsNotUtf8() throws IOException {
    evaluateRefusesLatin1("--proposal", "p.yaml", "id: X1\nname: Linha São Pedro\n");
  }

  @Test
  void aFeedsYamlThatIsNotUtf8() throws IOException {
    Path y = latin1("feeds.yaml", "feeds:\n  - id: são\n    path: x.zip\n");
    refused(y + ": it is not UTF-8 text", "merge", "--feeds", y.toString(), "--out", dir.resolve("u.zip").toString());
  }

  @Test
  void aPopulationCsvThatIsNotUtf8() throws IOException {
    Path pop = latin1("pop.csv", "id,lon,lat,population\n1,-116.76,36.91,100\n2,-116.75,36.91,Müller\n");
    refused(pop.toString(), "build", "--gtfs", Fixtures.path("beatty/sample-feed").toString(), "--osm",
        Fixtures.path("beatty/beatty.osm").toString(), "--population", pop.toString(), "--out",
        dir.resolve("n").toString());
  }

  @Test
  void aDistrictsFileThatIsNotUtf8() throws IOException {
    Path d = latin1("d.geojson", "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", "
        + "\"properties\": {\"id\": \"são\"}, \"geometry\": null}]}");
    refused(d.toString(), "build", "--gtfs", Fixtures.path("beatty/sample-feed").toString(), "--osm",
        Fixtures.path("beatty/beatty.osm").toString(), "--districts", d.toString(), "--out",
        dir.resolve("n").toString());
  }

  @Test
  void aBatchFileThatIsNotUtf8() throws IOException {
    Path q = latin1("q.csv", "id,from_lat,from_lon,to_lat,to_lon,time\nSão,36.91,-116.76,36.90,-116.75,08:00\n");
    refused(q.toString(), "plan", "--network", TestNetworkDirs.beatty().dir().toString(), "--batch", q.toString(),
        "--out", dir.resolve("r.csv").toString());
  }

  @Test
  void aCostsFileThatIsNotUtf8() throws IOException {
    evaluateRefusesLatin1("--costs", "costs.yaml", "currency: CNY\nnote: São\n");
  }

  @Test
  void aNetworkThatIsAFile() throws IOException {
    Path f = Files.writeString(dir.resolve("net.txt"), "x");
    refused("network directory not found: " + f, "plan", "--network", f.toString(), "--from", "1,2", "--to", "1,2");
  }

  @Test
  void aProposalThatIsAFolder() throws IOException {
    Path p = Files.createDirectories(dir.resolve("p.yaml"));
    refused(p.toString(), "export", "--network", TestNetworkDirs.beatty().dir().toString(), "--with", p.toString(),
        "--out", dir.resolve("x.zip").toString());
  }

  @Test
  void aFeedThatDoesNotExist() {
    refused("nowhere.zip", "merge", "--feed", "a=" + dir.resolve("nowhere.zip"), "--out",
        dir.resolve("u.zip").toString());
  }

  @Test
  void aFeedThatIsATextFile() throws IOException {
    Path t = Files.writeString(dir.resolve("stops.zip"), "stop_id\n");
    refused(t.toString(), "validate", t.toString());
  }
}
