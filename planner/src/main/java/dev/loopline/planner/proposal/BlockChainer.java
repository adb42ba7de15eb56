package dev.loopline.planner.proposal;

import dev.loopline.gtfs.geo.Geo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chains a day's trips into vehicle blocks: trips are taken in departure order; each is given a bus waiting at its
 * first stop whose turn-round time is over — the one that arrived last, so buses idle longest stay idle and can be
 * laid up — else a bus laid up at another terminal for longer than {@link Timetabler#LAY_UP_SECONDS} (parked at the
 * depot, it can pull out anywhere), else a new bus. Taking trips in time order and reusing any bus that can make
 * the trip needs the fewest buses the timetable allows (the deficit-function argument of Ceder and Stern, 1981).
 *
 * <p>The same rule blocks a proposed line's generated timetable ({@link Timetabler}) and counts the buses of any
 * route's published trips, so a route's fleet before and after a change is counted the same way.
 */
public final class BlockChainer {
  private BlockChainer() {}

  /**
   * One trip to chain.
   *
   * @param from the terminal it leaves from (any small non-negative number naming a place)
   * @param to the terminal it arrives at
   * @param turnSeconds time the bus needs at {@code to} before it can leave again (layover)
   */
  public record Run(int from, int to, int departure, int arrival, double turnSeconds) {}

  /** The block (0-based) of each run, in the order given. */
  public static int[] chain(List<Run> runs) {
    Integer[] order = new Integer[runs.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingInt((Integer i) -> runs.get(i).departure())
        .thenComparingInt(i -> runs.get(i).from()));
    int terminals = 0;
    for (Run r : runs) {
      terminals = Math.max(terminals, Math.max(r.from(), r.to()) + 1);
    }
    // Per terminal, the buses standing there: {block, ready time in seconds}.
    List<List<double[]>> waiting = new ArrayList<>();
    for (int t = 0; t < terminals; t++) {
      waiting.add(new ArrayList<>());
    }
    int[] out = new int[runs.size()];
    int blocks = 0;
    for (int k : order) {
      Run t = runs.get(k);
      List<double[]> here = waiting.get(t.from());
      int best = -1;
      for (int i = 0; i < here.size(); i++) {
        double ready = here.get(i)[1];
        if (ready <= t.departure() + 1e-9 && (best < 0 || ready > here.get(best)[1])) {
          best = i;
        }
      }
      if (best < 0) {
        // A bus laid up elsewhere (idle for longer than the lay-up time) can come out here instead of a new one:
        // laid up means back at the depot, from where it can pull out to any terminal.
        int parkedAt = -1;
        int parked = -1;
        for (int other = 0; other < terminals; other++) {
          if (other == t.from()) {
            continue;
          }
          List<double[]> there = waiting.get(other);
          for (int i = 0; i < there.size(); i++) {
            double ready = there.get(i)[1];
            if (ready + Timetabler.LAY_UP_SECONDS <= t.departure() + 1e-9
                && (parked < 0 || ready < waiting.get(parkedAt).get(parked)[1])) {
              parkedAt = other;
              parked = i;
            }
          }
        }
        if (parked >= 0) {
          here.add(waiting.get(parkedAt).remove(parked));
          best = here.size() - 1;
        }
      }
      int block = best >= 0 ? (int) here.remove(best)[0] : blocks++;
      waiting.get(t.to()).add(new double[] {block, t.arrival() + t.turnSeconds()});
      out[k] = block;
    }
    return out;
  }

  /**
   * Seconds buses are in service ({@code {departure, arrival, block}} per trip): per block, from its first departure to its last arrival, less the idle gaps
   * longer than {@link Timetabler#LAY_UP_SECONDS} (the bus is laid up, the driver off duty).
   */
  public static double platformSeconds(List<int[]> departureArrivalBlock) {
    List<int[]> order = new ArrayList<>(departureArrivalBlock);
    order.sort(Comparator.comparingInt((int[] t) -> t[2]).thenComparingInt(t -> t[0]));
    double total = 0;
    int block = Integer.MIN_VALUE;
    int start = 0;
    int end = 0;
    for (int[] t : order) {
      if (t[2] != block || t[0] - end > Timetabler.LAY_UP_SECONDS) {
        if (block != Integer.MIN_VALUE) {
          total += end - start;
        }
        block = t[2];
        start = t[0];
      }
      end = t[1];
    }
    if (block != Integer.MIN_VALUE) {
      total += end - start;
    }
    return total;
  }

  /**
   * Numbers the places trips start and end at: the same stop, or stops within {@link #SAME_PLACE_METERS} of the
   * first stop seen of a place, are one place (a bus that arrives at one platform of a terminal can leave from the
   * one across the road). Give stops in a fixed order (e.g. trips by id) for a deterministic numbering.
   */
  public static final class Places {
    /** How far apart two stops may be and still be one terminal. */
    public static final double SAME_PLACE_METERS = 300;

    private final java.util.Map<String, Integer> byId = new java.util.HashMap<>();
    private final List<double[]> places = new ArrayList<>();

    /** The place of a stop (a new number when no place is near). */
    public int of(String stopId, double lat, double lon) {
      Integer known = byId.get(stopId);
      if (known != null) {
        return known;
      }
      int place = -1;
      for (int i = 0; i < places.size() && place < 0; i++) {
        if (Geo.distanceMeters(lat, lon, places.get(i)[0], places.get(i)[1])
            <= SAME_PLACE_METERS) {
          place = i;
        }
      }
      if (place < 0) {
        place = places.size();
        places.add(new double[] {lat, lon});
      }
      byId.put(stopId, place);
      return place;
    }
  }
}
