package dev.loopline.gtfs.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A local metric plane for buffering and measuring areas: an equirectangular projection centred on a reference
 * latitude/longitude, x metres east and y metres north. Over a city-sized area (±50 km) its scale error stays below
 * about 0.5%, which is far below the precision of district borders or grid cells; it needs no projection library.
 *
 * <p>Geometries in Loopline use x = longitude, y = latitude (GeoJSON order); projected ones use x = east, y = north.
 */
public final class LocalProjection {
  private static final double METERS_PER_DEGREE = Geo.METERS_PER_DEGREE;

  private final double lat0;
  private final double lon0;
  private final double cosLat0;

  public LocalProjection(double lat0, double lon0) {
    this.lat0 = lat0;
    this.lon0 = lon0;
    // StrictMath: the same bits on every JVM and platform (Math.cos may be an intrinsic that differs in the last
    // place), so the same inputs give byte-identical outputs anywhere.
    this.cosLat0 = StrictMath.cos(Math.toRadians(lat0));
  }

  /** Centred on the middle of a lon/lat envelope. */
  public static LocalProjection centredOn(Envelope lonLatEnvelope) {
    return new LocalProjection((lonLatEnvelope.getMinY() + lonLatEnvelope.getMaxY()) / 2,
        (lonLatEnvelope.getMinX() + lonLatEnvelope.getMaxX()) / 2);
  }

  public double x(double lon) {
    return (lon - lon0) * METERS_PER_DEGREE * cosLat0;
  }

  public double y(double lat) {
    return (lat - lat0) * METERS_PER_DEGREE;
  }

  public double lon(double x) {
    return lon0 + x / (METERS_PER_DEGREE * cosLat0);
  }

  public double lat(double y) {
    return lat0 + y / METERS_PER_DEGREE;
  }

  /** A copy of a lon/lat geometry in metres. */
  public Geometry toMeters(Geometry lonLat) {
    Geometry g = lonLat.copy();
    g.apply(new Transform(true));
    g.geometryChanged();
    return g;
  }

  /** A copy of a metric geometry back in lon/lat. */
  public Geometry toLonLat(Geometry meters) {
    Geometry g = meters.copy();
    g.apply(new Transform(false));
    g.geometryChanged();
    return g;
  }

  /** Projects a single lon/lat coordinate. */
  public Coordinate toMeters(Coordinate lonLat) {
    return new Coordinate(x(lonLat.x), y(lonLat.y));
  }

  private final class Transform implements CoordinateSequenceFilter {
    private final boolean forward;

    Transform(boolean forward) {
      this.forward = forward;
    }

    @Override
    public void filter(CoordinateSequence seq, int i) {
      double a = seq.getX(i);
      double b = seq.getY(i);
      seq.setOrdinate(i, 0, forward ? x(a) : lon(a));
      seq.setOrdinate(i, 1, forward ? y(b) : lat(b));
    }

    @Override
    public boolean isDone() {
      return false;
    }

    @Override
    public boolean isGeometryChanged() {
      return true;
    }
  }
}
