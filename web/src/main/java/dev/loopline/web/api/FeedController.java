package dev.loopline.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopline.gtfs.Notice;
import dev.loopline.gtfs.Severity;
import dev.loopline.planner.app.FeedValidation;
import dev.loopline.planner.app.ValidateResult;
import dev.loopline.planner.app.ValidateService;
import dev.loopline.web.NetworkConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What operators look at: the district feeds the network was merged from, each with its validation notices, and
 * the merge's report (twins merged, clashes renamed, repairs). Known when the server was started with them
 * ({@code serve --feeds --merge-report}; the demo always is).
 */
@RestController
public class FeedController {
  /** Notices listed per feed; the counts cover all of them. */
  static final int NOTICES_SHOWN = 500;

  private final String feeds;
  private final String mergeReport;
  private final ObjectMapper json;
  private volatile List<FeedView> validated;

  public FeedController(@Value("${" + NetworkConfiguration.FEEDS_PROPERTY + ":}") String feeds,
                        @Value("${" + NetworkConfiguration.MERGE_REPORT_PROPERTY + ":}") String mergeReport,
                        ObjectMapper json) {
    this.feeds = feeds;
    this.mergeReport = mergeReport;
    this.json = json;
  }

  /** A notice: severity, code, file, line (0: the whole file), field, message. */
  public record NoticeView(Severity severity, String code, String file, long line, String field, String message) {
    static NoticeView of(Notice n) {
      return new NoticeView(n.severity(), n.code(), n.file(), n.line(), n.field(), n.message());
    }
  }

  /** A district feed and its validation. */
  public record FeedView(String id, String file, String crs, String encoding, boolean valid, long errors,
                         long warnings, long infos, List<NoticeView> notices) {}

  @Operation(summary = "The district feeds with their validation notices (counts by severity; the first "
      + NOTICES_SHOWN + " notices each)")
  @GetMapping("/api/feeds")
  public List<FeedView> feeds() {
    List<FeedView> v = validated;
    if (v == null) {
      v = validate();
      validated = v;
    }
    return v;
  }

  private synchronized List<FeedView> validate() {
    if (validated != null) {
      return validated;
    }
    if (feeds.isBlank()) {
      throw ApiException.notFound(null, "this server knows no feeds list: start it with 'serve --feeds FEEDS.yaml'");
    }
    List<FeedView> out = new ArrayList<>();
    for (FeedValidation s : new ValidateService().validateFeeds(Path.of(feeds))) {
      ValidateResult r = s.result();
      out.add(new FeedView(s.id(), s.path().getFileName().toString(), s.crs(), s.encoding(), r.valid(), r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.INFO),
          r.notices().stream().limit(NOTICES_SHOWN).map(NoticeView::of).toList()));
    }
    return List.copyOf(out);
  }

  @Operation(summary = "The merge's report: every decision of the merge (as 'merge --report' writes it)")
  @GetMapping("/api/merge-report")
  public JsonNode mergeReport() throws IOException {
    if (mergeReport.isBlank() || !Files.isRegularFile(Path.of(mergeReport))) {
      throw new ApiException(HttpStatus.NOT_FOUND, null, mergeReport.isBlank()
          ? "this server knows no merge report: start it with 'serve --merge-report REPORT.json'"
          : "the merge report " + mergeReport + " is gone; merge again with --report");
    }
    return json.readTree(Path.of(mergeReport).toFile());
  }
}
