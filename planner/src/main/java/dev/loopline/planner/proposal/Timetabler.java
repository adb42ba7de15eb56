package dev.loopline.planner.proposal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Builds a line's timetable and its vehicle blocks together, so that the fleet reported is the fleet the exported
 * timetable needs.
 *
 * <p><b>Timetable.</b> In each service period the outbound direction leaves its first stop at {@code from} and every
 * headway after, while before {@code to}. The return direction is <em>offset</em>: its departures are placed so that
 * a bus arriving from the outbound trip leaves again after its layover at that terminal (half the round trip's
 * layover), i.e. at {@code from + ((outbound running + layover / 2) mod headway)}, rounded up to a whole minute
 * unless that would cost a bus. With that offset, a period at one headway {@code h} needs the lower bound
 * {@code ceil(cycle / h)} buses; leaving both terminals at the same times instead makes every bus wait at one
 * terminal for the next slot (a 65-minute round trip with 6.5 minutes layover needs 6 buses at 15 minutes, not 5).
 * A circular line has one terminal, where the whole layover is taken.
 *
 * <p><b>Blocks.</b> Trips are chained into blocks by {@link BlockChainer}: in departure order, each takes a bus
 * waiting at its first stop whose layover is over, else one laid up at the other terminal for longer than
 * {@link #LAY_UP_SECONDS}, else a new bus. The fleet is the number of blocks.
 */
public final class Timetabler {
  /**
   * A bus idle at a terminal for longer than this is laid up (parked, its driver off duty): the gap is not platform
   * time. An hour is an assumption, long enough to cover any layover and short enough to release peak-only buses.
   */
  public static final int LAY_UP_SECONDS = 3600;

  /** Where the return direction's departures go. */
  public enum Returns {
    /** Offset so that buses turn round after their layover (the default: fewest buses). */
    OFFSET,
    /** At the same clock times as the outbound departures (what a naive timetable does; for comparison). */
    SAME_TIMES
  }

  private Timetabler() {}

  /**
   * @param runningSeconds base running time (with dwell) of each direction: one for a circular line, two otherwise
   * @param timeFactor running-time multiplier for a trip leaving at the given second of the day (1 for none)
   */
  public static LineSchedule build(double[] runningSeconds, Layover layover, List<ServicePeriod> periods,
                                   IntToDoubleFunction timeFactor, Returns returns) {
    int directions = runningSeconds.length;
    if (directions < 1 || directions > 2) {
      throw new IllegalArgumentException("a line has one (circular) or two directions, got " + directions);
    }
    double running = 0;
    for (double r : runningSeconds) {
      if (!(r > 0)) {
        throw new IllegalArgumentException("running time must be positive: " + r);
      }
      running += r;
    }
    double layoverSeconds = layover.minutesFor(running / 60) * 60;
    double atTerminal = layoverSeconds / directions;
    List<LineTrip> trips = new ArrayList<>();
    // The last departure of each direction so far, and the headway it ran at: a new period's first departure comes
    // no sooner than one old headway after it, so that a change of headway never asks for a bus sooner than the
    // turning buses can supply one.
    int[] last = {Integer.MIN_VALUE, Integer.MIN_VALUE};
    int previousHeadway = 0;
    for (ServicePeriod p : periods) {
      int out = Math.max(p.fromSeconds(), next(last[0], previousHeadway));
      last[0] = addTrips(trips, 0, out, p, runningSeconds[0], timeFactor, last[0]);
      if (directions == 2) {
        int offset = returns == Returns.SAME_TIMES ? 0
            : returnOffset(runningSeconds[0] * timeFactor.applyAsDouble(out), atTerminal,
                running + layoverSeconds, p.headwaySeconds());
        int back = returns == Returns.SAME_TIMES ? out : out + offset;
        int earliest = next(last[1], previousHeadway);
        if (back < earliest) {
          // Later by whole headways, so that returning buses still turn round after exactly their layover.
          back += (earliest - back + p.headwaySeconds() - 1) / p.headwaySeconds() * p.headwaySeconds();
        }
        last[1] = addTrips(trips, 1, back, p, runningSeconds[1], timeFactor, last[1]);
      }
      previousHeadway = p.headwaySeconds();
    }
    List<LineTrip> blocked = assignBlocks(trips, directions, atTerminal);
    List<LineSchedule.PeriodFleet> fleets = new ArrayList<>();
    List<int[]> turns = turnIntervals(blocked);
    for (ServicePeriod p : periods) {
      fleets.add(new LineSchedule.PeriodFleet(p, inService(turns, p)));
    }
    int vehicles = blocked.stream().mapToInt(LineTrip::block).max().orElse(-1) + 1;
    double platform = BlockChainer.platformSeconds(blocked.stream()
        .map(t -> new int[] {t.departureSeconds(), t.arrivalSeconds(), t.block()}).toList());
    blocked.sort(Comparator.comparingInt(LineTrip::directionId).thenComparingInt(LineTrip::departureSeconds));
    return new LineSchedule(running / 60, layoverSeconds / 60, (running + layoverSeconds) / 60, blocked, fleets,
        vehicles, platform);
  }

  private static int next(int last, int headway) {
    return last == Integer.MIN_VALUE ? Integer.MIN_VALUE : last + headway;
  }

  /** Adds a direction's departures in a period from {@code first}; returns the last departure (or {@code last}). */
  private static int addTrips(List<LineTrip> out, int direction, int first, ServicePeriod p, double base,
                              IntToDoubleFunction timeFactor, int last) {
    for (int t = first; t < p.toSeconds(); t += p.headwaySeconds()) {
      double f = timeFactor.applyAsDouble(t);
      out.add(new LineTrip(direction, t, t + (int) Math.round(base * f), -1, f));
      last = t;
    }
    return last;
  }

  /**
   * Seconds after a period's start at which the return direction leaves: the outbound running time plus the
   * terminal layover, modulo the headway, rounded up to a whole minute when the rounding does not push the cycle
   * past a multiple of the headway (which would cost a bus).
   */
  static int returnOffset(double outboundSeconds, double layoverAtTerminal, double cycleSeconds, int headway) {
    double exact = (outboundSeconds + layoverAtTerminal) % headway;
    double minute = Math.ceil(exact / 60 - 1e-9) * 60;
    double extra = minute - exact;
    int buses = (int) Math.ceil(cycleSeconds / headway - 1e-9);
    double chosen = (int) Math.ceil((cycleSeconds + extra) / headway - 1e-9) == buses ? minute
        : Math.ceil(exact - 1e-9);
    return (int) chosen % headway;
  }

  /** Gives each trip a block ({@link BlockChainer}): terminal 0 and 1 by direction, the one terminal if circular. */
  private static List<LineTrip> assignBlocks(List<LineTrip> trips, int directions, double atTerminal) {
    List<LineTrip> order = new ArrayList<>(trips);
    order.sort(Comparator.comparingInt(LineTrip::departureSeconds).thenComparingInt(LineTrip::directionId));
    List<BlockChainer.Run> runs = new ArrayList<>(order.size());
    for (LineTrip t : order) {
      int from = directions == 1 ? 0 : t.directionId();
      int to = directions == 1 ? 0 : 1 - t.directionId();
      runs.add(new BlockChainer.Run(from, to, t.departureSeconds(), t.arrivalSeconds(), atTerminal));
    }
    int[] blocks = BlockChainer.chain(runs);
    List<LineTrip> out = new ArrayList<>(order.size());
    for (int i = 0; i < order.size(); i++) {
      LineTrip t = order.get(i);
      out.add(new LineTrip(t.directionId(), t.departureSeconds(), t.arrivalSeconds(), blocks[i], t.timeFactor()));
    }
    return out;
  }

  /**
   * Per trip, {departure, end, departure again}: the time its bus is taken by it, from its departure to the next
   * departure of the same bus (the trip and the turn-round after it) or, when the bus is laid up or done, to its
   * arrival.
   */
  private static List<int[]> turnIntervals(List<LineTrip> trips) {
    List<LineTrip> order = new ArrayList<>(trips);
    order.sort(Comparator.comparingInt(LineTrip::block).thenComparingInt(LineTrip::departureSeconds));
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      LineTrip t = order.get(i);
      LineTrip next = i + 1 < order.size() && order.get(i + 1).block() == t.block() ? order.get(i + 1) : null;
      int end = next != null && next.departureSeconds() - t.arrivalSeconds() <= LAY_UP_SECONDS
          ? next.departureSeconds() : t.arrivalSeconds();
      out.add(new int[] {t.departureSeconds(), end});
    }
    return out;
  }

  /**
   * The buses a period needs: the most at once taken by trips leaving in the period (a trip leaving before it, still
   * on the road at its start, belongs to the period before).
   */
  private static int inService(List<int[]> turns, ServicePeriod p) {
    List<int[]> mine = turns.stream()
        .filter(i -> i[0] >= p.fromSeconds() && i[0] < p.toSeconds()).toList();
    int most = 0;
    for (int[] at : mine) {
      int n = 0;
      for (int[] i : mine) {
        if (i[0] <= at[0] && at[0] < Math.max(i[1], i[0] + 1)) {
          n++;
        }
      }
      most = Math.max(most, n);
    }
    return most;
  }
}
