package dev.loopline.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopline.planner.app.ItineraryJson;
import dev.loopline.planner.app.LooplineSettings;
import dev.loopline.planner.app.NetworkInfoService;
import dev.loopline.planner.app.PlanParameters;
import dev.loopline.planner.app.PlanService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Residents' trip planning: every option of {@code loopline plan}, answered as {@code plan --json} answers (legs with
 * GeoJSON geometry, walks, waits, transfers, fare, districts crossed). "No itinerary" is a normal answer (200 with
 * a status and a message), not an error.
 */
@RestController
public class PlanController {
  private final PlanService plans;
  private final LooplineSettings settings;
  private final NetworkInfoService places;

  public PlanController(PlanService plans, LooplineSettings settings, NetworkInfoService places) {
    this.plans = plans;
    this.settings = settings;
    this.places = places;
  }

  @Operation(summary = "Door-to-door itineraries (walk + bus + rail), best first")
  @GetMapping("/api/plan")
  public ObjectNode plan(
      @Parameter(description = "origin: LAT,LON, or a stop's name (Chinese or English), id or code",
          example = "29.59,106.22") @RequestParam(required = false) String from,
      @Parameter(description = "destination: LAT,LON, or a stop's name, id or code", example = "29.60,106.30")
      @RequestParam(required = false) String to,
      @Parameter(description = "ISO local date-time of departure (arrival with arriveBy); default now",
          example = "2026-12-01T08:00") @RequestParam(required = false) String at,
      @Parameter(description = "at is the latest arrival") @RequestParam(defaultValue = "false") boolean arriveBy,
      @Parameter(description = "departures considered after (before) at: 60m, 1h30m, 45 (minutes)")
      @RequestParam(required = false) String window,
      @Parameter(description = "longest walk between stops: 1200m, 1.2km") @RequestParam(required = false)
      String maxWalk,
      @Parameter(description = "longest walk to the first stop and from the last one: 45m, 1h")
      @RequestParam(required = false) String maxAccessWalk,
      @Parameter(description = "walking speed, m/s (0.3..3)") @RequestParam(required = false) Double walkSpeed,
      @Parameter(description = "most changes of vehicle") @RequestParam(required = false) Integer maxTransfers,
      @Parameter(description = "most itineraries (1..50)") @RequestParam(required = false) Integer n,
      @Parameter(description = "names: zh (the feed's own) or en (English from translations.txt)")
      @RequestParam(required = false) String lang) {
    PlanParameters p = new PlanParameters(from, to, at, arriveBy, window, maxWalk, maxAccessWalk, walkSpeed,
        maxTransfers, n);
    return ItineraryJson.of(plans.plan(p.toRequest(settings.plan(), true, plans.timeZone(), places),
        lang == null ? settings.plan().lang() : lang));
  }
}
