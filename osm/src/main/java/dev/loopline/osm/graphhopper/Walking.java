package dev.loopline.osm.graphhopper;

import com.graphhopper.GHResponse;
import com.graphhopper.ResponsePath;
import dev.loopline.gtfs.geo.PointIndex;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.Snap;
import dev.loopline.osm.StreetMode;
import dev.loopline.osm.WalkLink;
import dev.loopline.osm.WalkPath;
import dev.loopline.osm.WalkTree;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The walking job of the street network: bounded shortest-path trees on foot ({@link GhWalkTree}), walking
 * transfers between many points, and walking paths with geometry for itinerary legs.
 */
final class Walking {
  private final GhGraph g;
  private final Snapping snapping;

  Walking(GhGraph g, Snapping snapping) {
    this.g = g;
    this.snapping = snapping;
  }

  WalkTree walkTree(LatLon origin, double maxSeconds, boolean reverse) {
    var gs = snapping.ghSnap(origin, StreetMode.WALK);
    Snap snap = snapping.toSnap(origin, StreetMode.WALK, gs);
    return GhWalkTree.build(g.graph(), g.walkWeighting(), g.config().walkSpeedMps(), snap, gs, maxSeconds, reverse);
  }

  List<List<WalkLink>> walkTransfers(List<LatLon> points, double maxMeters) {
    List<Snap> snaps = points.parallelStream().map(p -> snapping.snap(p, StreetMode.WALK)).toList();
    PointIndex near = LatLon.index(points, Math.max(maxMeters, 1));
    double speed = g.config().walkSpeedMps();
    // one extra second covers the millisecond rounding of tree times; the metre limit is applied exactly below
    double maxSeconds = maxMeters / speed + 1;
    return IntStream.range(0, points.size()).parallel().mapToObj(i -> {
      if (!snaps.get(i).ok()) {
        return List.<WalkLink>of();
      }
      int[] candidates = near.within(points.get(i).lat(), points.get(i).lon(), maxMeters);
      if (candidates.length <= 1) {
        return List.<WalkLink>of();
      }
      GhWalkTree tree = (GhWalkTree) walkTree(points.get(i), maxSeconds, false);
      List<WalkLink> links = new ArrayList<>();
      for (int j : candidates) {
        if (j == i || !snaps.get(j).ok()) {
          continue;
        }
        double[] sm = tree.evaluate(snaps.get(j));
        if (sm != null && sm[1] <= maxMeters) {
          links.add(new WalkLink(j, sm[0], sm[1]));
        }
      }
      return List.copyOf(links);
    }).toList();
  }

  WalkPath walkPath(LatLon from, LatLon to) {
    Snap a = snapping.snap(from, StreetMode.WALK);
    if (!a.ok()) {
      return WalkPath.failed("origin: " + a.failureReason());
    }
    Snap b = snapping.snap(to, StreetMode.WALK);
    if (!b.ok()) {
      return WalkPath.failed("destination: " + b.failureReason());
    }
    GHResponse rsp = g.hopper().route(g.request(StreetProfiles.WALK, List.of(a, b)));
    if (rsp.hasErrors()) {
      return WalkPath.failed("no walking path from " + from + " to " + to + ": " + rsp.getErrors().get(0).getMessage());
    }
    ResponsePath rp = rsp.getBest();
    List<LatLon> geometry = new ArrayList<>();
    if (a.distanceMeters() > 0) {
      geometry.add(from);
    }
    geometry.addAll(GhGraph.toLatLons(rp.getPoints()));
    if (b.distanceMeters() > 0) {
      geometry.add(to);
    }
    double offRoad = a.offRoadMeters() + b.offRoadMeters();
    return new WalkPath(geometry, rp.getDistance() + offRoad,
        rp.getTime() / 1000.0 + offRoad / g.config().walkSpeedMps(), null);
  }
}
