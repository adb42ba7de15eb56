package dev.loopline.osm.graphhopper;

import com.graphhopper.routing.ev.RoadEnvironment;
import com.graphhopper.routing.util.AllEdgesIterator;
import com.graphhopper.util.FetchMode;
import dev.loopline.osm.StreetLine;
import java.util.function.Consumer;

/** Hands every edge of the graph out as a {@link StreetLine}: road class, tunnel flag and full geometry. */
final class StreetLines {
  private StreetLines() {}

  static void forEach(GhGraph g, Consumer<StreetLine> sink) {
    AllEdgesIterator it = g.graph().getAllEdges();
    while (it.next()) {
      var points = it.fetchWayGeometry(FetchMode.ALL);
      if (points.size() < 2) {
        continue;
      }
      boolean tunnel = it.get(g.roadEnvironment()) == RoadEnvironment.TUNNEL;
      sink.accept(new StreetLine(it.get(g.roadClass()).toString(), tunnel, GhGraph.toLatLons(points)));
    }
  }
}
