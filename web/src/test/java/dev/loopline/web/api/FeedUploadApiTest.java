package dev.loopline.web.api;

import static dev.loopline.web.api.NetworkApiTest.assertProblem;
import static dev.loopline.web.api.ProposalApiTest.assertProblemStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static dev.loopline.web.TestFeeds.sampleFeed;
import static dev.loopline.web.TestFeeds.zip;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import dev.loopline.web.security.TestUsers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * An operator uploads district feeds: a good one becomes the feed's next version, merges with the others, and its
 * unified zip downloads; hostile or broken archives (built here) are refused by the GTFS reader's zip defences with
 * a problem detail naming the file and the entry, a feed with errors by file, line and field, and none of them is
 * recorded.
 */
class FeedUploadApiTest extends ApiTestBase {
  @BeforeEach
  void asOperator() {
    http = http.withBasicAuth("olga", TestUsers.PASSWORD);
  }

  private ResponseEntity<JsonNode> upload(String feed, String fileName, byte[] bytes) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.postForEntity("/api/feeds/" + feed + "/versions", new HttpEntity<>(form, h), JsonNode.class);
  }

  private int versionsOf(String feed) {
    int n = 0;
    for (JsonNode v : http.getForObject("/api/feeds/versions", JsonNode.class)) {
      n += v.get("id").asText().equals(feed) ? 1 : 0;
    }
    return n;
  }

  @Test
  void aGoodFeedBecomesTheNextVersionMergesAndItsUnifiedZipDownloads() throws Exception {
    // The same files zipped anew: other bytes, so another version, and a feed the merge takes as before.
    byte[] feed = zip(sampleFeed("beibei"), Deflater.BEST_SPEED);
    int before = versionsOf("beibei");
    ResponseEntity<JsonNode> r = upload("beibei", "beibei-2026-12.zip", feed);
    assertEquals(HttpStatus.CREATED, r.getStatusCode(), String.valueOf(r.getBody()));
    JsonNode v = r.getBody();
    assertEquals(before + 1, v.get("version").asInt(), v.toString());
    assertEquals("beibei-2026-12.zip", v.get("file").asText());
    assertEquals("olga", v.get("author").asText());
    assertEquals("upload", v.get("origin").asText());
    assertEquals(feed.length, v.get("bytes").asLong());
    assertEquals(64, v.get("sha256").asText().length());
    assertEquals(0, v.get("errors").asInt());
    assertTrue(r.getHeaders().getLocation().toString().endsWith("/api/feeds/beibei/versions/" + (before + 1)));
    assertEquals(v.get("sha256"), http.getForObject(r.getHeaders().getLocation(), JsonNode.class).get("sha256"));

    ResponseEntity<JsonNode> again = upload("beibei", "again.zip", feed);
    assertEquals(HttpStatus.OK, again.getStatusCode(), "the same content is the same version");
    assertEquals(before + 1, again.getBody().get("version").asInt());
    JsonNode current = http.getForObject("/api/feeds", JsonNode.class);
    boolean listed = false;
    for (JsonNode f : current) {
      listed |= f.get("id").asText().equals("beibei") && f.get("version").asInt() == before + 1;
    }
    assertTrue(listed, "the feeds list shows the newest version: " + current);

    ResponseEntity<JsonNode> merged = http.postForEntity("/api/merges", Map.of("repair", false), JsonNode.class);
    assertEquals(HttpStatus.CREATED, merged.getStatusCode(), String.valueOf(merged.getBody()));
    JsonNode m = merged.getBody();
    assertEquals("olga", m.get("author").asText());
    boolean mergedIt = false;
    for (JsonNode in : m.get("inputs")) {
      mergedIt |= in.get("feedId").asText().equals("beibei") && in.get("version").asInt() == before + 1;
    }
    assertTrue(mergedIt, "the merge took the uploaded version: " + m.get("inputs"));
    assertTrue(m.get("output").get("routes").asInt() > 10, m.toString());
    assertEquals(m.get("id"), http.getForObject("/api/merges", JsonNode.class).get(0).get("id"), "newest first");
    assertEquals(m.get("output"), http.getForObject("/api/merge-report", JsonNode.class).get("output"),
        "the merge report is the newest merge's");
    ResponseEntity<byte[]> zip = http.getForEntity(m.get("download").asText(), byte[].class);
    assertEquals(HttpStatus.OK, zip.getStatusCode());
    assertEquals(zip.getBody().length, zip.getHeaders().getContentLength());
    boolean routes = false;
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip.getBody()))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        routes |= e.getName().equals("routes.txt") && new String(z.readAllBytes(), StandardCharsets.UTF_8)
            .contains("beibei:");
      }
    }
    assertTrue(routes, "the unified feed holds the district's routes under its namespace");
  }

  @Test
  void hostileAndBrokenArchivesAreRefusedNamingTheFileAndNothingIsRecorded() throws Exception {
    int before = versionsOf("shapingba");
    Map<String, byte[]> good = sampleFeed("shapingba");

    ResponseEntity<JsonNode> notZip = upload("shapingba", "feed.zip",
        "<html><body>404 Not Found</body></html>".getBytes(StandardCharsets.UTF_8));
    assertProblem(notZip, "file");
    assertTrue(notZip.getBody().get("detail").asText().contains("feed.zip is not a zip archive"),
        notZip.getBody().toString());

    Map<String, byte[]> climbing = new LinkedHashMap<>(good);
    climbing.put("../../etc/cron.d/stops.txt", "x".getBytes(StandardCharsets.UTF_8));
    ResponseEntity<JsonNode> slip = upload("shapingba", "slip.zip", zip(climbing, Deflater.DEFAULT_COMPRESSION));
    assertProblem(slip, "file");
    assertTrue(slip.getBody().get("detail").asText().contains("unsafe path in zip: '../../etc/cron.d/stops.txt'"),
        slip.getBody().toString());
    assertTrue(slip.getBody().get("detail").asText().startsWith("file: slip.zip: "), "names the upload, not a"
        + " temporary file: " + slip.getBody());

    Map<String, byte[]> nested = new LinkedHashMap<>();
    nested.put("inner/shapingba.zip", zip(good, Deflater.DEFAULT_COMPRESSION));
    ResponseEntity<JsonNode> zipOfZips = upload("shapingba", "outer.zip", zip(nested, Deflater.DEFAULT_COMPRESSION));
    assertProblem(zipOfZips, "file");
    assertTrue(zipOfZips.getBody().get("detail").asText().contains("holds another archive, 'inner/shapingba.zip'"),
        zipOfZips.getBody().toString());

    Map<String, byte[]> bomb = new LinkedHashMap<>(good);
    byte[] zeros = new byte[24 << 20];
    java.util.Arrays.fill(zeros, (byte) '0');
    bomb.put("stop_times.txt", zeros);
    byte[] bombZip = zip(bomb, Deflater.BEST_COMPRESSION);
    assertTrue(bombZip.length < 1 << 20, "24 MiB in " + bombZip.length + " bytes");
    ResponseEntity<JsonNode> ratio = upload("shapingba", "bomb.zip", bombZip);
    assertProblem(ratio, "file");
    assertTrue(ratio.getBody().get("detail").asText().contains("stop_times.txt inflates more than 200 times"),
        ratio.getBody().toString());

    Map<String, byte[]> many = new LinkedHashMap<>(good);
    for (int i = 0; i <= 10_000; i++) {
      many.put("extra/" + i + ".txt", new byte[0]);
    }
    ResponseEntity<JsonNode> entries = upload("shapingba", "many.zip", zip(many, Deflater.BEST_SPEED));
    assertProblem(entries, "file");
    assertTrue(entries.getBody().get("detail").asText().contains("more than the limit of 10000"),
        entries.getBody().toString());

    assertEquals(before, versionsOf("shapingba"), "nothing refused was recorded");
  }

  @Test
  void aFeedWithErrorsIsRefusedAtFileLineAndField() throws Exception {
    Map<String, byte[]> files = sampleFeed("jiulongpo");
    String[] stops = new String(files.get("stops.txt"), StandardCharsets.UTF_8).split("\n", -1);
    String[] header = stops[0].trim().split(",");
    String[] row = stops[1].split(",", -1);
    for (int i = 0; i < header.length; i++) {
      if (header[i].equals("stop_lat") || header[i].equals("stop_lon")) {
        row[i] = "0";
      }
    }
    stops[1] = String.join(",", row);
    files.put("stops.txt", String.join("\n", stops).getBytes(StandardCharsets.UTF_8));
    int before = versionsOf("jiulongpo");
    ResponseEntity<JsonNode> r = upload("jiulongpo", "jiulongpo.zip", zip(files, Deflater.DEFAULT_COMPRESSION));
    assertProblemStatus(r, HttpStatus.UNPROCESSABLE_ENTITY, "file");
    String detail = r.getBody().get("detail").asText();
    assertTrue(detail.startsWith("file: jiulongpo.zip has ") && detail.contains("stops.txt:2 stop_lat"), detail);
    JsonNode first = r.getBody().get("notices").get(0);
    assertEquals("stops.txt", first.get("file").asText());
    assertEquals(2, first.get("line").asInt());
    assertEquals(before, versionsOf("jiulongpo"));
  }

  @Test
  void badRequestsAreNamed() throws Exception {
    assertProblem(upload("bad id!", "x.zip", new byte[] {1}), "id");
    MultiValueMap<String, Object> noFile = new LinkedMultiValueMap<>();
    noFile.add("crs", "wgs84");
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.MULTIPART_FORM_DATA);
    assertProblem(http.postForEntity("/api/feeds/shapingba/versions", new HttpEntity<>(noFile, h), JsonNode.class),
        "file");
    ResponseEntity<JsonNode> tooBig = upload("shapingba", "big.zip", new byte[(int) ApiTestBase.MAX_UPLOAD + 1024]);
    assertEquals(HttpStatus.PAYLOAD_TOO_LARGE, tooBig.getStatusCode(), String.valueOf(tooBig.getBody()));
    assertTrue(tooBig.getBody().get("detail").asText().contains("loopline.web.max-upload-bytes"),
        tooBig.getBody().toString());
    assertNotNull(http.getForObject("/api/feeds/versions", JsonNode.class));
  }

  @Test
  void plannersMayReadTheFeedsButNotChangeThem() {
    ResponseEntity<JsonNode> r = http.withBasicAuth("alice", TestUsers.PASSWORD).postForEntity(
        "/api/merges", Map.of(), JsonNode.class);
    assertEquals(HttpStatus.FORBIDDEN, r.getStatusCode());
    assertTrue(r.getBody().get("detail").asText().contains("needs the role operator"), r.getBody().toString());
    assertEquals(HttpStatus.OK, http.withBasicAuth("alice", TestUsers.PASSWORD)
        .getForEntity("/api/merges", JsonNode.class).getStatusCode());
  }
}
