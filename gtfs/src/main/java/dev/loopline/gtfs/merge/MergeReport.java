package dev.loopline.gtfs.merge;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.loopline.gtfs.io.AtomicFiles;
import dev.loopline.gtfs.io.NamedPath;
import dev.loopline.gtfs.io.OutputGuard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything the merge decided, for the people who must trust the unified feed: which stops were merged, linked
 * or kept apart (with distance and name score), which trips were kept once, which route names changed, what
 * {@code --repair} dropped or mended, and what else was adjusted. Serialised as JSON with a fixed key order and
 * sorted lists, so the same merge gives the same report byte for byte.
 */
@JsonPropertyOrder({"brand", "settings", "inputs", "output", "stopDecisions", "duplicateTrips", "routeRenames",
    "repairs", "adjustments"})
public record MergeReport(Brand brand, Settings settings, List<InputSummary> inputs, OutputSummary output,
                          List<StopDecision> stopDecisions, List<DuplicateTrip> duplicateTrips,
                          List<RouteRename> routeRenames, List<Repair> repairs, List<Adjustment> adjustments) {

  public MergeReport {
    inputs = List.copyOf(inputs);
    stopDecisions = List.copyOf(stopDecisions);
    duplicateTrips = List.copyOf(duplicateTrips);
    routeRenames = List.copyOf(routeRenames);
    repairs = List.copyOf(repairs);
    adjustments = List.copyOf(adjustments);
  }

  /** The unified network all routes were put in. */
  @JsonPropertyOrder({"networkId", "name", "nameEn", "publisherUrl"})
  public record Brand(String networkId, String name, String nameEn, String publisherUrl) {}

  /** The thresholds and constants the decisions used. */
  @JsonPropertyOrder({"dedupDistanceMeters", "linkDistanceMeters", "nameAgreement", "walkSpeedMetersPerSecond",
      "detourFactor", "repair"})
  public record Settings(double dedupDistanceMeters, double linkDistanceMeters, double nameAgreement,
                         double walkSpeedMetersPerSecond, double detourFactor, boolean repair) {}

  /** One input feed as read. */
  @JsonPropertyOrder({"feedId", "source", "agencies", "stops", "routes", "trips", "stopTimes", "errors",
      "warnings"})
  public record InputSummary(String feedId, String source, int agencies, int stops, int routes, int trips,
                             int stopTimes, long errors, long warnings) {}

  /** The unified feed. */
  @JsonPropertyOrder({"agencies", "stops", "routes", "trips", "stopTimes", "transfers", "shapes", "services",
      "startDate", "endDate", "feedVersion"})
  public record OutputSummary(int agencies, int stops, int routes, int trips, int stopTimes, int transfers,
                              int shapes, int services, String startDate, String endDate, String feedVersion) {}

  /** What happened to a pair of stops. */
  public enum StopOutcome {
    /** One stop now: the pair are twins. */
    MERGED,
    /** Two stops joined by transfers both ways. */
    LINKED,
    /** Two stops, no transfer added (the inputs forbid it). */
    APART
  }

  /**
   * The decision on one pair of stops of different feeds within the link distance.
   *
   * @param keptId            for MERGED, the id the pair is published under
   * @param minTransferTime   for LINKED, the transfer time in seconds
   */
  @JsonPropertyOrder({"outcome", "stopA", "stopB", "nameA", "nameB", "distanceMeters", "nameScore", "keptId",
      "minTransferTime", "reason"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record StopDecision(StopOutcome outcome, String stopA, String stopB, String nameA, String nameB,
                             double distanceMeters, double nameScore, String keptId, Integer minTransferTime,
                             String reason) {}

  /** A trip published by two feeds, kept once. */
  @JsonPropertyOrder({"keptTrip", "droppedTrip", "keptRoute", "droppedRoute", "stops", "serviceDays", "reason"})
  public record DuplicateTrip(String keptTrip, String droppedTrip, String keptRoute, String droppedRoute, int stops,
                              int serviceDays, String reason) {}

  /** A route whose short name clashed with another operator's. */
  @JsonPropertyOrder({"routeId", "agencyId", "feedId", "from", "to", "clashesWith"})
  public record RouteRename(String routeId, String agencyId, String feedId, String from, String to,
                            List<String> clashesWith) {}

  /** Something {@code --repair} dropped or mended in an input, where it was and why. */
  @JsonPropertyOrder({"feedId", "file", "line", "field", "action", "reason"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Repair(String feedId, String file, long line, String field, String action, String reason) {}

  /** Any other change the merge made to keep the unified feed consistent. */
  @JsonPropertyOrder({"file", "id", "action", "reason"})
  public record Adjustment(String file, String id, String action, String reason) {}

  /** Number of stops that disappeared into a twin. */
  public long mergedStops() {
    return stopDecisions.stream().filter(d -> d.outcome() == StopOutcome.MERGED)
        .map(d -> d.stopA().equals(d.keptId()) ? d.stopB() : d.stopA()).distinct().count();
  }

  /** Number of routes dropped because no trip runs on them. */
  public long droppedRoutes() {
    return adjustments.stream().filter(a -> a.file().equals("routes.txt") && a.action().equals("dropped")).count();
  }

  public long linkedPairs() {
    return stopDecisions.stream().filter(d -> d.outcome() == StopOutcome.LINKED).count();
  }

  /** The decision on a pair, in either order, or {@code null} when the pair was not within the link distance. */
  public StopDecision decision(String stopA, String stopB) {
    for (StopDecision d : stopDecisions) {
      if ((d.stopA().equals(stopA) && d.stopB().equals(stopB)) || (d.stopA().equals(stopB) && d.stopB().equals(stopA))) {
        return d;
      }
    }
    return null;
  }

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .build();

  /** The report as pretty-printed JSON ending in a newline. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@link #toJson()} to {@code file} atomically: readers see the old file or the whole new one. */
  public void write(Path file) throws IOException {
    OutputGuard.checkFile(new NamedPath("merge report", file));
    AtomicFiles.writeString(file, toJson());
  }

  static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }

  static double round3(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
