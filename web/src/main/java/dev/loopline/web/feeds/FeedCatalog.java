package dev.loopline.web.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopline.gtfs.GtfsException;
import dev.loopline.gtfs.Notice;
import dev.loopline.gtfs.Severity;
import dev.loopline.gtfs.geo.CoordinateSystem;
import dev.loopline.gtfs.io.AtomicFiles;
import dev.loopline.gtfs.merge.FeedSource;
import dev.loopline.gtfs.merge.FeedsConfig;
import dev.loopline.gtfs.merge.MergeOptions;
import dev.loopline.planner.app.LooplineSettings;
import dev.loopline.planner.app.MergeRequest;
import dev.loopline.planner.app.MergeService;
import dev.loopline.planner.app.ValidateRequest;
import dev.loopline.planner.app.ValidateResult;
import dev.loopline.planner.app.ValidateService;
import dev.loopline.planner.progress.ProgressListener;
import dev.loopline.web.store.FeedFiles;
import dev.loopline.web.store.FeedStore;
import dev.loopline.web.store.FeedVersion;
import dev.loopline.web.store.MergeRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The district feeds and their merges as operators manage them. The feeds a server was started with
 * ({@code serve --feeds}) and its merge report are recorded as the first versions the first time anyone asks (so
 * that starting stays quick); an upload is received to disk, checked (a zip, no archive inside, the GTFS reader's
 * zip defences, then the validator: no ERROR), and only then recorded as the feed's next version; a merge takes the
 * newest version of every feed and keeps the unified zip and its report.
 */
public final class FeedCatalog {
  /** Notices kept per version; the counts cover all of them. */
  public static final int NOTICES_KEPT = 500;
  /** Errors named in the answer to an upload that does not validate. */
  static final int ERRORS_NAMED = 20;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  private final FeedStore store;
  private final FeedFiles files;
  private final ObjectMapper json;
  private final LooplineSettings settings;
  private final Path feedsYaml;
  private final Path mergeReport;
  private boolean synced;

  /**
   * @param feedsYaml   the feeds the server was started with, or {@code null}
   * @param mergeReport their merge's report, or {@code null}
   */
  public FeedCatalog(FeedStore store, FeedFiles files, ObjectMapper json, LooplineSettings settings, Path feedsYaml,
                     Path mergeReport) {
    this.store = store;
    this.files = files;
    this.json = json;
    this.settings = settings;
    this.feedsYaml = feedsYaml;
    this.mergeReport = mergeReport;
  }

  /** An upload's outcome: the version, and whether it is new (false: this content was already that version). */
  public record Upload(FeedVersion version, boolean created) {}

  /** Every version of every feed, by feed id then version. */
  public List<FeedVersion> versions() {
    sync();
    return store.versions();
  }

  /** The newest version of each feed: the server's feeds in their file's order, then the others by id. */
  public List<FeedVersion> current() {
    sync();
    List<String> order = serverFeeds().stream().map(FeedSource::id).toList();
    return store.current().stream().sorted(Comparator.comparingInt((FeedVersion v) -> {
      int i = order.indexOf(v.feedId());
      return i < 0 ? Integer.MAX_VALUE : i;
    }).thenComparing(FeedVersion::feedId)).toList();
  }

  public List<MergeRecord> merges() {
    sync();
    return store.merges();
  }

  public Optional<MergeRecord> merge(int id) {
    sync();
    return store.merge(id);
  }

  /** The unified zip a merge kept, if it kept one. */
  public Optional<Path> unifiedZip(MergeRecord m) {
    return Optional.ofNullable(m.unifiedSha256()).map(files::path).filter(Files::isRegularFile);
  }

  /**
   * Receives a new version of a feed.
   *
   * @param crs      the datum, or {@code null}: the feed's as the server knows it, else WGS-84
   * @param encoding the text encoding, or {@code null}: the feed's as the server knows it, else detected
   * @throws FeedRefusedException 400 for a bad id or an archive the reader refuses (naming the entry), 422 for a
   *     feed with validation ERRORs (naming file, line and field); nothing is recorded then
   */
  public Upload upload(String feedId, String fileName, InputStream content, String crs, String encoding,
                       String author) throws IOException {
    if (feedId == null || !ID.matcher(feedId).matches()) {
      throw new FeedRefusedException(400, "id", "id: '" + feedId + "' is not a feed id: letters, digits, '_', '-'"
          + " or '.', starting with a letter or digit, at most 100 (e.g. shapingba)");
    }
    String name = fileName(fileName, feedId);
    Optional<FeedSource> known = serverFeeds().stream().filter(s -> s.id().equals(feedId)).findFirst();
    CoordinateSystem datum = crs != null ? parseCrs(crs) : known.map(FeedSource::crs).orElse(CoordinateSystem.WGS84);
    Charset charset = encoding != null ? ValidateRequest.charset(encoding) : known.map(FeedSource::encoding)
        .orElse(null);
    sync();
    FeedFiles.Incoming in = files.receive(content);
    try {
      checkArchive(in.file(), name);
      Optional<FeedVersion> same = store.find(feedId, in.sha256());
      if (same.isPresent()) {
        return new Upload(same.get(), false);
      }
      ValidateResult r = validate(in.file(), name, datum, charset);
      List<Notice> errors = r.notices().stream().filter(n -> n.severity() == Severity.ERROR).toList();
      if (!errors.isEmpty()) {
        throw new FeedRefusedException(422, "file", "file: " + name + " has " + errors.size() + " error"
            + (errors.size() == 1 ? "" : "s") + " (first: " + errors.get(0).format() + "); nothing was recorded:"
            + " mend the feed and upload it again", errors.subList(0, Math.min(ERRORS_NAMED, errors.size())));
      }
      files.keep(in);
      FeedVersion v = store.record(version(feedId, in.sha256(), name, in.size(), FeedVersion.UPLOAD, null, datum,
          charset, author, r));
      return new Upload(v, true);
    } finally {
      files.discard(in);
    }
  }

  /**
   * Merges the newest version of every feed into a unified feed, keeping the zip and the report.
   *
   * @throws FeedRefusedException 409 when there is nothing to merge, 422 when the merge refuses the feeds (the
   *     detail names the feed, file, line and field)
   */
  public synchronized MergeRecord mergeCurrent(boolean repair, String author) throws IOException {
    List<FeedVersion> inputs = current();
    if (inputs.isEmpty()) {
      throw new FeedRefusedException(409, null, "no feeds to merge: upload a district feed first (or start the"
          + " server with --feeds FEEDS.yaml)");
    }
    List<FeedSource> sources = new ArrayList<>();
    for (FeedVersion v : inputs) {
      Path where = v.location() != null ? Path.of(v.location()) : files.path(v.sha256());
      sources.add(new FeedSource(v.feedId(), where, CoordinateSystem.parse(v.crs()),
          v.encoding() == null ? null : Charset.forName(v.encoding())));
    }
    LooplineSettings.Merge m = settings.merge();
    MergeOptions options = new MergeOptions(m.brand(), m.brandEn(), m.dedupDistanceMeters(),
        Math.max(m.linkDistanceMeters(), m.dedupDistanceMeters()), repair);
    Path work = Files.createTempDirectory("loopline-merge");
    try {
      Path unified = work.resolve("unified.zip");
      Path report = work.resolve("merge-report.json");
      try {
        new MergeService().merge(new MergeRequest(sources, options, unified, report), ProgressListener.none());
      } catch (GtfsException e) {
        throw new FeedRefusedException(422, "feeds", "feeds: the merge refused them: " + e.getMessage()
            + (repair ? "" : " (merging with repair mends what can be mended)"),
            e.notices().subList(0, Math.min(ERRORS_NAMED, e.notices().size())));
      }
      FeedFiles.Incoming zip;
      try (InputStream in = Files.newInputStream(unified)) {
        zip = files.receive(in);
      }
      files.keep(zip);
      String text = Files.readString(report, StandardCharsets.UTF_8);
      return store.record(new MergeRecord(0, MergeRecord.MERGE, author, repair, inputs(inputs), zip.sha256(),
          FeedFiles.sha256(report), text, null));
    } finally {
      AtomicFiles.deleteTree(work);
    }
  }

  /**
   * Records the server's own feeds and merge report, once per process, each content once ever: restarting with
   * the same files records nothing new, only their checksums are taken.
   */
  private synchronized void sync() {
    if (synced) {
      return;
    }
    try {
      for (FeedSource s : serverFeeds()) {
        String sha = FeedFiles.sha256(s.path());
        if (store.find(s.id(), sha).isEmpty()) {
          ValidateResult r = validate(s.path(), s.path().getFileName().toString(), s.crs(), s.encoding());
          store.record(version(s.id(), sha, s.path().getFileName().toString(), size(s.path()), FeedVersion.SERVER,
              s.path().toAbsolutePath().normalize().toString(), s.crs(), s.encoding(), "loopline", r));
        }
      }
      if (mergeReport != null && Files.isRegularFile(mergeReport)) {
        String sha = FeedFiles.sha256(mergeReport);
        if (store.mergeWithReport(sha).isEmpty()) {
          store.record(new MergeRecord(0, FeedVersion.SERVER, "loopline", false, inputs(store.current()), null, sha,
              Files.readString(mergeReport, StandardCharsets.UTF_8), null));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    synced = true;
  }

  private List<FeedSource> serverFeeds() {
    return feedsYaml == null ? List.of() : FeedsConfig.load(feedsYaml).feeds();
  }

  private FeedVersion version(String feedId, String sha, String name, long size, String origin, String location,
                              CoordinateSystem crs, Charset encoding, String author, ValidateResult r) {
    String notices;
    try {
      notices = json.writeValueAsString(r.notices().subList(0, Math.min(NOTICES_KEPT, r.notices().size())));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("notices are plain records", e);
    }
    return new FeedVersion(feedId, 0, sha, name, size, origin, location, crs.name().toLowerCase(Locale.ROOT),
        encoding == null ? null : encoding.name(), author, (int) r.count(Severity.ERROR),
        (int) r.count(Severity.WARNING), (int) r.count(Severity.INFO), notices, null);
  }

  private String inputs(List<FeedVersion> versions) throws JsonProcessingException {
    List<Map<String, Object>> out = new ArrayList<>();
    for (FeedVersion v : versions) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("feedId", v.feedId());
      m.put("version", v.version());
      m.put("sha256", v.sha256());
      out.add(m);
    }
    return json.writeValueAsString(out);
  }

  /** Reads and validates a feed; a refusal of the reader (zip defences) names the uploaded file, not a temp path. */
  private static ValidateResult validate(Path file, String name, CoordinateSystem crs, Charset encoding) {
    try {
      return new ValidateService().validate(new ValidateRequest(file, crs, encoding));
    } catch (GtfsException e) {
      String detail = String.valueOf(e.getMessage()).replace(file.toString(), name);
      throw new FeedRefusedException(400, "file", "file: " + detail, e.notices());
    }
  }

  /**
   * What the reader would not say as plainly: bytes that are not a zip at all (an HTML error page, a PDF), and an
   * archive holding another archive, whose feed the reader would not see (upload the GTFS files zipped, not a zip
   * of zips).
   */
  private static void checkArchive(Path file, String name) throws IOException {
    byte[] head = new byte[4];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, 4);
    }
    if (n < 4 || !java.util.Arrays.equals(head, ZIP_MAGIC)) {
      throw new FeedRefusedException(400, "file", "file: " + name + " is not a zip archive (it starts with "
          + describe(head, n) + "); upload the district's GTFS feed as a .zip");
    }
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      var entries = zip.entries();
      int seen = 0;
      while (entries.hasMoreElements() && seen++ < 100_000) {
        String entry = entries.nextElement().getName();
        String lower = entry.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip") || lower.endsWith(".jar") || lower.endsWith(".7z") || lower.endsWith(".rar")
            || lower.endsWith(".gz") || lower.endsWith(".tar")) {
          throw new FeedRefusedException(400, "file", "file: " + name + ": holds another archive, '" + entry
              + "'; upload the GTFS .txt files themselves in one zip, not a zip of zips");
        }
      }
    } catch (java.util.zip.ZipException e) {
      // Not readable as a zip: the reader names the damage next.
    }
  }

  private static String describe(byte[] head, int n) {
    if (n == 0) {
      return "nothing: the file is empty";
    }
    StringBuilder s = new StringBuilder("bytes");
    for (int i = 0; i < n; i++) {
      s.append(String.format(Locale.ROOT, " %02x", head[i] & 0xff));
    }
    return s.toString();
  }

  private static String fileName(String given, String feedId) {
    String base = given == null ? "" : given.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
    if (base.isEmpty()) {
      base = feedId + ".zip";
    }
    return base.length() > 200 ? base.substring(0, 200) : base;
  }

  private static CoordinateSystem parseCrs(String text) {
    try {
      return CoordinateSystem.parse(text);
    } catch (IllegalArgumentException e) {
      throw new FeedRefusedException(400, "crs", "crs: " + e.getMessage());
    }
  }

  private static long size(Path fileOrFolder) throws IOException {
    if (!Files.isDirectory(fileOrFolder)) {
      return Files.size(fileOrFolder);
    }
    try (var s = Files.walk(fileOrFolder)) {
      long total = 0;
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        total += Files.size(f);
      }
      return total;
    }
  }
}
