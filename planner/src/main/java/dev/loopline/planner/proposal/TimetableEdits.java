package dev.loopline.planner.proposal;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Changes to when an existing route runs, leaving where it runs alone: new headways in periods of the day, and a
 * new first or last departure. Departures outside the changed periods stay exactly as published, and every added
 * departure copies the running times of the route's own trip nearest in time (same direction, same service), so the
 * change alters only what the planner asked for. Each service id of the route (weekday, weekend timetables) is
 * changed separately, keeping its calendar.
 */
final class TimetableEdits {
  private TimetableEdits() {}

  /**
   * New headways: in each period, the departures of the chosen directions are replaced by departures every headway
   * from the period's start. When both directions of a two-way route change, the return departures are offset as a
   * generated timetable offsets them ({@link Timetabler#returnOffset}), so that buses turn round after their layover.
   */
  static void headway(RouteDraft d, Change.Headway c, Function<String, Set<DayOfWeek>> weekdays,
                      BiFunction<String, String, ProposalException> error) {
    List<String> services = services(d, c.days(), weekdays, c.field(), error);
    List<Integer> dirs = d.directionIds().stream().filter(x -> c.direction().includes(x)).toList();
    if (dirs.isEmpty()) {
      throw error.apply(c.field() + ".direction", "route '" + d.route.id() + "' runs no trip in "
          + c.direction().label());
    }
    for (String service : services) {
      for (ServicePeriod p : c.periods()) {
        // Running times and layover of the period, from the trips nearest its start before the change.
        int[] running = new int[2];
        List<List<RouteDraft.TripDraft>> templates = new ArrayList<>();
        for (int dir = 0; dir < 2; dir++) {
          int main = d.mainPattern(dir);
          List<RouteDraft.TripDraft> t = main < 0 ? List.of() : d.trips(service, dir).stream()
              .filter(x -> x.pattern == main).toList();
          templates.add(t);
          if (!t.isEmpty()) {
            RouteDraft.TripDraft near = nearest(t, p.fromSeconds());
            running[dir] = near.end() - near.start();
          }
        }
        boolean both = dirs.size() == 2 && !templates.get(0).isEmpty() && !templates.get(1).isEmpty();
        for (int dir : dirs) {
          List<RouteDraft.TripDraft> t = templates.get(dir);
          if (t.isEmpty()) {
            continue;
          }
          int start = p.fromSeconds();
          if (both && dir == 1) {
            double layover = Layover.DEFAULT.minutesFor((running[0] + running[1]) / 60.0) * 60;
            start += Timetabler.returnOffset(running[0], layover / 2, running[0] + running[1] + layover,
                p.headwaySeconds());
          }
          final int direction = dir;
          d.trips.removeIf(x -> x.serviceId.equals(service) && d.patterns.get(x.pattern).direction == direction
              && x.start() >= p.fromSeconds() && x.start() < p.toSeconds());
          for (int s = start; s < p.toSeconds(); s += p.headwaySeconds()) {
            d.trips.add(nearest(t, s).at(s));
          }
        }
      }
    }
    d.changed = true;
    d.applied.add(c.describe());
  }

  /**
   * A new span: departures before {@code first} or after {@code last} dropped; a span made longer filled with
   * departures at the headway the route runs at that end of its day (the gap between its first two, or last two,
   * departures), each a copy of the first (or last) trip.
   */
  static void span(RouteDraft d, Change.Span c, Function<String, Set<DayOfWeek>> weekdays,
                   BiFunction<String, String, ProposalException> error) {
    List<String> services = services(d, c.days(), weekdays, c.field(), error);
    for (String service : services) {
      for (int dir : d.directionIds()) {
        if (!c.direction().includes(dir)) {
          continue;
        }
        List<RouteDraft.TripDraft> t = new ArrayList<>(d.trips(service, dir));
        if (t.isEmpty()) {
          continue;
        }
        if (c.firstSeconds() >= 0) {
          RouteDraft.TripDraft first = t.get(0);
          if (c.firstSeconds() < first.start()) {
            int h = headwayAtEnd(t, true, d, c.field() + ".first", error);
            for (int s = first.start() - h; s >= c.firstSeconds(); s -= h) {
              d.trips.add(first.at(s));
            }
          } else {
            d.trips.removeIf(x -> t.contains(x) && x.start() < c.firstSeconds());
          }
        }
        if (c.lastSeconds() >= 0) {
          RouteDraft.TripDraft last = t.get(t.size() - 1);
          if (c.lastSeconds() > last.start()) {
            int h = headwayAtEnd(t, false, d, c.field() + ".last", error);
            for (int s = last.start() + h; s <= c.lastSeconds(); s += h) {
              d.trips.add(last.at(s));
            }
          } else {
            d.trips.removeIf(x -> t.contains(x) && x.start() > c.lastSeconds());
          }
        }
        if (d.trips(service, dir).isEmpty()) {
          throw error.apply(c.field(), "the span leaves route '" + d.route.id() + "' without any departure in "
              + "direction " + dir + " on service '" + service + "'");
        }
      }
    }
    d.changed = true;
    d.applied.add(c.describe());
  }

  private static int headwayAtEnd(List<RouteDraft.TripDraft> t, boolean start, RouteDraft d, String field,
                                  BiFunction<String, String, ProposalException> error) {
    if (t.size() < 2) {
      throw error.apply(field, "route '" + d.route.id() + "' has one departure there, so there is no headway to "
          + "extend its span with; use a 'headway' change for the added hours");
    }
    int h = start ? t.get(1).start() - t.get(0).start() : t.get(t.size() - 1).start() - t.get(t.size() - 2).start();
    if (h <= 0) {
      throw error.apply(field, "route '" + d.route.id() + "' has two departures at the same time at that end of "
          + "its day; use a 'headway' change for the added hours");
    }
    return h;
  }

  /** The route's services running on any of {@code days} (all its services when none are given). */
  private static List<String> services(RouteDraft d, Set<DayOfWeek> days, Function<String, Set<DayOfWeek>> weekdays,
                                       String field, BiFunction<String, String, ProposalException> error) {
    List<String> out = new ArrayList<>();
    for (String s : d.serviceIds()) {
      if (days.isEmpty() || !Collections.disjoint(days, weekdays.apply(s))) {
        out.add(s);
      }
    }
    if (out.isEmpty()) {
      throw error.apply(field + ".days", "route '" + d.route.id() + "' runs on none of these days");
    }
    return out;
  }

  /** The trip leaving nearest to {@code seconds} (the earlier on a tie). */
  static RouteDraft.TripDraft nearest(List<RouteDraft.TripDraft> trips, int seconds) {
    RouteDraft.TripDraft best = null;
    for (RouteDraft.TripDraft t : trips) {
      if (best == null || Math.abs(t.start() - seconds) < Math.abs(best.start() - seconds)) {
        best = t;
      }
    }
    return best;
  }
}
