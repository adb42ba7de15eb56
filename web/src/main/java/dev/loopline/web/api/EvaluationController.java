package dev.loopline.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.loopline.planner.app.EvaluateRequest;
import dev.loopline.planner.app.EvaluateResult;
import dev.loopline.planner.app.EvaluateService;
import dev.loopline.planner.app.InvalidRequestException;
import dev.loopline.planner.app.LooplineSettings;
import dev.loopline.planner.app.ScenarioRequest;
import dev.loopline.planner.app.ScoringRequests;
import dev.loopline.planner.proposal.NetworkProposal;
import dev.loopline.web.jobs.Job;
import dev.loopline.web.jobs.JobService;
import dev.loopline.web.store.JobSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scoring saved proposals, as jobs: {@code POST} answers 202 with the job at once; {@code GET /api/jobs/{id}} tells
 * its state, the stage being worked on and the progress through it, and once done the result — an evaluation's
 * report JSON (what {@code evaluate --json} writes) or a comparison's scenario table (what {@code compare --json}
 * prints); {@code DELETE /api/jobs/{id}} cancels.
 */
@RestController
public class EvaluationController {
  private final EvaluateService evaluations;
  private final SavedProposals saved;
  private final JobService jobs;
  private final LooplineSettings settings;

  public EvaluationController(EvaluateService evaluations, SavedProposals saved, JobService jobs,
                              LooplineSettings settings) {
    this.evaluations = evaluations;
    this.saved = saved;
    this.jobs = jobs;
    this.settings = settings;
  }

  /**
   * @param proposalIds   saved proposals: new lines are ranked, the others scored each alone as scenarios
   * @param asPackage     also score the proposals that change existing routes together, as one package
   * @param accessibility also score accessibility (slow: minutes on the sample)
   */
  public record EvaluationRequest(List<String> proposalIds, @JsonProperty("package") Boolean asPackage,
                                  Boolean accessibility) {}

  /**
   * @param scenarios  named scenarios, each the saved proposals applied together
   * @param difference two scenario names (or {@code baseline}) whose difference the {@code difference} layer maps,
   *                   the second less the first; default: the first two scenarios
   */
  public record ComparisonRequest(Map<String, List<String>> scenarios, Boolean accessibility,
                                  List<String> difference) {}

  /**
   * A job as the API shows it.
   *
   * @param title  what it scores, in the planner's words (the proposals' or scenarios' names), as the list shows it
   * @param layers once done, the names of its map layers, each at {@code /api/jobs/{id}/layers/{name}}
   */
  public record JobView(String id, String kind, String title, Job.State state, String stage, double progress, JsonNode result,
                        List<String> layers, Map<String, Object> error) {
    static JobView of(Job j) {
      Map<String, Object> error = null;
      if (j.state() == Job.State.FAILED) {
        error = new LinkedHashMap<>();
        error.put("status", j.errorStatus());
        error.put("detail", j.error());
        if (j.errorField() != null) {
          error.put("field", j.errorField());
        }
      }
      return new JobView(j.id(), j.kind(), j.title(), j.state(), j.stage(), j.progress(), j.result(), j.layerNames(), error);
    }
  }

  @Operation(summary = "Evaluate saved proposals against the baseline, as a job (202 with the job)")
  @PostMapping("/api/evaluations")
  public ResponseEntity<JobView> evaluate(@RequestBody EvaluationRequest request) {
    List<String> ids = request.proposalIds() == null ? List.of() : request.proposalIds();
    List<NetworkProposal> proposals = saved.load(ids, "proposalIds");
    List<NetworkProposal> changes = proposals.stream().filter(p -> p.singleNewLine().isEmpty()).toList();
    boolean asPackage = Boolean.TRUE.equals(request.asPackage());
    if (asPackage && changes.size() < 2) {
      throw ApiException.badRequest("package", "package: needs at least two proposals that change existing routes, "
          + "got " + changes.size());
    }
    EvaluateRequest run = ScoringRequests.evaluation(settings.evaluate(), proposals,
        asPackage ? changes : List.of(), Boolean.TRUE.equals(request.accessibility()));
    // The list of earlier evaluations names each by what it scored, as the planner named the proposals.
    String title = String.join(", ", proposals.stream().map(p -> p.name() == null || p.name().isBlank() ? p.id()
        : p.displayName()).toList()) + (asPackage ? " (package)" : "");
    Job job = jobs.submit("evaluation", title, j -> {
      EvaluateResult e = evaluations.evaluate(run, j);
      j.keepLayers(e.mapLayers());
      return e.reportJson();
    });
    return accepted(job);
  }

  @Operation(summary = "Compare named scenarios (saved proposals applied together) with the baseline, as a job")
  @PostMapping("/api/comparisons")
  public ResponseEntity<JobView> compare(@RequestBody ComparisonRequest request) {
    if (request.scenarios() == null || request.scenarios().isEmpty()) {
      throw ApiException.badRequest("scenarios", "scenarios: give at least one, e.g. {\"scenarios\": {\"plan A\": "
          + "[\"SC-H1\", \"SC-W1\"]}}");
    }
    List<ScenarioRequest> scenarios = new ArrayList<>();
    for (Map.Entry<String, List<String>> s : request.scenarios().entrySet()) {
      String field = "scenarios." + s.getKey();
      if (s.getKey().isBlank() || s.getValue() == null || s.getValue().isEmpty()) {
        throw ApiException.badRequest("scenarios", field + ": a scenario needs a name and at least one proposal");
      }
      List<NetworkProposal> members = saved.load(s.getValue(), field);
      try {
        scenarios.add(ScenarioRequest.named(s.getKey(), members));
      } catch (InvalidRequestException e) {
        throw ApiException.badRequest("scenarios", "scenarios: " + e.getMessage());
      }
    }
    EvaluateRequest run = ScoringRequests.comparison(settings.evaluate(), scenarios,
        difference(request.difference(), scenarios), Boolean.TRUE.equals(request.accessibility()));
    Job job = jobs.submit("comparison", String.join(", ", request.scenarios().keySet()), j -> {
      EvaluateResult e = evaluations.evaluate(run, j);
      j.keepLayers(e.mapLayers());
      return e.scenarioTableJson();
    });
    return accepted(job);
  }

  /** The pair the difference layer maps: none given, the default; else two of the scenarios or the baseline. */
  private static List<String> difference(List<String> given, List<ScenarioRequest> scenarios) {
    if (given == null || given.isEmpty()) {
      return List.of();
    }
    List<String> known = new ArrayList<>(List.of(EvaluateRequest.BASELINE));
    scenarios.forEach(s -> known.add(s.id()));
    if (given.size() != 2 || given.get(0).equals(given.get(1)) || !known.containsAll(given)) {
      throw ApiException.badRequest("difference", "difference: give two different names among " + known
          + ", got " + given);
    }
    return List.copyOf(given);
  }

  @Operation(summary = "The signed-in user's newest jobs, newest first: id, kind, state, what they scored, when")
  @GetMapping("/api/jobs")
  public List<JobSummary> recent(
      @Parameter(description = "how many, 1 to 100 (default 20)") @RequestParam(defaultValue = "20") int limit) {
    if (limit < 1 || limit > 100) {
      throw ApiException.badRequest("limit", "limit: give 1 to 100, got " + limit);
    }
    return jobs.recentOfCaller(limit);
  }

  @Operation(summary = "A job: state, stage, progress through the stage (0..1), result once done, error if failed")
  @GetMapping("/api/jobs/{id}")
  public JobView job(@PathVariable String id) {
    return JobView.of(jobs.find(id).orElseThrow(() -> ApiException.notFound("id", "id: no job '" + id + "'")));
  }

  @Operation(summary = "Cancel a job (a running one stops at its next unit of work)")
  @DeleteMapping("/api/jobs/{id}")
  public JobView cancel(@PathVariable String id) {
    jobs.cancel(id).orElseThrow(() -> ApiException.notFound("id", "id: no job '" + id + "'"));
    return job(id);
  }

  private static ResponseEntity<JobView> accepted(Job job) {
    return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/jobs/" + job.id()))
        .body(JobView.of(job));
  }
}
