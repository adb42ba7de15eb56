package dev.loopline.osm.district;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.StreetInputException;
import dev.loopline.osm.geo.GeoJsonPolygons;
import dev.loopline.gtfs.geo.LocalProjection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The districts of the planning area: which district a point is in, how much of a line runs through each (to split
 * a cross-district line's kilometres and cost), and the belt along the borders between districts, where the
 * separately planned district networks tend to leave gaps.
 *
 * <p>Immutable and thread-safe; the border geometry is computed on first use.
 */
public final class Districts {
  /** Default half-width of the border belt: 2 km, about a feeder bus's walk-plus-ride catchment. */
  public static final double DEFAULT_BORDER_BELT_METERS = 2_000;
  /**
   * Two district boundaries closer than this are treated as one shared border. Real district files, digitised
   * separately, leave slivers and overlaps of a few metres to a few tens of metres along common borders.
   */
  public static final double SHARED_BORDER_TOLERANCE_METERS = 25;

  private static final GeometryFactory GF = new GeometryFactory();

  private final List<District> all;
  private final List<PreparedGeometry> prepared;
  private final STRtree index = new STRtree();
  private final LocalProjection projection;
  private volatile Geometry sharedBordersMeters;
  private volatile IndexedFacetDistance sharedBordersDistance;
  private final Map<Double, Geometry> belts = new ConcurrentHashMap<>();
  private final List<String> warnings;

  private Districts(List<District> districts) {
    this(districts, null, List.of());
  }

  /** With {@code fileName}, the districts were read from that file: overlaps are checked and join the warnings. */
  private Districts(List<District> districts, String fileName, List<String> fileWarnings) {
    this.all = List.copyOf(districts);
    List<PreparedGeometry> prep = new ArrayList<>();
    Envelope all = new Envelope();
    for (int i = 0; i < this.all.size(); i++) {
      Geometry area = this.all.get(i).area();
      prep.add(PreparedGeometryFactory.prepare(area));
      index.insert(area.getEnvelopeInternal(), i);
      all.expandToInclude(area.getEnvelopeInternal());
    }
    index.build();
    this.prepared = List.copyOf(prep);
    this.projection = LocalProjection.centredOn(all);
    List<String> w = new ArrayList<>(fileWarnings);
    if (fileName != null) {
      w.addAll(overlaps(fileName));
    }
    this.warnings = List.copyOf(w);
  }

  /**
   * Reads districts from a GeoJSON FeatureCollection of Polygon/MultiPolygon features with properties {@code id},
   * {@code name} and optional {@code name_en} (defaults to the name).
   *
   * @throws StreetInputException naming the file, the feature's line and the property for anything unusable
   */
  public static Districts load(Path geojson) throws StreetInputException {
    List<District> districts = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<String> warnings = new ArrayList<>();
    for (GeoJsonPolygons.Feature f : GeoJsonPolygons.read(geojson)) {
      String id = text(geojson, f, "id", true);
      String name = text(geojson, f, "name", true);
      String nameEn = text(geojson, f, "name_en", false);
      if (!ids.add(id)) {
        throw new StreetInputException(geojson, f.line(), "properties.id", "duplicate district id '" + id + "'");
      }
      if (f.repaired() != null) {
        warnings.add(geojson.getFileName() + ":" + f.line() + " geometry: district '" + id + "' is not a valid "
            + "polygon (" + f.repaired() + "); it was repaired, but check its boundary");
      }
      districts.add(new District(id, name, nameEn == null ? name : nameEn, f.geometry()));
    }
    return new Districts(districts, geojson.getFileName().toString(), warnings);
  }

  /**
   * What was doubtful in the file the districts were read from (a polygon that had to be repaired, districts that
   * overlap), one sentence each; empty for districts made in memory.
   */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Pairs of districts that overlap by more than a digitising sliver (an area beyond the shared-border tolerance
   * along the smaller boundary): a place there belongs to both, and is counted in the first only.
   */
  private List<String> overlaps(String fileName) {
    List<String> out = new ArrayList<>();
    List<Geometry> metric = all.stream().map(d -> projection.toMeters(d.area())).toList();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        Geometry a = metric.get(i);
        Geometry b = metric.get(j);
        if (!a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
          continue;
        }
        double shared = a.intersection(b).getArea();
        double sliver = SHARED_BORDER_TOLERANCE_METERS * Math.min(a.getLength(), b.getLength());
        if (shared > sliver) {
          double smaller = Math.min(a.getArea(), b.getArea());
          out.add(String.format(java.util.Locale.ROOT, "%s: districts '%s' and '%s' overlap by %.2f km² (%.0f%% of "
              + "the smaller); places there are counted in '%s' only", fileName, all.get(i).id(), all.get(j).id(),
              shared / 1e6, 100 * shared / smaller, all.get(i).id()));
        }
      }
    }
    return out;
  }

  /** Districts from geometries already in memory (the synthetic sample, tests). */
  public static Districts of(List<District> districts) {
    if (districts.isEmpty()) {
      throw new IllegalArgumentException("at least one district is needed");
    }
    return new Districts(districts);
  }

  private static String text(Path file, GeoJsonPolygons.Feature f, String key, boolean required) {
    JsonNode v = f.properties().get(key);
    if (v == null || v.isNull() || v.asText().isBlank()) {
      if (required) {
        throw new StreetInputException(file, f.line(), "properties." + key,
            "feature " + (f.index() + 1) + " has no '" + key + "'");
      }
      return null;
    }
    if (!v.isValueNode()) {
      throw new StreetInputException(file, f.line(), "properties." + key,
          "feature " + (f.index() + 1) + ": '" + key + "' must be a string or number");
    }
    return v.asText().trim();
  }

  /** All districts in file order. */
  public List<District> all() {
    return all;
  }

  /** The district containing the point (on a shared border: the first in file order), or empty outside all. */
  public Optional<District> locate(double lat, double lon) {
    int i = locateIndex(lat, lon);
    return i < 0 ? Optional.empty() : Optional.of(all.get(i));
  }

  /**
   * Metres of a path run inside each district, measured <em>segment by segment</em>: every segment of the path is
   * cut where it crosses a district boundary and each piece goes to the district holding its midpoint (on a shared
   * border or in an overlap, the first district in file order, as {@link #locate}). A path that drives the same
   * street twice (a circular line, a loop at a terminal) therefore counts it twice: clipping the whole line to a
   * polygon would merge the overlapping parts into one. Pieces outside every district are kept apart in
   * {@link PathLengths#outsideMeters()}, so the parts add up to the path's great-circle length.
   *
   * @param path in running order
   */
  public PathLengths lengthsAlong(List<LatLon> path) {
    double[] inside = new double[all.size()];
    double outside = 0;
    for (int k = 1; k < path.size(); k++) {
      LatLon a = path.get(k - 1);
      LatLon b = path.get(k);
      double len = a.distanceTo(b);
      if (len == 0) {
        continue;
      }
      LineString segment = GF.createLineString(new Coordinate[] {
          new Coordinate(a.lon(), a.lat()), new Coordinate(b.lon(), b.lat())});
      List<Integer> candidates = candidates(segment.getEnvelopeInternal());
      int whole = -1;
      for (int i : candidates) {
        if (prepared.get(i).covers(segment)) {
          whole = i;
          break;
        }
      }
      if (whole >= 0) {
        inside[whole] += len;
        continue;
      }
      // Cut at every boundary crossing (the segment is straight in lon/lat, so its parameter measures the pieces).
      java.util.TreeSet<Double> cuts = new java.util.TreeSet<>(List.of(0.0, 1.0));
      double dx = b.lon() - a.lon();
      double dy = b.lat() - a.lat();
      double norm = dx * dx + dy * dy;
      for (int i : candidates) {
        for (Coordinate c : all.get(i).area().getBoundary().intersection(segment).getCoordinates()) {
          double t = ((c.x - a.lon()) * dx + (c.y - a.lat()) * dy) / norm;
          cuts.add(Math.min(1, Math.max(0, t)));
        }
      }
      double prev = 0;
      for (double t : cuts.tailSet(0.0, false)) {
        double mid = (prev + t) / 2;
        int d = locateIndex(a.lat() + dy * mid, a.lon() + dx * mid);
        double piece = (t - prev) * len;
        if (d >= 0) {
          inside[d] += piece;
        } else {
          outside += piece;
        }
        prev = t;
      }
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < inside.length; i++) {
      if (inside[i] > 0) {
        out.put(all.get(i).id(), inside[i]);
      }
    }
    return new PathLengths(out, outside);
  }

  private List<Integer> candidates(Envelope env) {
    List<Integer> out = new ArrayList<>();
    for (Object o : index.query(env)) {
      out.add((Integer) o);
    }
    out.sort(null);
    return out;
  }

  /** Index of the district holding the point (first in file order), or -1. */
  private int locateIndex(double lat, double lon) {
    Point p = GF.createPoint(new Coordinate(lon, lat));
    int best = -1;
    for (int i : candidates(new Envelope(lon, lon, lat, lat))) {
      if (prepared.get(i).covers(p)) {
        best = i;
        break;
      }
    }
    return best;
  }

  /**
   * The area within {@code meters} of a border shared by two districts, clipped to the districts, in lon/lat.
   * Empty when no two districts touch.
   */
  public Geometry borderBelt(double meters) {
    if (!(meters > 0)) {
      throw new IllegalArgumentException("belt width must be positive: " + meters);
    }
    return belts.computeIfAbsent(meters, m -> {
      Geometry shared = sharedBordersMeters();
      if (shared.isEmpty()) {
        return GF.createPolygon();
      }
      List<Geometry> areas = new ArrayList<>();
      for (District d : all) {
        areas.add(projection.toMeters(d.area()));
      }
      Geometry union = UnaryUnionOp.union(areas);
      return projection.toLonLat(shared.buffer(m).intersection(union));
    });
  }

  /** {@link #borderBelt} with the default width. */
  public Geometry borderBelt() {
    return borderBelt(DEFAULT_BORDER_BELT_METERS);
  }

  /** True when the point lies in a district and within {@code meters} of a border shared with another district. */
  public boolean inBorderBelt(double lat, double lon, double meters) {
    if (locate(lat, lon).isEmpty()) {
      return false;
    }
    sharedBordersMeters();
    if (sharedBordersDistance == null) {
      return false;
    }
    Point p = GF.createPoint(new Coordinate(projection.x(lon), projection.y(lat)));
    return sharedBordersDistance.isWithinDistance(p, meters);
  }

  /** Shared borders as lines in the local metric projection (computed once). */
  private Geometry sharedBordersMeters() {
    Geometry s = sharedBordersMeters;
    if (s == null) {
      synchronized (this) {
        s = sharedBordersMeters;
        if (s == null) {
          s = computeSharedBorders();
          sharedBordersDistance = s.isEmpty() ? null : new IndexedFacetDistance(s);
          sharedBordersMeters = s;
        }
      }
    }
    return s;
  }

  private Geometry computeSharedBorders() {
    double tol = SHARED_BORDER_TOLERANCE_METERS;
    List<Geometry> areas = new ArrayList<>();
    for (District d : all) {
      areas.add(projection.toMeters(d.area()));
    }
    List<Geometry> parts = new ArrayList<>();
    for (int i = 0; i < areas.size(); i++) {
      Geometry boundary = areas.get(i).getBoundary();
      for (int j = 0; j < areas.size(); j++) {
        if (i == j || !areas.get(i).isWithinDistance(areas.get(j), tol)) {
          continue;
        }
        // the part of i's boundary running along j (within the tolerance); j's side is added when i and j swap
        Geometry along = boundary.intersection(areas.get(j).buffer(tol));
        if (!along.isEmpty() && along.getLength() > 2 * tol) {
          parts.add(along);
        }
      }
    }
    return parts.isEmpty() ? GF.createMultiLineString() : UnaryUnionOp.union(parts);
  }
}
