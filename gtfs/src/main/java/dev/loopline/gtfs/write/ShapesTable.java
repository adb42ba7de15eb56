package dev.loopline.gtfs.write;

import dev.loopline.gtfs.geo.CoordinateSystem;
import dev.loopline.gtfs.model.GtfsFile;
import dev.loopline.gtfs.model.ShapePoint;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * shapes.txt, the second-largest file, written straight from the points without a String per number: sorted by
 * (shape_id, shape_pt_sequence), coordinates converted into the output datum and written with 7 decimals.
 */
final class ShapesTable implements TableOutput {
  private static final Comparator<ShapePoint> ORDER =
      Comparator.comparing(ShapePoint::shapeId, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
          .thenComparingInt(ShapePoint::sequence);

  private final List<ShapePoint> points;
  private final CoordinateSystem crs;

  ShapesTable(List<ShapePoint> points, CoordinateSystem crs) {
    List<ShapePoint> sorted = new ArrayList<>(points);
    sorted.sort(ORDER);
    this.points = sorted;
    this.crs = crs;
  }

  @Override
  public String fileName() {
    return GtfsFile.SHAPES.fileName();
  }

  @Override
  public void write(CsvOut out) throws IOException {
    boolean dist = false;
    TreeSet<String> extraColumns = new TreeSet<>();
    for (ShapePoint p : points) {
      dist |= !Double.isNaN(p.distTraveled());
      extraColumns.addAll(p.extras().keySet());
    }
    extraColumns.removeIf(GtfsFile.SHAPES::isStandardColumn);
    List<String> header = new ArrayList<>(List.of("shape_id", "shape_pt_lat", "shape_pt_lon", "shape_pt_sequence"));
    if (dist) {
      header.add("shape_dist_traveled");
    }
    header.addAll(extraColumns);
    out.line(header);
    String lastId = null;
    String lastEscaped = null;
    for (ShapePoint p : points) {
      if (lastEscaped == null || !Objects.equals(p.shapeId(), lastId)) {
        lastId = p.shapeId();
        lastEscaped = CsvOut.escape(lastId);
      }
      out.raw(lastEscaped);
      if (crs == CoordinateSystem.WGS84) {
        out.fixed(Numbers.scaledCoordinate(p.lat()), Numbers.COORDINATE_DECIMALS);
        out.fixed(Numbers.scaledCoordinate(p.lon()), Numbers.COORDINATE_DECIMALS);
      } else {
        double[] c = crs.fromWgs84(p.lat(), p.lon());
        out.fixed(Numbers.scaledCoordinate(c[0]), Numbers.COORDINATE_DECIMALS);
        out.fixed(Numbers.scaledCoordinate(c[1]), Numbers.COORDINATE_DECIMALS);
      }
      out.value(p.sequence());
      if (dist) {
        out.value(Numbers.decimal(p.distTraveled()));
      }
      Map<String, String> ex = p.extras();
      for (String column : extraColumns) {
        out.value(ex.get(column));
      }
      out.endLine();
    }
  }
}
