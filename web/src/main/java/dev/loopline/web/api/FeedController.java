package dev.loopline.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopline.gtfs.Notice;
import dev.loopline.gtfs.Severity;
import dev.loopline.web.feeds.FeedCatalog;
import dev.loopline.web.store.FeedVersion;
import dev.loopline.web.store.MergeRecord;
import dev.loopline.web.store.ProposalViewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * What operators manage: the district feeds, every version of each (who recorded it, when, the file, its checksum
 * and validation), uploads of new versions (operators only), merges of the newest versions with their reports, and
 * the unified zips of those merges. The feeds and merge report the server was started with ({@code serve --feeds
 * --merge-report}; the demo always is) are the first versions.
 */
@RestController
public class FeedController {
  /** Notices listed per feed; the counts cover all of them. */
  static final int NOTICES_SHOWN = FeedCatalog.NOTICES_KEPT;

  private final FeedCatalog catalog;
  private final ProposalViewer viewer;
  private final ObjectMapper json;

  public FeedController(FeedCatalog catalog, ProposalViewer viewer, ObjectMapper json) {
    this.catalog = catalog;
    this.viewer = viewer;
    this.json = json;
  }

  /** A notice: severity, code, file, line (0: the whole file), field, message. */
  public record NoticeView(Severity severity, String code, String file, long line, String field, String message) {}

  /** A version of a district feed and its validation ({@code notices} only where one version is shown). */
  public record FeedView(String id, int version, String file, String crs, String encoding, boolean valid,
                         long errors, long warnings, long infos, long bytes, String sha256, String origin,
                         String author, Instant recorded, List<NoticeView> notices) {}

  /** A merge: who, when, which feed versions, the unified feed's counts, and where to download it. */
  public record MergeView(int id, String origin, String author, Instant recorded, boolean repair, JsonNode inputs,
                          JsonNode output, String report, String download) {}

  /** @param repair mend what can be mended (each repair reported) instead of refusing */
  public record MergeRequestBody(Boolean repair) {}

  @Operation(summary = "The district feeds (the newest version of each) with their validation notices (counts by"
      + " severity; the first " + NOTICES_SHOWN + " notices each)")
  @GetMapping("/api/feeds")
  public List<FeedView> feeds() throws IOException {
    List<FeedVersion> current = catalog.current();
    if (current.isEmpty()) {
      throw ApiException.notFound(null, "this server knows no feeds: start it with 'serve --feeds FEEDS.yaml' or"
          + " upload one (POST /api/feeds/{id}/versions)");
    }
    List<FeedView> out = new java.util.ArrayList<>();
    for (FeedVersion v : current) {
      out.add(view(v, true));
    }
    return out;
  }

  @Operation(summary = "Every version of every district feed: who recorded it, when, file, size, SHA-256, counts")
  @GetMapping("/api/feeds/versions")
  public List<FeedView> versions() throws IOException {
    List<FeedView> out = new java.util.ArrayList<>();
    for (FeedVersion v : catalog.versions()) {
      out.add(view(v, false));
    }
    return out;
  }

  @Operation(summary = "One version of a district feed with its validation notices")
  @GetMapping("/api/feeds/{id}/versions/{version}")
  public FeedView version(@PathVariable String id, @PathVariable int version) throws IOException {
    return view(catalog.versions().stream().filter(v -> v.feedId().equals(id) && v.version() == version).findFirst()
        .orElseThrow(() -> ApiException.notFound("version", "version: feed '" + id + "' has no version " + version)),
        true);
  }

  @Operation(summary = "Upload a new version of a district feed (operators): a GTFS zip, checked by the reader's"
      + " zip defences and the validator; 201 with the version, 200 when this content is already a version")
  @PostMapping(path = "/api/feeds/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<FeedView> upload(
      @Parameter(description = "the feed's id, e.g. shapingba (a new id adds a feed)") @PathVariable String id,
      @Parameter(description = "the GTFS zip") @RequestPart("file") MultipartFile file,
      @Parameter(description = "datum: wgs84, gcj02 or bd09 (default: the feed's as known, else wgs84)")
      @RequestParam(name = "crs", required = false) String crs,
      @Parameter(description = "text encoding, e.g. gbk (default: the feed's as known, else detected)")
      @RequestParam(name = "encoding", required = false) String encoding) throws IOException {
    FeedCatalog.Upload u;
    try (InputStream in = file.getInputStream()) {
      u = catalog.upload(id, file.getOriginalFilename(), in, blank(crs), blank(encoding), viewer.name());
    }
    FeedView body = view(u.version(), true);
    if (!u.created()) {
      return ResponseEntity.ok(body);
    }
    return ResponseEntity.created(URI.create("/api/feeds/" + id + "/versions/" + u.version().version())).body(body);
  }

  @Operation(summary = "The newest merge's report: every decision of the merge (as 'merge --report' writes it)")
  @GetMapping("/api/merge-report")
  public JsonNode mergeReport() throws IOException {
    List<MergeRecord> all = catalog.merges();
    if (all.isEmpty()) {
      throw ApiException.notFound(null, "this server knows no merge report: start it with 'serve --merge-report"
          + " REPORT.json' or merge the feeds (POST /api/merges)");
    }
    return json.readTree(all.get(0).report());
  }

  @Operation(summary = "Every merge, newest first: who, when, the feed versions merged, the unified feed's counts")
  @GetMapping("/api/merges")
  public List<MergeView> merges() throws IOException {
    List<MergeView> out = new java.util.ArrayList<>();
    for (MergeRecord m : catalog.merges()) {
      out.add(view(m));
    }
    return out;
  }

  @Operation(summary = "Merge the newest version of every district feed (operators): 201 with the merge; its"
      + " report and unified zip are kept")
  @PostMapping("/api/merges")
  public ResponseEntity<MergeView> merge(@RequestBody(required = false) MergeRequestBody body) throws IOException {
    boolean repair = body != null && Boolean.TRUE.equals(body.repair());
    MergeRecord m = catalog.mergeCurrent(repair, viewer.name());
    return ResponseEntity.created(URI.create("/api/merges/" + m.id())).body(view(m));
  }

  @Operation(summary = "A merge's report (as 'merge --report' writes it)")
  @GetMapping("/api/merges/{id}/report")
  public JsonNode report(@PathVariable int id) throws IOException {
    return json.readTree(find(id).report());
  }

  @Operation(summary = "Download a merge's unified GTFS zip")
  @GetMapping("/api/merges/{id}/unified.zip")
  public ResponseEntity<StreamingResponseBody> unified(@PathVariable int id) throws IOException {
    MergeRecord m = find(id);
    return ZipDownloads.stream(catalog.unifiedZip(m).orElseThrow(() -> ApiException.notFound("id", "id: merge " + id
        + " kept no unified zip (it is the report the server was started with)")), "unified-" + id + ".zip");
  }

  private MergeRecord find(int id) {
    return catalog.merge(id).orElseThrow(() -> ApiException.notFound("id", "id: no merge " + id));
  }

  private MergeView view(MergeRecord m) throws IOException {
    JsonNode report = json.readTree(m.report());
    return new MergeView(m.id(), m.origin(), m.author(), m.recorded(), m.repair(), json.readTree(m.inputs()),
        report.path("output"), "/api/merges/" + m.id() + "/report",
        catalog.unifiedZip(m).isPresent() ? "/api/merges/" + m.id() + "/unified.zip" : null);
  }

  private FeedView view(FeedVersion v, boolean withNotices) throws IOException {
    List<NoticeView> notices = null;
    if (withNotices) {
      notices = List.of(json.readValue(v.notices(), NoticeView[].class));
    }
    return new FeedView(v.feedId(), v.version(), v.fileName(), v.crs(), v.encoding() == null ? "detected"
        : v.encoding(), v.errors() == 0, v.errors(), v.warnings(), v.infos(), v.sizeBytes(), v.sha256(), v.origin(),
        v.author(), v.recorded(), notices);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** The notices of a refusal, as the API lists them. */
  static List<NoticeView> views(List<Notice> notices) {
    return notices.stream().map(n -> new NoticeView(n.severity(), n.code(), n.file(), n.line(), n.field(),
        n.message())).toList();
  }
}
