package dev.loopline.gtfs.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.Notice;
import dev.loopline.gtfs.Severity;
import dev.loopline.gtfs.testing.TestFeeds;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text is never silently garbled: the encoding of a feed without one given is chosen by which reading is plausible
 * (Latin-1 names are not taken for rare Chinese characters) and named; bytes invalid in a given encoding are an ERROR
 * at file:line; replacement characters are a WARNING at file:line.
 */
class EncodingTest {
  @TempDir
  Path dir;

  private Path feed(String name, Charset cs, String stops) {
    Map<String, byte[]> zip = new LinkedHashMap<>();
    Map<String, String> files = TestFeeds.minimal();
    files.put("stops.txt", stops);
    files.forEach((file, text) -> zip.put(file, text.getBytes(cs)));
    return TestFeeds.zipBytes(dir.resolve(name), zip);
  }

  private static List<Notice> notices(GtfsRead r, String code) {
    return r.notices().stream().filter(n -> n.code().equals(code)).toList();
  }

  @Test
  void aLatin1FeedIsReadAsLatin1NotAsRareChineseAndTheChoiceIsNamed() {
    Path latin = feed("poa.zip", StandardCharsets.ISO_8859_1, "stop_id,stop_name,stop_lat,stop_lon\n"
        + "S1,São Pedro,29.6040,106.3000\nS2,Praça da Sé,29.5900,106.2190\n");
    GtfsRead r = GtfsReader.read(latin);
    assertEquals("São Pedro", r.feed().stops().get(0).name());
    assertEquals("Praça da Sé", r.feed().stops().get(1).name());
    List<Notice> chosen = notices(r, "encoding_detected").stream().filter(n -> n.file().equals("stops.txt")).toList();
    assertEquals(1, chosen.size(), r.notices().toString());
    assertEquals(Severity.INFO, chosen.get(0).severity());
    assertTrue(chosen.get(0).message().startsWith("not valid UTF-8; read as windows-1252 (Latin-1)"),
        chosen.get(0).message());
  }

  @Test
  void theIssuesExampleDecodesAsGb18030ButIsStillReadAsLatin1() {
    byte[] saoPedro = "São Pedro".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("S鉶 Pedro", new String(saoPedro, TextEncoding.GB18030), "valid, but implausible, GB18030");
    assertTrue(TextEncoding.plausibleLatin(saoPedro) > TextEncoding.plausibleChinese(saoPedro));
    byte[] chinese = "大学城,西永,北碚".getBytes(Charset.forName("GBK"));
    assertTrue(TextEncoding.plausibleChinese(chinese) > TextEncoding.plausibleLatin(chinese));
  }

  @Test
  void aGbkFeedReadAsUtf8OnRequestIsAnErrorAtFileAndLine() {
    Path gbk = feed("gbk.zip", Charset.forName("GBK"), "stop_id,stop_name,stop_lat,stop_lon\n"
        + "S1,Campus,29.6040,106.3000\nS2,西永,29.5900,106.2190\n");
    GtfsRead r = GtfsReader.read(gbk, ReadOptions.defaults().withEncoding(StandardCharsets.UTF_8));
    List<Notice> bad = notices(r, "invalid_encoding").stream().filter(n -> n.file().equals("stops.txt")).toList();
    assertEquals(1, bad.size(), r.notices().toString());
    assertEquals(Severity.ERROR, bad.get(0).severity());
    assertEquals(3, bad.get(0).line());
    assertTrue(bad.get(0).format().startsWith("ERROR stops.txt:3 byte 0xCE is not valid UTF-8 (the encoding given)"), bad.get(0).format());
    assertTrue(bad.get(0).message().endsWith("Give the file's real encoding (it reads as GB18030/GBK)"),
        bad.get(0).message());
  }

  @Test
  void replacementCharactersAreAWarningAtFileAndLine() {
    Path damaged = feed("fffd.zip", StandardCharsets.UTF_8, "stop_id,stop_name,stop_lat,stop_lon\n"
        + "S1,大学城,29.6040,106.3000\nS2,S\uFFFDo Pedro,29.5900,106.2190\n");
    GtfsRead r = GtfsReader.read(damaged);
    List<Notice> w = notices(r, "replacement_character");
    assertEquals(1, w.size(), r.notices().toString());
    assertEquals(Severity.WARNING, w.get(0).severity());
    assertEquals("stops.txt", w.get(0).file());
    assertEquals(3, w.get(0).line());
  }

  @Test
  void bytesTheDetectedEncodingCannotMapAreAWarning() {
    Map<String, byte[]> zip = new LinkedHashMap<>();
    TestFeeds.minimal().forEach((file, text) -> zip.put(file, text.getBytes(StandardCharsets.UTF_8)));
    // Latin-1 text with 0x81, which windows-1252 leaves undefined.
    zip.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nS1,Caf\u00e9,29.6040,106.3000\nS2,X\u0081,29.59,106.219\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    GtfsRead r = GtfsReader.read(TestFeeds.zipBytes(dir.resolve("undefined.zip"), zip));
    List<Notice> w = notices(r, "replacement_character");
    assertEquals(1, w.size(), r.notices().toString());
    assertEquals(3, w.get(0).line());
    assertTrue(w.get(0).message().startsWith("byte 0x81 has no character in windows-1252"), w.get(0).message());
  }
}
