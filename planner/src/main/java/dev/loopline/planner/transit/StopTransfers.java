package dev.loopline.planner.transit;

import dev.loopline.gtfs.geo.Geo;
import dev.loopline.gtfs.geo.PointIndex;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.Snap;
import dev.loopline.osm.StreetMode;
import dev.loopline.osm.StreetNetwork;
import dev.loopline.osm.WalkLink;
import dev.loopline.osm.WalkTree;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walking connections between stops, by stop id. A rider who gets off at one stop may walk to a nearby stop and
 * board there; these are the walks Raptor may use between two rides (its "transfers"). They depend only on the
 * stops' positions and the streets, not on the date, so they are computed once per network build
 * ({@link #compute}) and stored; {@link TransitLayer#build} maps them onto the layer's stop indexes by id.
 *
 * <p>Scenarios add stops: {@link #withExtraStops} computes only the walks that touch the new stops and keeps the
 * rest. Indexes here are positions in {@link #stopIds()}; they are not the layer's indexes.
 *
 * <p>Immutable; stored compactly (one int array per field, grouped by origin stop).
 */
public final class StopTransfers {
  private final List<String> stopIds;
  private final Map<String, Integer> index;
  private final double maxMeters;
  private final int[] offsets;
  private final int[] toStop;
  private final int[] seconds;
  private final int[] meters;

  private StopTransfers(List<String> stopIds, double maxMeters, int[] offsets, int[] toStop, int[] seconds,
                        int[] meters) {
    this.stopIds = List.copyOf(stopIds);
    this.index = new HashMap<>(stopIds.size() * 2);
    for (int i = 0; i < stopIds.size(); i++) {
      if (index.putIfAbsent(stopIds.get(i), i) != null) {
        throw new IllegalArgumentException("duplicate stop id in transfers: " + stopIds.get(i));
      }
    }
    this.maxMeters = maxMeters;
    this.offsets = offsets;
    this.toStop = toStop;
    this.seconds = seconds;
    this.meters = meters;
  }

  /**
   * Walks between every pair of the feed's stops (boardable, with coordinates) within {@code maxMeters} on the
   * street network. A stop that does not snap to a walkable street gets no transfers.
   */
  public static StopTransfers compute(Feed feed, StreetNetwork streets, double maxMeters) {
    List<Stop> stops = TransitLayer.routableStops(feed);
    List<LatLon> points = new ArrayList<>(stops.size());
    for (Stop s : stops) {
      points.add(new LatLon(s.lat(), s.lon()));
    }
    List<List<WalkLink>> links = streets.walkTransfers(points, maxMeters);
    Builder b = builder(ids(stops), maxMeters);
    for (int i = 0; i < links.size(); i++) {
      for (WalkLink l : links.get(i)) {
        if (l.toIndex() != i && l.meters() <= maxMeters) {
          b.add(i, l.toIndex(), (int) Math.ceil(l.seconds()), (int) Math.round(l.meters()));
        }
      }
    }
    return b.build();
  }

  /**
   * Walks by straight-line distance, {@code detour} times longer than the crow flies, at {@code walkSpeedMps}.
   * For tests and for checks without a street network; real builds use {@link #compute}.
   */
  public static StopTransfers straightLine(Feed feed, double maxMeters, double walkSpeedMps, double detour) {
    List<Stop> stops = TransitLayer.routableStops(feed);
    Builder b = builder(ids(stops), maxMeters);
    double radius = maxMeters / detour;
    PointIndex.of(stops, Stop::lat, Stop::lon, Math.max(radius, 1)).forEachPairWithin(radius, (x, y, d) -> {
      double m = d * detour;
      if (m <= maxMeters) {
        int sec = (int) Math.ceil(m / walkSpeedMps);
        b.add(x, y, sec, (int) Math.round(m));
        b.add(y, x, sec, (int) Math.round(m));
      }
    });
    return b.build();
  }

  /**
   * A copy that also covers every routable stop of {@code scenario} that these transfers do not know yet (a
   * proposal's new stops), with the walks between them and all stops within {@link #maxMeters()} on the street
   * network. Existing walks are kept as they are. This is what a scenario passes to {@link TransitLayer#build}.
   */
  public StopTransfers withExtraStops(Feed scenario, StreetNetwork streets) {
    List<Stop> all = TransitLayer.routableStops(scenario);
    List<Stop> fresh = all.stream().filter(s -> !index.containsKey(s.id())).toList();
    return fresh.isEmpty() ? this : withExtraStops(fresh, all, streets);
  }

  /**
   * A copy with {@code newStops} added (ids must be new) and the walks between them and every stop within
   * {@link #maxMeters()}, computed on the street network; existing walks are kept as they are.
   */
  public StopTransfers withExtraStops(List<Stop> newStops, List<Stop> existingStops, StreetNetwork streets) {
    List<String> ids = new ArrayList<>(stopIds);
    for (Stop s : newStops) {
      if (index.containsKey(s.id())) {
        throw new IllegalArgumentException("stop " + s.id() + " already has transfers");
      }
      ids.add(s.id());
    }
    Map<String, Stop> byId = new HashMap<>();
    for (Stop s : existingStops) {
      byId.put(s.id(), s);
    }
    for (Stop s : newStops) {
      byId.put(s.id(), s);
    }
    Builder b = builder(ids, maxMeters);
    copyInto(b);
    double maxSeconds = maxMeters / streets.walkSpeedMps() * 1.5 + 60;
    Map<String, Snap> snaps = new HashMap<>();
    for (int n = 0; n < newStops.size(); n++) {
      Stop s = newStops.get(n);
      int from = stopIds.size() + n;
      LatLon origin = new LatLon(s.lat(), s.lon());
      WalkTree out = streets.walkTree(origin, maxSeconds, false);
      WalkTree in = streets.walkTree(origin, maxSeconds, true);
      for (int j = 0; j < ids.size(); j++) {
        if (j == from) {
          continue;
        }
        Stop other = byId.get(ids.get(j));
        if (other == null || Geo.distanceMeters(s.lat(), s.lon(), other.lat(), other.lon()) > maxMeters) {
          continue;
        }
        Snap snap = snaps.computeIfAbsent(other.id(),
            k -> streets.snap(new LatLon(other.lat(), other.lon()), StreetMode.WALK));
        if (!snap.ok()) {
          continue;
        }
        double m = out.metersTo(snap);
        if (m <= maxMeters) {
          b.add(from, j, (int) Math.ceil(out.secondsTo(snap)), (int) Math.round(m));
        }
        boolean otherIsNew = j >= stopIds.size();
        double mi = in.metersTo(snap);
        if (!otherIsNew && mi <= maxMeters) {
          b.add(j, from, (int) Math.ceil(in.secondsTo(snap)), (int) Math.round(mi));
        }
      }
    }
    return b.build();
  }

  private void copyInto(Builder b) {
    for (int s = 0; s < stopIds.size(); s++) {
      for (int k = offsets[s]; k < offsets[s + 1]; k++) {
        b.add(s, toStop[k], seconds[k], meters[k]);
      }
    }
  }

  private static List<String> ids(List<Stop> stops) {
    List<String> ids = new ArrayList<>(stops.size());
    for (Stop s : stops) {
      ids.add(s.id());
    }
    return ids;
  }

  public static Builder builder(List<String> stopIds, double maxMeters) {
    return new Builder(stopIds, maxMeters);
  }

  /** The stops covered, in index order. */
  public List<String> stopIds() {
    return stopIds;
  }

  public int stopCount() {
    return stopIds.size();
  }

  public String stopId(int stop) {
    return stopIds.get(stop);
  }

  /** Index of a stop id, or −1. */
  public int indexOf(String stopId) {
    Integer i = index.get(stopId);
    return i == null ? -1 : i;
  }

  /** The walking distance limit the transfers were computed with. */
  public double maxMeters() {
    return maxMeters;
  }

  /** Total number of one-way walks. */
  public int size() {
    return toStop.length;
  }

  /** The walks leaving {@code stop}, sorted by target index. */
  public List<StopTransfer> from(int stop) {
    int a = offsets[stop];
    int z = offsets[stop + 1];
    if (a == z) {
      return List.of();
    }
    List<StopTransfer> out = new ArrayList<>(z - a);
    for (int k = a; k < z; k++) {
      out.add(new StopTransfer(toStop[k], seconds[k], meters[k]));
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StopTransfers t && stopIds.equals(t.stopIds) && maxMeters == t.maxMeters
        && Arrays.equals(offsets, t.offsets) && Arrays.equals(toStop, t.toStop) && Arrays.equals(seconds, t.seconds)
        && Arrays.equals(meters, t.meters);
  }

  @Override
  public int hashCode() {
    return stopIds.hashCode() * 31 + Arrays.hashCode(toStop);
  }

  @Override
  public String toString() {
    return "StopTransfers{" + stopIds.size() + " stops, " + toStop.length + " walks <= " + maxMeters + " m}";
  }

  /**
   * Collects walks in any order; {@link #build()} sorts them by origin then target and keeps, for a repeated pair,
   * the shortest time. Not thread-safe.
   */
  public static final class Builder {
    private final List<String> stopIds;
    private final double maxMeters;
    private long[] keys = new long[256];
    private int[] sec = new int[256];
    private int[] met = new int[256];
    private int size;

    private Builder(List<String> stopIds, double maxMeters) {
      this.stopIds = List.copyOf(stopIds);
      this.maxMeters = maxMeters;
    }

    public Builder add(int from, int to, int seconds, int meters) {
      if (from < 0 || from >= stopIds.size() || to < 0 || to >= stopIds.size()) {
        throw new IndexOutOfBoundsException("transfer " + from + " -> " + to + " outside " + stopIds.size() + " stops");
      }
      if (from == to) {
        return this;
      }
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        sec = Arrays.copyOf(sec, size * 2);
        met = Arrays.copyOf(met, size * 2);
      }
      keys[size] = ((long) from << 32) | to;
      sec[size] = Math.max(0, seconds);
      met[size] = Math.max(0, meters);
      size++;
      return this;
    }

    public StopTransfers build() {
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> {
        int c = Long.compare(keys[a], keys[b]);
        return c != 0 ? c : Integer.compare(sec[a], sec[b]);
      });
      int n = stopIds.size();
      int[] offsets = new int[n + 1];
      int[] to = new int[size];
      int[] s = new int[size];
      int[] m = new int[size];
      int k = 0;
      long last = -1;
      for (int i = 0; i < size; i++) {
        int r = order[i];
        if (keys[r] == last) {
          continue;
        }
        last = keys[r];
        int from = (int) (keys[r] >>> 32);
        to[k] = (int) keys[r];
        s[k] = sec[r];
        m[k] = met[r];
        offsets[from + 1]++;
        k++;
      }
      for (int i = 0; i < n; i++) {
        offsets[i + 1] += offsets[i];
      }
      return new StopTransfers(stopIds, maxMeters, offsets, Arrays.copyOf(to, k), Arrays.copyOf(s, k),
          Arrays.copyOf(m, k));
    }
  }
}
