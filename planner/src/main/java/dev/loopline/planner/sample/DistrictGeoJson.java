package dev.loopline.planner.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes the districts as a GeoJSON FeatureCollection of Polygons (WGS-84, counter-clockwise outer rings as RFC 7946
 * asks) with properties {@code id}, {@code name}, {@code name_en}. Coordinates are rounded to 1e-6 degrees; since
 * neighbours share the very same vertices, they round identically and the tiling stays exact.
 */
final class DistrictGeoJson {
  private DistrictGeoJson() {}

  static void write(DistrictMap map, Path file) throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    root.put("type", "FeatureCollection");
    root.put("name", "Science City districts (synthetic sample)");
    ArrayNode features = root.putArray("features");
    for (int i = 0; i < DistrictSpec.ALL.size(); i++) {
      DistrictSpec d = DistrictSpec.ALL.get(i);
      ObjectNode f = features.addObject();
      f.put("type", "Feature");
      ObjectNode props = f.putObject("properties");
      props.put("id", d.id());
      props.put("name", d.zh());
      props.put("name_en", d.en());
      props.put("synthetic", true);
      ObjectNode geom = f.putObject("geometry");
      geom.put("type", "Polygon");
      ArrayNode rings = geom.putArray("coordinates");
      Polygon p = map.polygons().get(i);
      ring(rings.addArray(), p.getExteriorRing().getCoordinates(), true);
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        ring(rings.addArray(), p.getInteriorRingN(h).getCoordinates(), false);
      }
    }
    Files.writeString(file, json.writeValueAsString(root) + "\n");
  }

  private static void ring(ArrayNode out, Coordinate[] coords, boolean ccw) {
    Coordinate[] c = coords.clone();
    if (Orientation.isCCW(c) != ccw) {
      java.util.Collections.reverse(java.util.Arrays.asList(c));
    }
    for (Coordinate p : c) {
      ArrayNode pt = out.addArray();
      pt.add(round6(Projection.lon(p.x)));
      pt.add(round6(Projection.lat(p.y)));
    }
  }

  private static BigDecimal round6(double v) {
    return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP);
  }
}
