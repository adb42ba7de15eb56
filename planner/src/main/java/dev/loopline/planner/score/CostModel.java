package dev.loopline.planner.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.loopline.planner.proposal.FieldReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Unit costs and ridership assumptions from a {@code costs.yaml} file. The shipped default
 * ({@code dev/loopline/planner/score/costs.yaml}) holds plausible Chongqing-like values that are assumptions, said
 * so in the file; districts that negotiate a subsidy replace them with their operators' own figures. Costs are
 * split three ways because they scale differently: with distance (energy, maintenance), with time in service
 * (drivers) and with the peak fleet (buying and keeping the buses).
 *
 * @param source where the values came from (a file name, or {@code default costs.yaml})
 */
public record CostModel(String currency, double perVehicleKm, double perVehicleHour, double perVehicleYear,
                        double serviceDaysPerYear, double crossDistrictRatePerVkm, double defaultFare,
                        double tripsPerResidentPerDay, double lineShare, double referenceDeparturesPerDay,
                        double serviceElasticity, String source) {

  private static final String RESOURCE = "/dev/loopline/planner/score/costs.yaml";
  private static final Set<String> KEYS = Set.of("currency", "per_vehicle_km", "per_vehicle_hour",
      "per_vehicle_year", "service_days_per_year", "cross_district_rate_per_vkm", "default_fare", "ridership");

  /** The shipped assumptions. */
  public static CostModel defaults() {
    try (InputStream in = CostModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new ObjectMapper(new YAMLFactory()).readTree(in), "default costs.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a cost file; every mistake names the file and the key. */
  public static CostModel load(Path file) {
    return parse(FieldReader.readTree(file, "cost file"), file.toString());
  }

  static CostModel parse(JsonNode root, String file) {
    FieldReader f = new FieldReader(file);
    ObjectNode top = f.object(root, "");
    f.onlyKeys(top, "", KEYS);
    String currency = f.text(top, "currency", true);
    double km = nonNegative(f, top, "per_vehicle_km", "");
    double hour = nonNegative(f, top, "per_vehicle_hour", "");
    double year = nonNegative(f, top, "per_vehicle_year", "");
    double days = f.number(top, "service_days_per_year", true, 0);
    if (days <= 0 || days > 366) {
      throw f.error("service_days_per_year", "must be between 1 and 366, got " + FieldReader.plain(days));
    }
    double rate = nonNegative(f, top, "cross_district_rate_per_vkm", "");
    double fare = nonNegative(f, top, "default_fare", "");
    ObjectNode r = f.object(f.required(top, "ridership", ""), "ridership");
    f.onlyKeys(r, "ridership", Set.of("trips_per_resident_per_day", "line_share", "reference_departures_per_day",
        "service_elasticity"));
    double trips = nonNegative(f, r, "trips_per_resident_per_day", "ridership");
    double share = nonNegative(f, r, "line_share", "ridership");
    if (share > 1) {
      throw f.error("ridership.line_share", "is a share and must be at most 1, got " + FieldReader.plain(share));
    }
    double reference = f.number(r, "reference_departures_per_day", true, 0, "ridership");
    if (!(reference > 0)) {
      throw f.error("ridership.reference_departures_per_day", "must be positive, got " + FieldReader.plain(reference));
    }
    double elasticity = nonNegative(f, r, "service_elasticity", "ridership");
    if (elasticity > 2) {
      throw f.error("ridership.service_elasticity", "must be at most 2 (the literature's values lie between 0.2 and"
          + " 1.0), got " + FieldReader.plain(elasticity));
    }
    return new CostModel(currency, km, hour, year, days, rate, fare, trips, share, reference, elasticity, file);
  }

  private static double nonNegative(FieldReader f, ObjectNode o, String key, String at) {
    double v = f.number(o, key, true, 0, at);
    if (v < 0) {
      throw f.error(FieldReader.path(at, key), "must not be negative, got " + FieldReader.plain(v));
    }
    return v;
  }

  /** Representative weeks per year: a year of service is this many times a week's. */
  public double weeksPerYear() {
    return serviceDaysPerYear / 7.0;
  }

  /**
   * How a line's service scales the reference line share: {@code (departures / reference)^elasticity}, a constant
   * service elasticity (see docs/methods.md for the sources of the default 0.4).
   *
   * @param departuresPerDirection departures per direction on the day
   */
  public double serviceFactor(double departuresPerDirection) {
    if (!(departuresPerDirection > 0)) {
      return 0;
    }
    return Math.pow(departuresPerDirection / referenceDeparturesPerDay, serviceElasticity);
  }

  /**
   * Estimated boardings on one operating day of a line whose stops serve {@code residents} within bus walking
   * distance and which runs {@code departuresPerDirection} departures each way that day: residents × trips per
   * resident × the reference line share × the service factor.
   */
  public double boardingsPerDay(double residents, double departuresPerDirection) {
    return residents * tripsPerResidentPerDay * lineShare * serviceFactor(departuresPerDirection);
  }
}
