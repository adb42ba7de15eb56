package dev.loopline.web.tiles;

import dev.loopline.planner.app.NetworkInfoService;
import io.swagger.v3.oas.annotations.Operation;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /tiles/{z}/{x}/{y}.png}: the offline street basemap of the served network. The streets are read from the
 * network's street graph on the first tile request (not at start-up, so a server that is only asked for its API
 * starts as fast as before).
 */
@RestController
public class TileController {
  private final NetworkInfoService network;
  private volatile BasemapTiles tiles;

  public TileController(NetworkInfoService network) {
    this.network = network;
  }

  private BasemapTiles tiles() {
    BasemapTiles t = tiles;
    if (t == null) {
      synchronized (this) {
        if (tiles == null) {
          tiles = BasemapTiles.of(network.streets());
        }
        t = tiles;
      }
    }
    return t;
  }

  @Operation(summary = "Offline basemap tile (256 px PNG, Web Mercator) drawn from the network's OSM streets; "
      + "transparent where there is no street")
  @GetMapping(value = "/tiles/{z}/{x}/{y}.png", produces = MediaType.IMAGE_PNG_VALUE)
  public ResponseEntity<byte[]> tile(@PathVariable int z, @PathVariable int x, @PathVariable int y) {
    byte[] png;
    try {
      png = tiles().png(z, x, y);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
    // Tiles change only when the network is rebuilt, which restarts the server; an hour keeps panning instant.
    return ResponseEntity.ok().cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS)).contentType(MediaType.IMAGE_PNG)
        .body(png);
  }
}
