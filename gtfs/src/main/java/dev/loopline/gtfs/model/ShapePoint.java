package dev.loopline.gtfs.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One row of {@code shapes.txt} (WGS84). {@code distTraveled} is {@code NaN} when empty. */
public record ShapePoint(String shapeId, double lat, double lon, int sequence, double distTraveled,
                         Map<String, String> extras) {
  public ShapePoint {
    extras = Extras.copy(extras);
  }

  /** Indexes of each shape's points in shape_pt_sequence order, shapes in order of first appearance. */
  public static Map<String, List<Integer>> byShape(List<ShapePoint> points) {
    Map<String, List<Integer>> out = new LinkedHashMap<>();
    for (int i = 0; i < points.size(); i++) {
      out.computeIfAbsent(points.get(i).shapeId(), k -> new ArrayList<>()).add(i);
    }
    out.values().forEach(l -> l.sort(Comparator.comparingInt(i -> points.get(i).sequence())));
    return out;
  }
}
