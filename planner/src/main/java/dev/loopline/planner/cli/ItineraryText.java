package dev.loopline.planner.cli;

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

/**
 * Itineraries as a rider reads them in a terminal: times as HH:MM, stops by name, walks in metres, in the words of
 * the resident's language ({@link TripLabels}).
 */
final class ItineraryText {
  private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

  private ItineraryText() {}

  /** The plan with English labels, the names as the feed has them and districts in both languages. */
  static void print(PlanResult r, PrintWriter out) {
    print(r, out, TripLabels.EN, false);
  }

  /**
   * The plan with the labels of the resident's language (the names are translated before, if at all).
   *
   * @param namesInLanguage the resident asked for a language: districts are named in it alone ("Bishan District",
   *                        "璧山区"), not in both ("璧山区 (Bishan District)")
   */
  static void print(PlanResult r, PrintWriter out, TripLabels words, boolean namesInLanguage) {
    print(r, out, words, namesInLanguage, r.request().from().toString(), r.request().to().toString());
  }

  /** As above, with the trip's ends named as the resident named them (a stop, or the point typed). */
  static void print(PlanResult r, PrintWriter out, TripLabels words, boolean namesInLanguage, String from,
                    String to) {
    TripRequest q = r.request();
    out.println(words.header(from, to, q.arriveBy(), words.day().format(q.time())));
    if (!r.ok()) {
      out.println(words.noItinerary(r.status().toString(), r.message()));
      return;
    }
    int n = 0;
    for (Itinerary it : r.itineraries()) {
      out.println();
      long waitMinutes = 0;
      for (int i = 1; i < it.legs().size(); i++) {
        waitMinutes += span(it.legs().get(i - 1).to().time(), it.legs().get(i).from().time()).toMinutes();
      }
      out.printf(Locale.ROOT, "%d. %s -> %s  %s%n", ++n, hm(it.departure()), hm(it.arrival()), words.summary(
          words.minutes(span(it.departure(), it.arrival()).toSeconds()),
          it.walkOnly() ? words.walkOnly() : words.transfers(it.transfers()), words.meters(it.walkMeters()),
          waitMinutes > 0 ? words.minutes(waitMinutes * 60) : null, it.fare().map(Object::toString).orElse(null)));
      if (!it.districts().isEmpty()) {
        out.println("   " + words.districts() + it.districts().stream()
            .map(d -> namesInLanguage ? words.district(d) : d.label())
            .collect(Collectors.joining(" -> ")));
      }
      Leg previous = null;
      for (Leg l : it.legs()) {
        if (previous != null) {
          Duration wait = span(previous.to().time(), l.from().time());
          if (wait.toMinutes() > 0) {
            out.printf(Locale.ROOT, "   %s  %s%n", hm(previous.to().time()),
                words.waitAt(words.minutes(wait.toSeconds()), l.from().name()));
          }
        }
        previous = l;
        if (l.isTransit()) {
          out.printf(Locale.ROOT, "   %s  %s %s%s%s%n", hm(l.from().time()), words.mode(l.mode()), routeLabel(l),
              l.headsign() == null ? "" : words.towards(l.headsign()),
              l.operator() == null ? "" : words.operator(l.operator()));
          out.printf(Locale.ROOT, "          %s%n", words.ride(l.from().name(), l.intermediateStops().size() + 1,
              l.to().name(), hm(l.to().time()), l.estimatedTimes()));
        } else {
          out.printf(Locale.ROOT, "   %s  %s%n", hm(l.from().time()), words.walk(words.meters(l.meters()),
              words.minutes(span(l.from().time(), l.to().time()).toSeconds()),
              l.to().isStop() ? l.to().name() : words.destination(), l.offStreet()));
        }
      }
      out.printf(Locale.ROOT, "   %s  %s%n", hm(it.arrival()), words.arrive());
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
}
