package dev.loopline.web.api;

import dev.loopline.planner.app.ExportService;
import dev.loopline.planner.app.LooplineSettings;
import dev.loopline.planner.proposal.NetworkProposal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The unified GTFS as a download: the baseline, or a scenario with saved proposals applied (what {@code export}
 * writes, its timetables simulated with the settings tree's traffic factor and dwell). The zip is written to a
 * temporary file first, so that a failure is a problem detail rather than a broken download, then streamed from
 * disk: a feed of hundreds of megabytes never sits in the heap.
 */
@RestController
public class ExportController {
  private final ExportService exports;
  private final SavedProposals saved;
  private final LooplineSettings settings;

  public ExportController(ExportService exports, SavedProposals saved, LooplineSettings settings) {
    this.exports = exports;
    this.saved = saved;
    this.settings = settings;
  }

  @Operation(summary = "Download the unified GTFS zip: the baseline, or with saved proposals applied in order")
  @GetMapping("/api/export")
  public ResponseEntity<StreamingResponseBody> export(
      @Parameter(description = "saved proposal ids, applied in order (none: the baseline)")
      @RequestParam(name = "with", required = false) List<String> with) throws IOException {
    List<String> ids = with == null ? List.of() : with;
    List<NetworkProposal> proposals = saved.load(ids, "with");
    String name = ids.isEmpty() ? "unified.zip" : "scenario-" + String.join("+", ids) + ".zip";
    Path dir = Files.createTempDirectory("loopline-export");
    try {
      Path zip = dir.resolve("export.zip");
      exports.writeScenarioZip(proposals, settings.evaluate().simulation(), zip);
      return ZipDownloads.streamThenDelete(zip, dir, name);
    } catch (IOException | RuntimeException e) {
      ZipDownloads.deleteTree(dir);
      throw e;
    }
  }
}
