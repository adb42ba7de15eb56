package dev.loopline.planner.cli;

import dev.loopline.planner.routing.DistrictName;
import dev.loopline.planner.routing.Itinerary;
import dev.loopline.planner.routing.Leg;
import dev.loopline.planner.routing.PlanResult;
import dev.loopline.planner.routing.TripRequest;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
      out.printf(Locale.ROOT, "%d. %s -> %s  %s, %s, walk %s%s%n", ++n, hm(it.departure()), hm(it.arrival()),
          minutes(it.duration()), it.walkOnly() ? "walk only"
              : it.transfers() == 0 ? "no transfer" : it.transfers() + (it.transfers() == 1 ? " transfer" : " transfers"),
          meters(it.walkMeters()), it.fare().map(f -> ", fare " + f).orElse(""));
      if (!it.districts().isEmpty()) {
        out.println("   districts: " + it.districts().stream().map(DistrictName::label)
            .collect(Collectors.joining(" -> ")));
      }
      for (Leg l : it.legs()) {
        if (l.isTransit()) {
          String route = l.routeShortName() != null ? l.routeShortName() : l.routeLongName();
          out.printf(Locale.ROOT, "   %s  %s %s%s%s%n", hm(l.from().time()), l.mode(), route,
              l.headsign() == null ? "" : " towards " + l.headsign(),
              l.operator() == null ? "" : " (" + l.operator() + ")");
          out.printf(Locale.ROOT, "          board at %s, %d stop%s, alight at %s %s%s%n", l.from().name(),
              l.intermediateStops().size() + 1, l.intermediateStops().isEmpty() ? "" : "s", l.to().name(),
              hm(l.to().time()), l.estimatedTimes() ? " (times estimated)" : "");
        } else {
          out.printf(Locale.ROOT, "   %s  walk %s (%s) to %s%s%n", hm(l.from().time()), meters(l.meters()),
              minutes(l.duration()), l.to().isStop() ? l.to().name() : "destination",
              l.offStreet() ? ", partly off the mapped streets (straight line, distance estimated)" : "");
        }
      }
      out.printf(Locale.ROOT, "   %s  arrive%n", hm(it.arrival()));
    }
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
