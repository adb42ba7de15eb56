package dev.loopline.planner.routing;

import dev.loopline.gtfs.model.Agency;
import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.StreetNetwork;
import dev.loopline.osm.WalkPath;
import dev.loopline.planner.transit.ScheduledTrip;
import dev.loopline.planner.transit.TransitLayer;
import dev.loopline.planner.transit.TripSchedule;
import dev.loopline.planner.transit.WalkAccessEgress;
import dev.loopline.planner.transit.WalkTransfer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opentripplanner.raptor.api.path.AccessPathLeg;
import org.opentripplanner.raptor.api.path.EgressPathLeg;
import org.opentripplanner.raptor.api.path.PathLeg;
import org.opentripplanner.raptor.api.path.RaptorPath;
import org.opentripplanner.raptor.api.path.TransferPathLeg;
import org.opentripplanner.raptor.api.path.TransitPathLeg;

/**
 * Turns Raptor's paths (stop indexes, times in seconds, trip schedules) into itineraries a rider can read: stop
 * names, clock times, route and operator names, intermediate stops, distances, geometry, fare and districts.
 */
final class ItineraryMapper {
  /** Leg geometry is sampled for districts about this often. */
  private static final double GEOMETRY_SAMPLE_METERS = 200;

  private final TransitLayer layer;
  private final FeedIndex index;
  private final StreetNetwork streets;
  private final FareCalculator fares;
  private final DistrictLocator districts;
  private final LatLon origin;
  private final LatLon destination;
  private final boolean geometry;
  private final LocalDateTime midnight;
  /** Street paths already computed for this request: itineraries often share their first and last walk. */
  private final java.util.Map<List<Double>, WalkPath> walkPaths = new java.util.HashMap<>();

  /** Which points are linked to the streets by a straight line (see {@link dev.loopline.osm.Snap#linked()}). */
  private final boolean originLinked;
  private final boolean destinationLinked;
  private final java.util.function.IntPredicate stopLinked;

  /**
   * @param originLinked      the origin is off the mapped streets (linked by a straight line)
   * @param destinationLinked the destination is
   * @param stopLinked        whether a layer stop is
   */
  ItineraryMapper(TransitLayer layer, StreetNetwork streets, FareCalculator fares, DistrictLocator districts,
                  TripRequest request, boolean originLinked, boolean destinationLinked,
                  java.util.function.IntPredicate stopLinked) {
    this.originLinked = originLinked;
    this.destinationLinked = destinationLinked;
    this.stopLinked = stopLinked;
    this.layer = layer;
    this.index = layer.feedIndex();
    this.streets = streets;
    this.fares = fares;
    this.districts = districts;
    this.origin = request.from();
    this.destination = request.to();
    this.geometry = request.geometry();
    this.midnight = layer.serviceDate().atStartOfDay();
  }

  LocalDateTime time(int seconds) {
    return midnight.plusSeconds(seconds);
  }

  Itinerary map(RaptorPath<TripSchedule> path) {
    List<Leg> legs = new ArrayList<>();
    List<FareCalculator.Ride> rides = new ArrayList<>();
    for (PathLeg<TripSchedule> leg : (Iterable<PathLeg<TripSchedule>>) path.legStream()::iterator) {
      if (leg instanceof AccessPathLeg<TripSchedule> a) {
        WalkAccessEgress w = a.access().findOriginal(WalkAccessEgress.class).orElseThrow();
        if (a.toTime() > a.fromTime() || w.meters() > 0) {
          legs.add(walk(origin(a.fromTime()), stopPlace(a.toStop(), a.toTime()), w.meters(),
              originLinked || stopLinked.test(a.toStop())));
        }
      } else if (leg instanceof TransitPathLeg<TripSchedule> t) {
        legs.add(ride(t, rides));
      } else if (leg instanceof TransferPathLeg<TripSchedule> x) {
        WalkTransfer w = (WalkTransfer) x.transfer();
        legs.add(walk(stopPlace(x.fromStop(), x.fromTime()), stopPlace(x.toStop(), x.toTime()), w.meters(),
            stopLinked.test(x.fromStop()) || stopLinked.test(x.toStop())));
      } else if (leg instanceof EgressPathLeg<TripSchedule> e) {
        WalkAccessEgress w = e.egress().findOriginal(WalkAccessEgress.class).orElseThrow();
        if (e.toTime() > e.fromTime() || w.meters() > 0) {
          legs.add(walk(stopPlace(e.fromStop(), e.fromTime()), destination(e.toTime()), w.meters(),
              destinationLinked || stopLinked.test(e.fromStop())));
        }
      }
    }
    int rideCount = (int) legs.stream().filter(Leg::isTransit).count();
    double walkMeters = legs.stream().filter(l -> !l.isTransit()).mapToDouble(Leg::meters).sum();
    Optional<Fare> fare = fares.price(rides);
    return new Itinerary(legs, Math.max(0, rideCount - 1), walkMeters, fare, districtsOf(legs),
        Math.round(path.c1() / 100f));
  }

  /** The walk-only itinerary for a street path of {@code seconds}, starting at {@code departure}. */
  Itinerary walkOnly(WalkPath p, int seconds, int departure, int walkCost) {
    Leg leg = Leg.walk(origin(departure), destination(departure + seconds), p.meters(),
        geometry ? p.geometry() : List.of(), originLinked || destinationLinked);
    return new Itinerary(List.of(leg), 0, p.meters(), Optional.empty(), districtsOf(List.of(leg)), walkCost);
  }

  private Leg ride(TransitPathLeg<TripSchedule> t, List<FareCalculator.Ride> rides) {
    TripSchedule trip = t.trip();
    ScheduledTrip run = trip.source();
    int from = t.getFromStopPosition();
    int to = t.getToStopPosition();
    Route route = run.route();
    Agency agency = index.agency(route.agencyId());
    StopTimes st = layer.feed().stopTimes();
    String headsign = st.headsign(run.firstRow() + from);
    if (headsign == null) {
      headsign = run.trip().headsign();
    }
    List<Place> between = new ArrayList<>();
    List<Stop> stops = new ArrayList<>();
    List<String> zones = new ArrayList<>();
    for (int p = from; p <= to; p++) {
      Stop s = layer.stop(run.stops()[p]);
      stops.add(s);
      zones.add(s.zoneId());
      if (p > from && p < to) {
        between.add(new Place(s.name(), s.id(), s.lat(), s.lon(), time(run.arrivals()[p])));
      }
    }
    ShapeSlicer.Slice slice = run.trip().shapeId() != null
        ? ShapeSlicer.slice(index.shape(run.trip().shapeId()), stops)
        : ShapeSlicer.straight(stops);
    rides.add(new FareCalculator.Ride(route.id(), route.agencyId(), zones, t.fromTime()));
    boolean estimated = run.estimated()[from] || run.estimated()[to];
    return new Leg(LegMode.of(route), stopPlace(layer.stopIndex(stops.get(0).id()), t.fromTime()),
        stopPlace(layer.stopIndex(stops.get(stops.size() - 1).id()), t.toTime()), slice.meters(),
        route.shortName(), route.longName(), agency == null ? null : agency.name(), headsign, run.displayId(),
        between, geometry ? slice.points() : List.of(), estimated, false);
  }

  private Leg walk(Place from, Place to, double meters, boolean offStreet) {
    List<LatLon> geom = List.of();
    double m = meters;
    if (geometry) {
      WalkPath p = walkPaths.computeIfAbsent(List.of(from.lat(), from.lon(), to.lat(), to.lon()),
          k -> streets.walkPath(new LatLon(from.lat(), from.lon()), new LatLon(to.lat(), to.lon())));
      geom = p.ok() ? p.geometry()
          : List.of(new LatLon(from.lat(), from.lon()), new LatLon(to.lat(), to.lon()));
    }
    return Leg.walk(from, to, m, geom, offStreet);
  }

  private Place origin(int t) {
    return new Place("Origin", null, origin.lat(), origin.lon(), time(t));
  }

  private Place destination(int t) {
    return new Place("Destination", null, destination.lat(), destination.lon(), time(t));
  }

  private Place stopPlace(int stop, int t) {
    Stop s = layer.stop(stop);
    return new Place(s.name(), s.id(), s.lat(), s.lon(), time(t));
  }

  /**
   * Districts of the origin, every stop touched or passed, points of the leg geometry (every ~200 m) and the
   * destination, in order of first visit.
   */
  private List<DistrictName> districtsOf(List<Leg> legs) {
    Set<DistrictName> names = new LinkedHashSet<>();
    for (Leg l : legs) {
      districts.at(l.from().lat(), l.from().lon()).ifPresent(names::add);
      LatLon last = null;
      for (LatLon g : l.geometry()) {
        if (last == null || last.distanceTo(g) >= GEOMETRY_SAMPLE_METERS) {
          districts.at(g.lat(), g.lon()).ifPresent(names::add);
          last = g;
        }
      }
      for (Place p : l.intermediateStops()) {
        districts.at(p.lat(), p.lon()).ifPresent(names::add);
      }
      districts.at(l.to().lat(), l.to().lon()).ifPresent(names::add);
    }
    return List.copyOf(names);
  }
}
