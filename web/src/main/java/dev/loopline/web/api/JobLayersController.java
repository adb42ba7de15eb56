package dev.loopline.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopline.web.jobs.Job;
import dev.loopline.web.jobs.JobService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The map layers of a finished evaluation or comparison, as GeoJSON (RFC 7946): the same layers the report writes
 * beside {@code report.json} (routed lines, new stops, newly covered cells, loops, the per-cell accessibility change;
 * with scenarios the cells gained and lost, the touched routes before and after, and the difference map). Cells are
 * the population grid's centroids, and only the cells that change are listed, so a layer stays small on a grid of
 * tens of thousands of cells.
 */
@RestController
public class JobLayersController {
  private final JobService jobs;

  public JobLayersController(JobService jobs) {
    this.jobs = jobs;
  }

  @Operation(summary = "A map layer of a finished evaluation or comparison job as a GeoJSON FeatureCollection "
      + "(the job lists its layers); ?of= keeps one proposal's or scenario's features")
  @GetMapping("/api/jobs/{id}/layers/{layer}")
  public ResponseEntity<JsonNode> layer(
      @PathVariable String id,
      @Parameter(description = "lines, new_stops, newly_covered, loops, accessibility_change; with scenarios also "
          + "scenario_cells, scenario_lines, difference") @PathVariable String layer,
      @Parameter(description = "a proposal or scenario id of the job: only its features") @RequestParam(required = false)
      String of) {
    Job job = jobs.find(id).orElseThrow(() -> ApiException.notFound("id", "id: no job '" + id + "'"));
    if (job.state() != Job.State.DONE) {
      throw new ApiException(HttpStatus.CONFLICT, "id", "id: job '" + id + "' is " + job.state()
          + "; its map layers come when it is DONE");
    }
    ObjectNode collection = job.layersForgotten() ? null : job.layer(layer).orElse(null);
    if (collection == null && (job.layersForgotten() || job.layerNames().contains(layer))) {
      throw new ApiException(HttpStatus.GONE, "id", "id: the map layers of job '" + id + "' are no longer kept "
          + "(the server keeps those of its newest " + JobService.STORED_LAYERS_KEPT + " jobs); run the evaluation "
          + "again to map it");
    }
    if (collection == null) {
      throw ApiException.badRequest("layer", "layer: job '" + id + "' has no layer '" + layer + "'; it has "
          + job.layerNames());
    }
    if (of != null) {
      Set<String> ids = members(job.result());
      if (!ids.contains(of)) {
        throw ApiException.badRequest("of", "of: job '" + id + "' scored no proposal or scenario '" + of + "'; it "
            + "scored " + ids);
      }
      collection = only(collection, of);
    }
    return ResponseEntity.ok().contentType(MapController.GEO_JSON).body(collection);
  }

  /** The proposal and scenario ids a result scored: an evaluation's report, or a comparison's scenario table. */
  private static Set<String> members(JsonNode result) {
    Set<String> ids = new TreeSet<>();
    if (result.isArray()) {
      result.forEach(s -> ids.add(s.path("scenario").asText()));
    } else {
      result.path("proposals").forEach(p -> ids.add(p.path("id").asText()));
      result.path("scenarios").forEach(s -> ids.add(s.path("id").asText()));
    }
    ids.remove("");
    return ids;
  }

  private static ObjectNode only(ObjectNode collection, String of) {
    ObjectNode out = collection.objectNode();
    collection.fields().forEachRemaining(e -> out.set(e.getKey(), e.getValue()));
    ArrayNode kept = out.putArray("features");
    for (JsonNode f : collection.path("features")) {
      JsonNode p = f.path("properties");
      if (of.equals(p.path("proposal").asText(null)) || of.equals(p.path("scenario").asText(null))
          || of.equals(p.path("to").asText(null))) {
        kept.add(f);
      }
    }
    return out;
  }
}
