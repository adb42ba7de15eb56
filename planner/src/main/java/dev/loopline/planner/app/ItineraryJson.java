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
    req.put(r.request().arriveBy() ? "arriveBy" : "departAt", r.request().time().toString());
    ArrayNode its = root.putArray("itineraries");
    for (Itinerary it : r.itineraries()) {
      ObjectNode o = its.addObject();
      o.put("departure", time(it.departure()));
      o.put("arrival", time(it.arrival()));
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
        legs.add(leg(l));
      }
    }
    return root;
  }

  private static ObjectNode leg(Leg l) {
    ObjectNode o = JSON.createObjectNode();
    o.put("mode", l.mode().name());
    o.set("from", place(l.from()));
    o.set("to", place(l.to()));
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
        stops.add(place(p));
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

  private static ObjectNode place(Place p) {
    ObjectNode o = JSON.createObjectNode();
    o.put("name", p.name());
    if (p.stopId() != null) {
      o.put("stopId", p.stopId());
    }
    o.put("lat", round(p.lat()));
    o.put("lon", round(p.lon()));
    o.put("time", time(p.time()));
    return o;
  }

  private static ObjectNode point(LatLon p) {
    ObjectNode o = JSON.createObjectNode();
    o.put("lat", p.lat());
    o.put("lon", p.lon());
    return o;
  }

  /** Always with seconds ({@code LocalDateTime.toString()} drops ":00"). */
  static String time(java.time.LocalDateTime t) {
    return t.format(SECONDS);
  }

  private static final java.time.format.DateTimeFormatter SECONDS =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
