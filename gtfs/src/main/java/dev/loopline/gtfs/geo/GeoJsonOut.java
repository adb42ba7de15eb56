package dev.loopline.gtfs.geo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.ToDoubleFunction;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * GeoJSON (RFC 7946) written with Jackson from WGS-84 values: feature collections, features, positions rounded to
 * 1e-6 degrees (about 0.1 m) and polygons with counter-clockwise outer rings. Every GeoJSON Loopline writes (the
 * report's layers, the sample's districts, the web's map layers and travel-time maps) is built here, so they agree
 * on member order and number format: points, lines and rings through {@link #pointFeature}, {@link #lineFeature} and
 * {@link #positions}. (A planned itinerary's leg geometry, inside {@code plan --json}'s own document, is not a GeoJSON
 * file and keeps that document's number format.)
 */
public final class GeoJsonOut {
  /** Decimals of a written coordinate: 1e-6 degrees is about 0.1 m. */
  public static final int DECIMALS = 6;
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private GeoJsonOut() {}

  /** An empty FeatureCollection: {@code {"type": "FeatureCollection", "features": []}}. */
  public static ObjectNode collection() {
    return collection(null);
  }

  /** An empty FeatureCollection with a {@code name} member before its features, or none for {@code null}. */
  public static ObjectNode collection(String name) {
    ObjectNode c = F.objectNode();
    c.put("type", "FeatureCollection");
    if (name != null) {
      c.put("name", name);
    }
    c.putArray("features");
    return c;
  }

  /** Appends a Feature ({@code {"type": "Feature"}}) to a collection; add properties and geometry in either order. */
  public static ObjectNode feature(ObjectNode collection) {
    ObjectNode f = ((ArrayNode) collection.get("features")).addObject();
    f.put("type", "Feature");
    return f;
  }

  /** Puts a geometry of the given type ({@code Point}, {@code LineString}, ...) on a feature and returns it. */
  public static ObjectNode geometry(ObjectNode feature, String type) {
    ObjectNode g = feature.putObject("geometry");
    g.put("type", type);
    return g;
  }

  /** Puts a geometry of the given type on a feature and returns its empty {@code coordinates} array, to fill. */
  public static ArrayNode coordinates(ObjectNode feature, String type) {
    return geometry(feature, type).putArray("coordinates");
  }

  /** Appends a Point feature at {@code [lon, lat]} to a collection and returns it (for its properties). */
  public static ObjectNode pointFeature(ObjectNode collection, double lon, double lat) {
    ObjectNode f = feature(collection);
    geometry(f, "Point").set("coordinates", position(lon, lat));
    return f;
  }

  /**
   * Appends a LineString feature through the given points to a collection and returns it (for its properties).
   *
   * @param lon a point's longitude in degrees
   * @param lat a point's latitude in degrees
   */
  public static <T> ObjectNode lineFeature(ObjectNode collection, Iterable<T> points, ToDoubleFunction<T> lon,
                                           ToDoubleFunction<T> lat) {
    ObjectNode f = feature(collection);
    positions(coordinates(f, "LineString"), points, lon, lat);
    return f;
  }

  /** Appends one position per point to a coordinates array (a line, or one ring of a polygon) and returns the array. */
  public static <T> ArrayNode positions(ArrayNode coordinates, Iterable<T> points, ToDoubleFunction<T> lon,
                                        ToDoubleFunction<T> lat) {
    for (T p : points) {
      coordinates.add(position(lon.applyAsDouble(p), lat.applyAsDouble(p)));
    }
    return coordinates;
  }

  /** A position {@code [lon, lat]}, each rounded half-up to {@link #DECIMALS}. */
  public static ArrayNode position(double lon, double lat) {
    ArrayNode a = F.arrayNode();
    a.add(coordinate(lon));
    a.add(coordinate(lat));
    return a;
  }

  /** One coordinate rounded half-up to {@link #DECIMALS}, or {@code null} when not finite (written as null). */
  public static BigDecimal coordinate(double degrees) {
    if (!Double.isFinite(degrees)) {
      return null;
    }
    BigDecimal b = new BigDecimal(Double.toString(degrees)).setScale(DECIMALS, RoundingMode.HALF_UP);
    return b.signum() == 0 ? BigDecimal.ZERO.setScale(DECIMALS) : b;
  }

  /**
   * Writes a polygon's rings as Polygon coordinates: the outer ring counter-clockwise, holes clockwise (RFC 7946).
   *
   * @param coordinates the geometry's {@code coordinates} array to fill
   * @param polygon     the polygon, in any plane
   * @param toLonLat    maps a coordinate of that plane to {@code [lon, lat]}
   */
  public static void polygon(ArrayNode coordinates, Polygon polygon, java.util.function.Function<Coordinate,
      double[]> toLonLat) {
    ring(coordinates.addArray(), polygon.getExteriorRing().getCoordinates(), true, toLonLat);
    for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
      ring(coordinates.addArray(), polygon.getInteriorRingN(h).getCoordinates(), false, toLonLat);
    }
  }

  private static void ring(ArrayNode out, Coordinate[] coords, boolean ccw,
                           java.util.function.Function<Coordinate, double[]> toLonLat) {
    Coordinate[] c = coords.clone();
    if (Orientation.isCCW(c) != ccw) {
      java.util.Collections.reverse(java.util.Arrays.asList(c));
    }
    for (Coordinate p : c) {
      double[] ll = toLonLat.apply(p);
      out.add(position(ll[0], ll[1]));
    }
  }
}
