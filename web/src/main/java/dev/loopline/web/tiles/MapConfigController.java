package dev.loopline.web.tiles;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/config}: the map's tile source. By default the server's own offline basemap; a deployment with
 * internet may set {@code loopline.tiles.url} (and {@code loopline.tiles.attribution}) to use an external tile
 * server instead.
 */
@RestController
public class MapConfigController {
  private final MapConfig config;

  public MapConfigController(@Value("${loopline.tiles.url:}") String url,
                             @Value("${loopline.tiles.attribution:}") String attribution) {
    String u = url == null || url.isBlank() ? null : url.strip();
    String a = attribution == null || attribution.isBlank() ? MapConfig.OSM_ATTRIBUTION : attribution.strip();
    this.config = new MapConfig(u, a);
  }

  @Operation(summary = "Map settings for the pages: an optional external tile URL (null: the offline /tiles "
      + "basemap) and the map data attribution")
  @GetMapping("/api/config")
  public MapConfig config() {
    return config;
  }
}
