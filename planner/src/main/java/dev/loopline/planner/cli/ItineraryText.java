package dev.loopline.planner.cli;

import dev.loopline.planner.routing.DistrictName;
import dev.loopline.planner.routing.Itinerary;
import dev.loopline.planner.routing.Leg;
import dev.loopline.planner.routing.LegMode;
import dev.loopline.planner.routing.PlanResult;
import dev.loopline.planner.routing.TripRequest;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.stream.Collectors;

/** Itineraries as a rider reads them in a terminal: times as HH:MM, stops by name, walks in metres. */
final class ItineraryText {
  private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);

  private ItineraryText() {}

  static void print(PlanResult r, PrintWriter out) {
    TripRequest q = r.request();
    out.printf(Locale.ROOT, "From %s to %s, %s %s%n", q.from(), q.to(), q.arriveBy() ? "arriving by" : "leaving",
        DAY.format(q.time()));
    if (!r.ok()) {
      out.println("No itinerary (" + r.status() + "): " + r.message());
      return;
    }
    int n = 0;
    for (Itinerary it : r.itineraries()) {
      out.println();
      long waitMinutes = 0;
      for (int i = 1; i < it.legs().size(); i++) {
        waitMinutes += span(it.legs().get(i - 1).to().time(), it.legs().get(i).from().time()).toMinutes();
      }
      out.printf(Locale.ROOT, "%d. %s -> %s  %s, %s, walk %s%s%s%n", ++n, hm(it.departure()), hm(it.arrival()),
          minutes(span(it.departure(), it.arrival())), it.walkOnly() ? "walk only"
              : it.transfers() == 0 ? "no transfer" : it.transfers() + (it.transfers() == 1 ? " transfer" : " transfers"),
          meters(it.walkMeters()), waitMinutes > 0 ? ", wait " + waitMinutes + " min" : "",
          it.fare().map(f -> ", fare " + f).orElse(""));
      if (!it.districts().isEmpty()) {
        out.println("   districts: " + it.districts().stream().map(DistrictName::label)
            .collect(Collectors.joining(" -> ")));
      }
      Leg previous = null;
      for (Leg l : it.legs()) {
        if (previous != null) {
          Duration wait = span(previous.to().time(), l.from().time());
          if (wait.toMinutes() > 0) {
            out.printf(Locale.ROOT, "   %s  wait %s at %s%n", hm(previous.to().time()), minutes(wait),
                l.from().name());
          }
        }
        previous = l;
        if (l.isTransit()) {
          out.printf(Locale.ROOT, "   %s  %s %s%s%s%n", hm(l.from().time()), modeLabel(l.mode()), routeLabel(l),
              l.headsign() == null ? "" : " towards " + l.headsign(),
              l.operator() == null ? "" : " (" + l.operator() + ")");
          out.printf(Locale.ROOT, "          board at %s, %d stop%s, alight at %s %s%s%n", l.from().name(),
              l.intermediateStops().size() + 1, l.intermediateStops().isEmpty() ? "" : "s", l.to().name(),
              hm(l.to().time()), l.estimatedTimes() ? " (times estimated)" : "");
        } else {
          out.printf(Locale.ROOT, "   %s  walk %s (%s) to %s%s%n", hm(l.from().time()), meters(l.meters()),
              minutes(span(l.from().time(), l.to().time())), l.to().isStop() ? l.to().name() : "destination",
              l.offStreet() ? ", partly off the mapped streets (straight line, distance estimated)" : "");
        }
      }
      out.printf(Locale.ROOT, "   %s  arrive%n", hm(it.arrival()));
    }
  }

  /**
   * The time between two clock times as printed (to the minute), so that every duration shown agrees with the
   * times beside it (13:29 -> 13:59 is 30 min even when the seconds make it 29 min 20 s); "<1 min" when the
   * minute is the same but time passes.
   */
  static Duration span(LocalDateTime from, LocalDateTime to) {
    Duration d = Duration.between(from.truncatedTo(ChronoUnit.MINUTES), to.truncatedTo(ChronoUnit.MINUTES));
    return d.isZero() && to.isAfter(from) ? Duration.ofSeconds(1) : d;
  }

  /** What riders call the vehicle: "metro", not GTFS's "SUBWAY". */
  static String modeLabel(LegMode mode) {
    return switch (mode) {
      case SUBWAY -> "metro";
      case CABLE_CAR -> "cable car";
      default -> mode.name().toLowerCase(Locale.ROOT);
    };
  }

  /**
   * The line as riders know it: a bus by its number, a rail or metro line by its name ("轨道交通7号线", "Line 7"),
   * since a rail line's short name is often an internal code ("R7").
   */
  static String routeLabel(Leg l) {
    boolean rail = l.mode() != LegMode.BUS && l.mode() != LegMode.TROLLEYBUS;
    String first = rail ? l.routeLongName() : l.routeShortName();
    String second = rail ? l.routeShortName() : l.routeLongName();
    return first != null && !first.isBlank() ? first : second == null ? "" : second;
  }

  static String hm(LocalDateTime t) {
    return HM.format(t);
  }

  static String minutes(Duration d) {
    if (d.toSeconds() > 0 && d.toSeconds() < 30) {
      return "<1 min";
    }
    long m = Math.round(d.toSeconds() / 60.0);
    return m < 60 ? m + " min" : (m / 60) + " h " + (m % 60) + " min";
  }

  static String meters(double m) {
    return m >= 1000 ? String.format(Locale.ROOT, "%.1f km", m / 1000) : String.format(Locale.ROOT, "%.0f m", m);
  }
}
