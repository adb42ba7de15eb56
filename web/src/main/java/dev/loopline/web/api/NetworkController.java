package dev.loopline.web.api;

import dev.loopline.planner.app.NetworkInfoService;
import dev.loopline.planner.app.NetworkSummary;
import dev.loopline.planner.app.StopMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the served network is, and its stops by name. */
@RestController
@RequestMapping("/api")
public class NetworkController {
  private final NetworkInfoService info;

  public NetworkController(NetworkInfoService info) {
    this.info = info;
  }

  @Operation(summary = "The served network: name, synthetic flag, bbox, service dates, time zone, districts, counts")
  @GetMapping("/network")
  public NetworkSummary network() {
    return info.summary();
  }

  @Operation(summary = "Stops whose name (Chinese or English), id or code contains q; exact id or code first, "
      + "then names starting with q")
  @GetMapping("/stops")
  public List<StopMatch> stops(
      @Parameter(description = "part of a stop name (zh or en), a stop id or code") @RequestParam String q,
      @Parameter(description = "most stops returned, 1..100") @RequestParam(defaultValue = "20") int limit) {
    return info.searchStops(q, limit);
  }
}
