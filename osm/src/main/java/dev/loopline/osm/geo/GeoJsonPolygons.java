package dev.loopline.osm.geo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.StreetInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Reads a GeoJSON FeatureCollection whose features are all Polygons or MultiPolygons (districts, grid cells). Every
 * problem is reported with the file, the line the feature starts on and the offending member, because these files
 * are often hand-made or exported from desktop GIS and a user has to find the bad feature.
 *
 * <p>Geometries come back in lon/lat (x = longitude, y = latitude). Slightly invalid rings (self-touching, duplicate
 * points), common in exported boundaries, are repaired with JTS's {@link GeometryFixer}; structural errors are not.
 */
public final class GeoJsonPolygons {
  private static final GeometryFactory GF = new GeometryFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * One polygon feature: where it is in the file, its properties and its area geometry.
   *
   * @param repaired why the geometry as written was not a valid polygon (JTS's words, e.g. "Self-intersection at
   *                 (106.4, 29.8)"), when it had to be repaired; null when it was valid
   */
  public record Feature(int index, int line, JsonNode properties, Geometry geometry, String repaired) {}

  private GeoJsonPolygons() {}

  public static List<Feature> read(Path file) throws StreetInputException {
    if (!Files.isRegularFile(file)) {
      throw new StreetInputException(file, Files.exists(file) ? "is not a file" : "file not found");
    }
    List<Feature> features = new ArrayList<>();
    boolean sawCollection = false;
    boolean sawFeatures = false;
    try (JsonParser p = new JsonFactory(MAPPER).createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new StreetInputException(file, line(p), null, "expected a GeoJSON FeatureCollection object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("type".equals(name)) {
          if (!"FeatureCollection".equals(p.getValueAsString())) {
            throw new StreetInputException(file, line(p), "type",
                "expected a GeoJSON FeatureCollection, found type '" + p.getValueAsString() + "'");
          }
          sawCollection = true;
        } else if ("features".equals(name)) {
          if (value != JsonToken.START_ARRAY) {
            throw new StreetInputException(file, line(p), "features", "must be an array of features");
          }
          sawFeatures = true;
          while (p.nextToken() == JsonToken.START_OBJECT) {
            int line = line(p);
            JsonNode f = MAPPER.readTree(p);
            features.add(feature(file, features.size(), line, f));
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (JsonParseException e) {
      throw new StreetInputException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), null,
          "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (NoSuchFileException e) {
      throw new StreetInputException(file, "file not found", e);
    } catch (IOException e) {
      throw new StreetInputException(file, "cannot read: " + e.getMessage(), e);
    }
    if (!sawCollection || !sawFeatures) {
      throw new StreetInputException(file, "expected a GeoJSON FeatureCollection with a 'features' array");
    }
    if (features.isEmpty()) {
      throw new StreetInputException(file, 0, "features", "the collection has no features");
    }
    return features;
  }

  private static int line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }

  private static Feature feature(Path file, int index, int line, JsonNode f) {
    String where = "feature " + (index + 1);
    JsonNode g = f.get("geometry");
    if (g == null || g.isNull()) {
      throw new StreetInputException(file, line, "geometry", where + " has no geometry");
    }
    String type = g.path("type").asText("");
    JsonNode coords = g.get("coordinates");
    if (!"Polygon".equals(type) && !"MultiPolygon".equals(type)) {
      throw new StreetInputException(file, line, "geometry.type",
          where + " is a " + (type.isEmpty() ? "geometry without type" : type) + ", expected Polygon or MultiPolygon");
    }
    if (coords == null || !coords.isArray() || coords.isEmpty()) {
      throw new StreetInputException(file, line, "geometry.coordinates", where + " has no coordinates");
    }
    Geometry geometry;
    if ("Polygon".equals(type)) {
      geometry = polygon(file, line, where, coords);
    } else {
      List<Polygon> parts = new ArrayList<>();
      for (JsonNode poly : coords) {
        parts.add(polygon(file, line, where, poly));
      }
      geometry = GF.createMultiPolygon(parts.toArray(Polygon[]::new));
    }
    String repaired = null;
    if (!geometry.isValid()) {
      var error = new org.locationtech.jts.operation.valid.IsValidOp(geometry).getValidationError();
      repaired = error == null ? "invalid" : error.getMessage() + (error.getCoordinate() == null ? ""
          : String.format(java.util.Locale.ROOT, " at (%.5f, %.5f)", error.getCoordinate().x, error.getCoordinate().y));
      geometry = GeometryFixer.fix(geometry);
    }
    if (geometry.isEmpty() || geometry.getArea() == 0) {
      throw new StreetInputException(file, line, "geometry.coordinates", where + " has zero area");
    }
    JsonNode props = f.get("properties");
    return new Feature(index, line, props == null || props.isNull() ? MAPPER.createObjectNode() : props, geometry,
        repaired);
  }

  private static Polygon polygon(Path file, int line, String where, JsonNode rings) {
    if (!rings.isArray() || rings.isEmpty()) {
      throw new StreetInputException(file, line, "geometry.coordinates", where + ": a polygon needs at least one ring");
    }
    LinearRing shell = ring(file, line, where, rings.get(0));
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(file, line, where, rings.get(i));
    }
    return GF.createPolygon(shell, holes);
  }

  private static LinearRing ring(Path file, int line, String where, JsonNode positions) {
    if (!positions.isArray() || positions.size() < 4) {
      throw new StreetInputException(file, line, "geometry.coordinates",
          where + ": a ring needs at least 4 positions [lon, lat]");
    }
    Coordinate[] cs = new Coordinate[positions.size()];
    for (int i = 0; i < cs.length; i++) {
      JsonNode pos = positions.get(i);
      if (!pos.isArray() || pos.size() < 2 || !pos.get(0).isNumber() || !pos.get(1).isNumber()) {
        throw new StreetInputException(file, line, "geometry.coordinates",
            where + ": position " + (i + 1) + " is not [lon, lat] numbers: " + pos);
      }
      double lon = pos.get(0).asDouble();
      double lat = pos.get(1).asDouble();
      if (!LatLon.isValid(lat, lon)) {
        throw new StreetInputException(file, line, "geometry.coordinates",
            where + ": position " + pos + " is not a valid [lon, lat] (latitude -90..90, longitude -180..180)");
      }
      cs[i] = new Coordinate(lon, lat);
    }
    if (!cs[0].equals2D(cs[cs.length - 1])) {
      throw new StreetInputException(file, line, "geometry.coordinates",
          where + ": a ring must end where it starts");
    }
    return GF.createLinearRing(cs);
  }
}
