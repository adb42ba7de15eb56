package dev.loopline.planner.app;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.loopline.gtfs.merge.MergeOptions;
import dev.loopline.osm.StreetConfig;
import dev.loopline.osm.StreetNetwork;
import dev.loopline.planner.proposal.SimulationSettings;
import dev.loopline.planner.routing.TripRequest;
import dev.loopline.planner.transit.Interpolation;
import dev.loopline.planner.score.AccessibilitySettings;
import dev.loopline.planner.score.CoverageSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every default a user can change, in one tree: what {@code loopline} uses when an option is not given. The values
 * come from the domain records that own them (each defined once there, e.g. {@link TripRequest#DEFAULT_MAX_WALK_METERS},
 * {@link SimulationSettings#DEFAULTS}); a {@code loopline.yaml} may override any of them. Every key is documented in
 * {@code docs/loopline.example.yaml}.
 *
 * <p>The command line reads its option defaults from here (no default is written twice), and the web can show and
 * use the same values.
 *
 * @param merge    {@code loopline merge}
 * @param build    {@code loopline build}
 * @param plan     {@code loopline plan}
 * @param evaluate {@code loopline evaluate} and {@code export} (simulation) and {@code demo}
 * @param sample   {@code loopline sample}
 * @param demo     {@code loopline demo}
 */
public record LooplineSettings(Merge merge, Build build, Plan plan, Evaluate evaluate, Sample sample, Demo demo) {

  /** The file looked for in the working folder when {@code LOOPLINE_CONFIG} names none. */
  public static final String FILE_NAME = "loopline.yaml";

  /**
   * The demo groups accessibility origins into 1 km zones, so that its first run (a baseline and nine scenarios)
   * takes about a minute rather than ten; {@code evaluate} works at full grid resolution by default.
   */
  public static final double DEMO_ORIGIN_ZONE_METERS = 1000;

  /** The built-in defaults. */
  public static final LooplineSettings DEFAULTS = new LooplineSettings(
      new Merge(MergeOptions.DEFAULT_BRAND, MergeOptions.DEFAULT_BRAND_EN, MergeOptions.DEFAULT_DEDUP_METERS,
          MergeOptions.DEFAULT_LINK_METERS),
      new Build(StreetNetwork.DEFAULT_TRANSFER_METERS, StreetConfig.DEFAULT_WALK_SPEED_MPS,
          Interpolation.DISTANCE.id()),
      new Plan(TripRequest.DEFAULT_WINDOW.toMinutes(), TripRequest.DEFAULT_MAX_WALK_METERS,
          TripRequest.DEFAULT_MAX_ACCESS_WALK.toMinutes(), TripRequest.DEFAULT_WALK_SPEED,
          TripRequest.DEFAULT_MAX_TRANSFERS, TripRequest.DEFAULT_MAX_ITINERARIES, "zh", 20),
      new Evaluate(SimulationSettings.DEFAULTS.trafficFactor(), SimulationSettings.DEFAULTS.dwellSeconds(),
          CoverageSettings.DEFAULTS.busMeters(), CoverageSettings.DEFAULTS.railMeters(),
          AccessibilitySettings.DEFAULT_ORIGIN_ZONE_METERS),
      new Sample(20261126L, 1, 1400),
      new Demo("work", DEMO_ORIGIN_ZONE_METERS));

  /** Merging district feeds. */
  public record Merge(String brand, String brandEn, double dedupDistanceMeters, double linkDistanceMeters) {}

  /** Building a network directory. */
  public record Build(double transferDistanceMeters, double walkSpeedMps, String interpolation) {}

  /**
   * Planning trips.
   *
   * @param lang        names in itineraries: {@code zh} (the feed's own) or {@code en} (from translations.txt)
   * @param stopsListed most stops {@code loopline stops} lists
   */
  public record Plan(long windowMinutes, double maxWalkMeters, long maxAccessWalkMinutes, double walkSpeedMps,
                     int maxTransfers, int itineraries, String lang, int stopsListed) {}

  /** Scoring proposals (and simulating their timetables, also for export). */
  public record Evaluate(double trafficFactor, int dwellSeconds, List<Integer> busMeters, int railMeters,
                         double originZoneMeters) {
    public Evaluate {
      busMeters = List.copyOf(busMeters);
    }

    /** How proposals' timetables are simulated: these traffic factor and dwell, calibrated on the feed's buses. */
    public SimulationSettings simulation() {
      return Settings.simulation(trafficFactor, dwellSeconds, true);
    }

    /** The walking distances that count as covered. */
    public CoverageSettings coverage() {
      return Settings.coverage(busMeters, railMeters);
    }

    /** Accessibility with these origin zones. */
    public AccessibilitySettings accessibility() {
      return Settings.accessibility(originZoneMeters);
    }
  }

  /** The synthetic sample: the documented seed (the day the generator was specified), scale and map width. */
  public record Sample(long seed, int scale, int renderWidth) {}

  /** The demo: its work directory and the origin zones of its accessibility (0: full grid resolution). */
  public record Demo(String dir, double originZoneMeters) {}

  /**
   * The defaults with a {@code loopline.yaml}'s overrides: the file {@code LOOPLINE_CONFIG} names, else
   * {@code loopline.yaml} in the working folder if there is one, else the built-in defaults.
   *
   * @throws InvalidRequestException naming file, line and key of an unknown key or a value of the wrong kind
   */
  public static LooplineSettings current() {
    String env = System.getenv("LOOPLINE_CONFIG");
    if (env != null && !env.isBlank()) {
      return load(Path.of(env));
    }
    Path here = Path.of(FILE_NAME);
    return Files.isRegularFile(here) ? load(here) : DEFAULTS;
  }

  /**
   * The defaults with the overrides of one YAML file. Keys are {@code section.key} as in
   * {@code docs/loopline.example.yaml}; a key not listed there is refused, so that a typo does not pass silently.
   *
   * @throws InvalidRequestException naming file, line and key of an unknown key, a value of the wrong kind, or a file
   *     that cannot be read
   */
  public static LooplineSettings load(Path file) {
    Map<String, Value> values = read(file);
    Overrides o = new Overrides(file, values);
    LooplineSettings d = DEFAULTS;
    LooplineSettings s = new LooplineSettings(
        new Merge(o.text("merge.brand", d.merge().brand()), o.text("merge.brand_en", d.merge().brandEn()),
            o.number("merge.dedup_distance_m", d.merge().dedupDistanceMeters()),
            o.number("merge.link_distance_m", d.merge().linkDistanceMeters())),
        new Build(o.number("build.transfer_distance_m", d.build().transferDistanceMeters()),
            o.number("build.walk_speed_mps", d.build().walkSpeedMps()),
            o.text("build.interpolate", d.build().interpolation())),
        new Plan(o.whole("plan.window_min", d.plan().windowMinutes()),
            o.number("plan.max_walk_m", d.plan().maxWalkMeters()),
            o.whole("plan.max_access_walk_min", d.plan().maxAccessWalkMinutes()),
            o.number("plan.walk_speed_mps", d.plan().walkSpeedMps()),
            (int) o.whole("plan.max_transfers", d.plan().maxTransfers()),
            (int) o.whole("plan.itineraries", d.plan().itineraries()),
            o.text("plan.lang", d.plan().lang()),
            (int) o.whole("plan.stops_listed", d.plan().stopsListed())),
        new Evaluate(o.number("evaluate.traffic_factor", d.evaluate().trafficFactor()),
            (int) o.whole("evaluate.dwell_s", d.evaluate().dwellSeconds()),
            o.wholes("evaluate.bus_meters", d.evaluate().busMeters()),
            (int) o.whole("evaluate.rail_meters", d.evaluate().railMeters()),
            o.number("evaluate.origin_zone_m", d.evaluate().originZoneMeters())),
        new Sample(o.whole("sample.seed", d.sample().seed()), (int) o.whole("sample.scale", d.sample().scale()),
            (int) o.whole("sample.render_width_px", d.sample().renderWidth())),
        new Demo(o.text("demo.dir", d.demo().dir()), o.number("demo.origin_zone_m", d.demo().originZoneMeters())));
    o.refuseUnknown();
    return s;
  }

  /** A scalar or a list of scalars, where the file has it. */
  private record Value(int line, String text, List<String> list) {}

  /** Reads {@code section: {key: value}} (two levels) keeping the line of every value. */
  private static Map<String, Value> read(Path file) {
    Map<String, Value> out = new LinkedHashMap<>();
    try (JsonParser p = new YAMLFactory().createParser(file.toFile())) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return out;
      }
      if (t != JsonToken.START_OBJECT) {
        throw bad(file, p, null, "expected sections such as 'plan:' at the top level");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String section = p.currentName();
        if (p.nextToken() != JsonToken.START_OBJECT) {
          throw bad(file, p, section, "expected keys under '" + section + ":'");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = section + "." + p.currentName();
          JsonToken v = p.nextToken();
          int line = p.currentTokenLocation().getLineNr();
          if (v == JsonToken.START_ARRAY) {
            List<String> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
              if (!p.currentToken().isScalarValue()) {
                throw bad(file, p, key, "expected a list of values");
              }
              items.add(p.getText());
            }
            out.put(key, new Value(line, null, items));
          } else if (v.isScalarValue()) {
            out.put(key, new Value(line, v == JsonToken.VALUE_NULL ? null : p.getText(), null));
          } else {
            throw bad(file, p, key, "expected a value, not a section");
          }
        }
      }
    } catch (NoSuchFileException e) {
      throw InvalidRequestException.general(file + ": file not found");
    } catch (IOException e) {
      throw InvalidRequestException.general(file + ": not valid YAML: " + e.getMessage().lines().findFirst()
          .orElse(""));
    }
    return out;
  }

  private static InvalidRequestException bad(Path file, JsonParser p, String key, String problem) {
    return InvalidRequestException.general(file + ":" + p.currentTokenLocation().getLineNr() + ": "
        + (key == null ? "" : key + ": ") + problem);
  }

  /** Takes the values of known keys, with errors naming file, line and key. */
  private static final class Overrides {
    private final Path file;
    private final Map<String, Value> values;
    private final java.util.Set<String> used = new java.util.HashSet<>();

    Overrides(Path file, Map<String, Value> values) {
      this.file = file;
      this.values = values;
    }

    private Value take(String key) {
      used.add(key);
      return values.get(key);
    }

    private InvalidRequestException wrong(String key, Value v, String problem) {
      return InvalidRequestException.general(file + ":" + v.line() + ": " + key + ": " + problem);
    }

    String text(String key, String fallback) {
      Value v = take(key);
      if (v == null) {
        return fallback;
      }
      if (v.text() == null) {
        throw wrong(key, v, "expected a text");
      }
      return v.text();
    }

    double number(String key, double fallback) {
      Value v = take(key);
      if (v == null) {
        return fallback;
      }
      try {
        return Double.parseDouble(v.text() == null ? "" : v.text());
      } catch (NumberFormatException e) {
        throw wrong(key, v, "expected a number, got '" + v.text() + "'");
      }
    }

    long whole(String key, long fallback) {
      Value v = take(key);
      if (v == null) {
        return fallback;
      }
      try {
        return Long.parseLong(v.text() == null ? "" : v.text());
      } catch (NumberFormatException e) {
        throw wrong(key, v, "expected a whole number, got '" + v.text() + "'");
      }
    }

    List<Integer> wholes(String key, List<Integer> fallback) {
      Value v = take(key);
      if (v == null) {
        return fallback;
      }
      if (v.list() == null) {
        throw wrong(key, v, "expected a list such as [300, 500]");
      }
      List<Integer> out = new ArrayList<>();
      for (String item : v.list()) {
        try {
          out.add(Integer.parseInt(item));
        } catch (NumberFormatException e) {
          throw wrong(key, v, "expected whole numbers, got '" + item + "'");
        }
      }
      return out;
    }

    void refuseUnknown() {
      for (Map.Entry<String, Value> e : values.entrySet()) {
        if (!used.contains(e.getKey())) {
          throw wrong(e.getKey(), e.getValue(), "unknown key (see docs/loopline.example.yaml for every key)");
        }
      }
    }
  }
}
