package dev.loopline.planner.score;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Trip;
import dev.loopline.osm.BusLeg;
import dev.loopline.osm.BusRoute;
import dev.loopline.osm.LatLon;
import dev.loopline.planner.proposal.RunningTimeModel;
import dev.loopline.planner.transit.ServiceDays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Fits a {@link RunningTimeModel} on the feed's own bus timetables. Every bus trip running on the service date is a
 * row: its scheduled time from first departure to last arrival, and, from its stop sequence routed on the street
 * network's bus profile (one routing per distinct sequence), the kilometres it drives on each road class and its
 * number of intermediate stops. Least squares then gives a pace (seconds per km) per road class and a time per
 * stop. Road classes with under {@value #MIN_CLASS_SHARE_PERCENT} % of the kilometres, or whose pace comes out
 * implausible (faster than 100 km/h or slower than 6 km/h), are pooled; a stop time outside 0 .. 120 s is clamped
 * and the paces fitted again. Each departure hour with at least {@value #MIN_TRIPS_PER_HOUR} trips gets a factor
 * (peak-hour congestion, if the timetables show it), fitted in turn with the paces.
 */
public final class RunningTimeCalibration {
  static final double MIN_CLASS_SHARE_PERCENT = 2;
  static final int MIN_TRIPS_PER_HOUR = 10;
  static final int MIN_TRIPS = 20;
  static final double FASTEST_SECONDS_PER_KM = 36;    // 100 km/h
  static final double SLOWEST_SECONDS_PER_KM = 600;   // 6 km/h
  static final double MAX_STOP_SECONDS = 120;
  static final int HOURS = 30;

  private RunningTimeCalibration() {}

  /** One scheduled trip: km by road class, intermediate stops, scheduled seconds, departure. */
  record Row(String routeId, Map<String, Double> km, int stops, double seconds, int departure, double totalKm) {}

  /**
   * Fits the model, or returns empty when the feed has fewer than {@value #MIN_TRIPS} bus trips that can be routed
   * on the service date.
   */
  public static Optional<RunningTimeModel> fit(Feed feed, LocalDate date, Function<List<LatLon>, BusRoute> router) {
    return fit(feed, date, router, routeId -> true);
  }

  /** {@link #fit} on the trips of the routes {@code useRoute} accepts (to hold routes out and test on them). */
  public static Optional<RunningTimeModel> fit(Feed feed, LocalDate date, Function<List<LatLon>, BusRoute> router,
                                               java.util.function.Predicate<String> useRoute) {
    FeedIndex index = new FeedIndex(feed);
    ServiceDays days = ServiceDays.of(feed);
    StopTimes st = feed.stopTimes();
    Map<String, Optional<BusRoute>> routed = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    for (int t = 0; t < st.tripIds().size(); t++) {
      Trip trip = index.trip(st.tripIds().get(t));
      Route route = trip == null ? null : index.route(trip.routeId());
      if (route == null || !isBus(route) || !useRoute.test(route.id()) || !days.runs(trip.serviceId(), date)) {
        continue;
      }
      int first = st.firstRowOfTrip(t);
      int n = st.rowCountOfTrip(t);
      int departure = st.departure(first) != StopTimes.MISSING ? st.departure(first) : st.arrival(first);
      int last = first + n - 1;
      int arrival = st.arrival(last) != StopTimes.MISSING ? st.arrival(last) : st.departure(last);
      if (n < 2 || departure == StopTimes.MISSING || arrival == StopTimes.MISSING || arrival <= departure) {
        continue;
      }
      List<String> ids = new ArrayList<>(n);
      for (int r = first; r <= last; r++) {
        ids.add(st.stopId(r));
      }
      Optional<BusRoute> path = routed.computeIfAbsent(String.join("\u0000", ids), k -> route(index, ids, router));
      if (path.isEmpty()) {
        continue;
      }
      Map<String, Double> km = new TreeMap<>();
      double total = 0;
      for (BusLeg leg : path.get().legs()) {
        if (leg.metersByRoadClass().isEmpty()) {
          km.merge(RunningTimeModel.OTHER, leg.meters() / 1000, Double::sum);
        } else {
          leg.metersByRoadClass().forEach((c, m) -> km.merge(c, m / 1000, Double::sum));
        }
        total += leg.meters() / 1000;
      }
      if (total > 0) {
        rows.add(new Row(trip.routeId(), km, n - 2, arrival - departure, departure, total));
      }
    }
    int unroutable = (int) routed.values().stream().filter(Optional::isEmpty).count();
    if (rows.size() < MIN_TRIPS) {
      return Optional.empty();
    }
    return Optional.of(fit(rows, routed.size(), unroutable));
  }

  static boolean isBus(Route r) {
    return r.type() == Route.BUS || r.type() == 11 || (r.type() >= 700 && r.type() < 800);
  }

  private static Optional<BusRoute> route(FeedIndex index, List<String> ids, Function<List<LatLon>, BusRoute> router) {
    List<LatLon> points = new ArrayList<>(ids.size());
    for (String id : ids) {
      Stop s = index.stop(id);
      if (s == null || !s.hasCoordinates()) {
        return Optional.empty();
      }
      points.add(new LatLon(s.lat(), s.lon()));
    }
    BusRoute r = router.apply(points);
    return r.ok() && r.legs().size() == ids.size() - 1 ? Optional.of(r) : Optional.empty();
  }

  /** Paces per road class and the time per stop. */
  record Base(Map<String, Double> pace, double stop) {}

  /**
   * The fit: base paces and hour factors in turn (least squares on the times divided by their hour's factor, then
   * each hour's factor as scheduled over predicted) until the factors settle, then scaled so that the trips' mean
   * factor is 1 (the base is the average hour).
   */
  static RunningTimeModel fit(List<Row> rows, int patterns, int unroutable) {
    double[] factors = new double[HOURS];
    java.util.Arrays.fill(factors, 1.0);
    double[] target = new double[rows.size()];
    boolean[] fitted = new boolean[HOURS];
    Base base = null;
    for (int iteration = 0; iteration < 50; iteration++) {
      for (int i = 0; i < rows.size(); i++) {
        target[i] = rows.get(i).seconds() / factors[hour(rows.get(i))];
      }
      base = fitBase(rows, target);
      double[] scheduled = new double[HOURS];
      double[] predicted = new double[HOURS];
      int[] count = new int[HOURS];
      for (Row r : rows) {
        int h = hour(r);
        scheduled[h] += r.seconds();
        predicted[h] += predict(r, base.pace(), base.stop());
        count[h]++;
      }
      double change = 0;
      for (int h = 0; h < HOURS; h++) {
        fitted[h] = count[h] >= MIN_TRIPS_PER_HOUR && predicted[h] > 0;
        double f = fitted[h] ? scheduled[h] / predicted[h] : 1.0;
        change = Math.max(change, Math.abs(f - factors[h]));
        factors[h] = f;
      }
      if (change < 1e-9) {
        break;
      }
    }
    // The trips' mean factor becomes 1: the base paces describe the average hour (hours without enough trips to
    // fit keep the base).
    double mean = 0;
    for (Row r : rows) {
      mean += factors[hour(r)];
    }
    mean /= rows.size();
    Map<String, Double> pace = new TreeMap<>();
    for (Map.Entry<String, Double> e : base.pace().entrySet()) {
      // Held within the plausible range after scaling too.
      pace.put(e.getKey(), Math.max(FASTEST_SECONDS_PER_KM, Math.min(SLOWEST_SECONDS_PER_KM, e.getValue() * mean)));
    }
    double stop = base.stop() * mean;
    for (int h = 0; h < HOURS; h++) {
      factors[h] = fitted[h] ? factors[h] / mean : 1.0;
    }
    double error = 0;
    double allKm = 0;
    double allHours = 0;
    Map<String, double[]> byRoute = new TreeMap<>();
    for (Row r : rows) {
      double p = predict(r, pace, stop) * factors[hour(r)];
      error += Math.abs(p - r.seconds()) / r.seconds();
      allKm += r.totalKm();
      allHours += r.seconds() / 3600;
      double[] kmHours = byRoute.computeIfAbsent(r.routeId(), k -> new double[2]);
      kmHours[0] += r.totalKm();
      kmHours[1] += r.seconds() / 3600;
    }
    double slowest = Double.MAX_VALUE;
    double fastest = 0;
    for (double[] kmHours : byRoute.values()) {
      double v = kmHours[0] / kmHours[1];
      slowest = Math.min(slowest, v);
      fastest = Math.max(fastest, v);
    }
    RunningTimeModel.Fit fit = new RunningTimeModel.Fit(patterns, unroutable, rows.size(), byRoute.size(),
        100 * error / rows.size(), slowest, allKm / allHours, fastest);
    return new RunningTimeModel(pace, stop, factors, fit);
  }

  private static int hour(Row r) {
    return Math.max(0, Math.min(HOURS - 1, r.departure() / 3600));
  }

  /** Least squares of the targets on km by road class and stops, with pooling and clamping (see the class). */
  static Base fitBase(List<Row> rows, double[] target) {
    Map<String, Double> kmByClass = new TreeMap<>();
    double allKm = 0;
    for (Row r : rows) {
      r.km().forEach((c, k) -> kmByClass.merge(c, k, Double::sum));
      allKm += r.totalKm();
    }
    TreeSet<String> own = new TreeSet<>();
    for (Map.Entry<String, Double> e : kmByClass.entrySet()) {
      if (!e.getKey().equals(RunningTimeModel.OTHER) && e.getValue() >= allKm * MIN_CLASS_SHARE_PERCENT / 100) {
        own.add(e.getKey());
      }
    }
    Double fixedStop = null;
    Double fixedOther = null;
    while (true) {
      List<String> columns = new ArrayList<>(own);
      boolean pooled = rows.stream().anyMatch(r -> pooledKm(r, own) > 0);
      if (pooled && fixedOther == null) {
        columns.add(RunningTimeModel.OTHER);
      }
      double[] adjusted = target;
      if (pooled && fixedOther != null) {
        adjusted = new double[target.length];
        for (int i = 0; i < target.length; i++) {
          adjusted[i] = target[i] - fixedOther * pooledKm(rows.get(i), own);
        }
      }
      double[] beta = columns.isEmpty() && fixedStop != null ? new double[0]
          : solve(rows, adjusted, columns, own, fixedStop);
      if (beta == null) {
        if (!own.isEmpty()) {
          // Singular (two classes always driven together): pool the class with the fewest kilometres.
          own.remove(smallest(own, kmByClass));
        } else if (fixedStop == null) {
          // Every trip alike: the stop time cannot be told from the pace; take none apart.
          fixedStop = 0.0;
        } else {
          throw new IllegalStateException("running times cannot be fitted: no kilometres in the trips");
        }
        continue;
      }
      Map<String, Double> pace = new TreeMap<>();
      for (int i = 0; i < columns.size(); i++) {
        pace.put(columns.get(i), beta[i]);
      }
      double stop = fixedStop != null ? fixedStop : beta[columns.size()];
      if (fixedOther != null) {
        pace.put(RunningTimeModel.OTHER, fixedOther);
      }
      String implausible = null;
      for (String c : own) {
        double p = pace.get(c);
        if ((p < FASTEST_SECONDS_PER_KM || p > SLOWEST_SECONDS_PER_KM)
            && (implausible == null || kmByClass.get(c) < kmByClass.get(implausible))) {
          implausible = c;
        }
      }
      if (implausible != null) {
        own.remove(implausible);
        continue;
      }
      Double other = pace.get(RunningTimeModel.OTHER);
      if (fixedOther == null && other != null
          && (other < FASTEST_SECONDS_PER_KM || other > SLOWEST_SECONDS_PER_KM)) {
        // The pooled roads themselves come out implausible: hold them at the nearest plausible pace.
        fixedOther = Math.max(FASTEST_SECONDS_PER_KM, Math.min(SLOWEST_SECONDS_PER_KM, other));
        continue;
      }
      if (fixedStop == null && (stop < 0 || stop > MAX_STOP_SECONDS)) {
        fixedStop = Math.max(0, Math.min(MAX_STOP_SECONDS, stop));
        continue;
      }
      if (!pace.containsKey(RunningTimeModel.OTHER)) {
        // No pooled kilometres in the data: classes never seen take the network's mean pace.
        double driving = 0;
        for (int i = 0; i < rows.size(); i++) {
          driving += target[i] - stop * rows.get(i).stops();
        }
        pace.put(RunningTimeModel.OTHER, Math.max(FASTEST_SECONDS_PER_KM, driving / allKm));
      }
      return new Base(pace, stop);
    }
  }

  private static double predict(Row r, Map<String, Double> pace, double stop) {
    double s = stop * r.stops();
    for (Map.Entry<String, Double> e : r.km().entrySet()) {
      s += e.getValue() * pace.getOrDefault(e.getKey(), pace.get(RunningTimeModel.OTHER));
    }
    return s;
  }

  private static double pooledKm(Row r, TreeSet<String> own) {
    double k = 0;
    for (Map.Entry<String, Double> e : r.km().entrySet()) {
      if (!own.contains(e.getKey())) {
        k += e.getValue();
      }
    }
    return k;
  }

  private static String smallest(TreeSet<String> classes, Map<String, Double> km) {
    String best = null;
    for (String c : classes) {
      if (best == null || km.get(c) < km.get(best)) {
        best = c;
      }
    }
    return best;
  }

  /**
   * Least squares for the paces of {@code columns} (the last may be the pooled class) plus, unless
   * {@code fixedStop} is given, the time per stop. Returns null when the normal equations are singular.
   */
  private static double[] solve(List<Row> rows, double[] target, List<String> columns, TreeSet<String> own,
                                Double fixedStop) {
    int k = columns.size() + (fixedStop == null ? 1 : 0);
    double[][] a = new double[k][k + 1];
    double[] x = new double[k];
    for (int row = 0; row < rows.size(); row++) {
      Row r = rows.get(row);
      for (int i = 0; i < columns.size(); i++) {
        String c = columns.get(i);
        x[i] = c.equals(RunningTimeModel.OTHER) ? pooledKm(r, own) : r.km().getOrDefault(c, 0.0);
      }
      if (fixedStop == null) {
        x[k - 1] = r.stops();
      }
      double y = target[row] - (fixedStop == null ? 0 : fixedStop * r.stops());
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          a[i][j] += x[i] * x[j];
        }
        a[i][k] += x[i] * y;
      }
    }
    // Gaussian elimination with partial pivoting.
    for (int col = 0; col < k; col++) {
      int pivot = col;
      for (int r = col + 1; r < k; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      double scale = 0;
      for (int r = 0; r < k; r++) {
        scale = Math.max(scale, Math.abs(a[r][r]));
      }
      if (Math.abs(a[pivot][col]) <= 1e-9 * Math.max(1, scale)) {
        return null;
      }
      double[] tmp = a[col];
      a[col] = a[pivot];
      a[pivot] = tmp;
      for (int r = 0; r < k; r++) {
        if (r != col) {
          double f = a[r][col] / a[col][col];
          for (int c = col; c <= k; c++) {
            a[r][c] -= f * a[col][c];
          }
        }
      }
    }
    double[] beta = new double[k];
    for (int i = 0; i < k; i++) {
      beta[i] = a[i][k] / a[i][i];
    }
    return beta;
  }

}
