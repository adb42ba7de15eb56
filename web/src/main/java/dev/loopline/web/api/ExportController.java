package dev.loopline.web.api;

import dev.loopline.planner.app.ExportService;
import dev.loopline.planner.proposal.NetworkProposal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.IOException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The unified GTFS as a download: the baseline, or a scenario with saved proposals applied (what {@code export} writes). */
@RestController
public class ExportController {
  private final ExportService exports;
  private final SavedProposals saved;

  public ExportController(ExportService exports, SavedProposals saved) {
    this.exports = exports;
    this.saved = saved;
  }

  @Operation(summary = "Download the unified GTFS zip: the baseline, or with saved proposals applied in order")
  @GetMapping("/api/export")
  public ResponseEntity<byte[]> export(
      @Parameter(description = "saved proposal ids, applied in order (none: the baseline)")
      @RequestParam(name = "with", required = false) List<String> with) throws IOException {
    List<String> ids = with == null ? List.of() : with;
    List<NetworkProposal> proposals = saved.load(ids, "with");
    String name = ids.isEmpty() ? "unified.zip" : "scenario-" + String.join("+", ids) + ".zip";
    byte[] bytes = exports.scenarioZip(proposals);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(bytes);
  }
}
