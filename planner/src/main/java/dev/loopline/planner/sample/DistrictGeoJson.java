package dev.loopline.planner.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopline.gtfs.geo.GeoJsonOut;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the districts as a GeoJSON FeatureCollection of Polygons (WGS-84, counter-clockwise outer rings as RFC 7946
 * asks) with properties {@code id}, {@code name}, {@code name_en}. Coordinates are rounded to 1e-6 degrees; since
 * neighbours share the very same vertices, they round identically and the tiling stays exact.
 */
final class DistrictGeoJson {
  private DistrictGeoJson() {}

  static void write(DistrictMap map, Path file) throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = GeoJsonOut.collection("Science City districts (synthetic sample)");
    for (int i = 0; i < DistrictSpec.ALL.size(); i++) {
      DistrictSpec d = DistrictSpec.ALL.get(i);
      ObjectNode f = GeoJsonOut.feature(root);
      ObjectNode props = f.putObject("properties");
      props.put("id", d.id());
      props.put("name", d.zh());
      props.put("name_en", d.en());
      props.put("synthetic", true);
      GeoJsonOut.polygon(GeoJsonOut.coordinates(f, "Polygon"), map.polygons().get(i),
          c -> new double[] {Projection.lon(c.x), Projection.lat(c.y)});
    }
    Files.writeString(file, json.writeValueAsString(root) + "\n");
  }
}
