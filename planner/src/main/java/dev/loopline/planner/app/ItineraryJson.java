package dev.loopline.planner.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopline.osm.LatLon;
import dev.loopline.planner.routing.DistrictName;
import dev.loopline.planner.routing.Itinerary;
import dev.loopline.planner.routing.Leg;
import dev.loopline.planner.routing.PlanResult;
import dev.loopline.planner.routing.Place;

/**
 * A plan as JSON for programs: ISO local date-times, metres, seconds, and each leg's geometry as a GeoJSON
 * LineString ({@code [lon, lat]} pairs). One shape for {@code plan --json} and the web's {@code /api/plan}.
 */
public final class ItineraryJson {
  public static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ItineraryJson() {}

  public static ObjectNode of(PlanResult r) {
    ObjectNode root = JSON.createObjectNode();
    root.put("status", r.status().name());
    if (r.message() != null) {
      root.put("message", r.message());
    }
    ObjectNode req = root.putObject("request");
    req.set("from", point(r.request().from()));
    req.set("to", point(r.request().to()));
    java.time.ZoneId zone = r.timeZone();
    req.put(r.request().arriveBy() ? "arriveBy" : "departAt", time(r.request().time(), zone));
    root.put("timeZone", zone.getId());
    ArrayNode its = root.putArray("itineraries");
    for (Itinerary it : r.itineraries()) {
      ObjectNode o = its.addObject();
      o.put("departure", time(it.departure(), zone));
      o.put("arrival", time(it.arrival(), zone));
      o.put("durationSeconds", it.duration().toSeconds());
      o.put("transfers", it.transfers());
      o.put("walkMeters", Math.round(it.walkMeters()));
      o.put("waitingSeconds", it.waiting().toSeconds());
      o.put("generalizedCost", it.generalizedCost());
      it.fare().ifPresent(f -> {
        ObjectNode fare = o.putObject("fare");
        fare.put("amount", f.amount());
        fare.put("currency", f.currency());
      });
      ArrayNode ds = o.putArray("districts");
      for (DistrictName d : it.districts()) {
        ObjectNode dn = ds.addObject();
        dn.put("id", d.id());
        dn.put("name", d.name());
        if (d.nameEn() != null) {
          dn.put("nameEn", d.nameEn());
        }
      }
      ArrayNode legs = o.putArray("legs");
      for (Leg l : it.legs()) {
        legs.add(leg(l, zone));
      }
    }
    return root;
  }

  private static ObjectNode leg(Leg l, java.time.ZoneId zone) {
    ObjectNode o = JSON.createObjectNode();
    o.put("mode", l.mode().name());
    o.set("from", place(l.from(), zone));
    o.set("to", place(l.to(), zone));
    o.put("durationSeconds", l.duration().toSeconds());
    o.put("meters", Math.round(l.meters()));
    if (!l.isTransit()) {
      o.put("offStreet", l.offStreet());
    }
    if (l.isTransit()) {
      o.put("routeShortName", l.routeShortName());
      o.put("routeLongName", l.routeLongName());
      o.put("operator", l.operator());
      o.put("headsign", l.headsign());
      o.put("tripId", l.tripId());
      o.put("estimatedTimes", l.estimatedTimes());
      ArrayNode stops = o.putArray("intermediateStops");
      for (Place p : l.intermediateStops()) {
        stops.add(place(p, zone));
      }
    }
    ObjectNode g = o.putObject("geometry");
    g.put("type", "LineString");
    ArrayNode coords = g.putArray("coordinates");
    for (LatLon p : l.geometry()) {
      coords.addArray().add(round(p.lon())).add(round(p.lat()));
    }
    return o;
  }

  private static ObjectNode place(Place p, java.time.ZoneId zone) {
    ObjectNode o = JSON.createObjectNode();
    o.put("name", p.name());
    if (p.stopId() != null) {
      o.put("stopId", p.stopId());
    }
    o.put("lat", round(p.lat()));
    o.put("lon", round(p.lon()));
    o.put("time", time(p.time(), zone));
    return o;
  }

  private static ObjectNode point(LatLon p) {
    ObjectNode o = JSON.createObjectNode();
    o.put("lat", p.lat());
    o.put("lon", p.lon());
    return o;
  }

  /**
   * The feed's local time with its UTC offset on that date ({@code 2019-05-13T13:25:22-03:00}), always with seconds:
   * a program reading it needs no time zone table, and a person still reads the local clock.
   */
  static String time(java.time.LocalDateTime t, java.time.ZoneId zone) {
    return t.atZone(zone).format(SECONDS);
  }

  private static final java.time.format.DateTimeFormatter SECONDS =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
