package dev.loopline.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopline.planner.app.MapLayer;
import dev.loopline.planner.app.MapService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The network on a map: layers as GeoJSON (RFC 7946) and the travel-time map from a point. */
@RestController
public class MapController {
  /** RFC 7946's media type. */
  public static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

  private final MapService maps;

  public MapController(MapService maps) {
    this.maps = maps;
  }

  @Operation(summary = "A map layer as a GeoJSON FeatureCollection: stops, routes (by operator and district), rail, "
      + "districts, border-belt, population (cells), coverage (cells with the walk to bus and rail)")
  @GetMapping("/api/layers/{layer}")
  public ResponseEntity<String> layer(
      @Parameter(description = "stops, routes, rail, districts, border-belt, population or coverage")
      @PathVariable String layer) {
    return ResponseEntity.ok().contentType(GEO_JSON).body(maps.layer(MapLayer.of(layer)));
  }

  @Operation(summary = "Minutes from a point to every populated cell (walk + transit, median over the departure "
      + "window), as GeoJSON cell points with 'minutes'")
  @GetMapping("/api/travel-time")
  public ResponseEntity<ObjectNode> travelTime(
      @Parameter(description = "origin LAT,LON", example = "29.59,106.22") @RequestParam(required = false)
      String from,
      @Parameter(description = "ISO local date-time of departure; default: the typical weekday at 08:00")
      @RequestParam(required = false) String at,
      @Parameter(description = "longest trip shown, minutes (5..180, default 60)") @RequestParam(required = false)
      Integer maxMinutes,
      @Parameter(description = "departure window in minutes (1..60, default 10); a cell shows the median")
      @RequestParam(required = false) Integer window) {
    return ResponseEntity.ok().contentType(GEO_JSON).body(maps.travelTime(from, at, maxMinutes, window));
  }
}
