package dev.loopline.planner.cli;

import dev.loopline.gtfs.geo.CoordinateSystem;
import dev.loopline.planner.app.LooplineSettings;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where every command-line option gets its default: the one settings tree ({@link LooplineSettings}, with the
 * overrides of a {@code loopline.yaml}). The table below says which option shows which setting; no default is written
 * as a string in the commands. Options not in the table have no default. A key {@code "* --option"} serves the option
 * in every command that has it (the shared mixins).
 */
final class SettingsDefaults implements CommandLine.IDefaultValueProvider {
  /** "command --option" to the setting, as the option's text. */
  private static final Map<String, Function<LooplineSettings, String>> OPTIONS = Map.ofEntries(
      Map.entry("merge --brand", s -> s.merge().brand()),
      Map.entry("merge --brand-en", s -> s.merge().brandEn()),
      Map.entry("merge --dedup-distance", s -> number(s.merge().dedupDistanceMeters())),
      Map.entry("merge --link-distance", s -> number(s.merge().linkDistanceMeters())),
      Map.entry("build --transfer-distance", s -> number(s.build().transferDistanceMeters()) + "m"),
      Map.entry("build --walk-speed", s -> number(s.build().walkSpeedMps())),
      Map.entry("build --interpolate", s -> s.build().interpolation()),
      Map.entry("plan --window", s -> s.plan().windowMinutes() + "m"),
      Map.entry("plan --max-walk", s -> number(s.plan().maxWalkMeters()) + "m"),
      Map.entry("plan --max-access-walk", s -> s.plan().maxAccessWalkMinutes() + "m"),
      Map.entry("plan --walk-speed", s -> number(s.plan().walkSpeedMps())),
      Map.entry("plan --max-transfers", s -> String.valueOf(s.plan().maxTransfers())),
      Map.entry("plan --itineraries", s -> String.valueOf(s.plan().itineraries())),
      Map.entry("plan --lang", s -> s.plan().lang()),
      Map.entry("stops --limit", s -> String.valueOf(s.plan().stopsListed())),
      // The simulation mixin (evaluate and export): whichever command carries it.
      Map.entry("* --traffic-factor", s -> number(s.evaluate().trafficFactor())),
      Map.entry("* --dwell", s -> String.valueOf(s.evaluate().dwellSeconds())),
      // The scoring mixin (evaluate and compare).
      Map.entry("* --bus-meters", s -> join(s.evaluate().busMeters())),
      Map.entry("* --rail-meters", s -> String.valueOf(s.evaluate().railMeters())),
      Map.entry("* --origin-zone", s -> number(s.evaluate().originZoneMeters())),
      Map.entry("sample --seed", s -> String.valueOf(s.sample().seed())),
      Map.entry("sample --scale", s -> String.valueOf(s.sample().scale())),
      Map.entry("sample --render-width", s -> String.valueOf(s.sample().renderWidth())),
      Map.entry("demo --dir", s -> s.demo().dir()),
      Map.entry("demo --origin-zone", s -> number(s.demo().originZoneMeters())),
      Map.entry("validate --crs", s -> CoordinateSystem.WGS84.name().toLowerCase(Locale.ROOT)));

  private final java.util.function.Supplier<LooplineSettings> source;
  private LooplineSettings settings;

  /** Defaults from {@link LooplineSettings#current()}: {@code loopline.yaml} if there is one, else the built-in ones. */
  SettingsDefaults() {
    this(LooplineSettings::current);
  }

  SettingsDefaults(java.util.function.Supplier<LooplineSettings> source) {
    this.source = source;
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    if (!(arg instanceof OptionSpec option) || arg.command() == null) {
      return null;
    }
    Function<LooplineSettings, String> f = OPTIONS.get(arg.command().name() + " " + option.longestName());
    if (f == null) {
      f = OPTIONS.get("* " + option.longestName());
    }
    return f == null ? null : f.apply(settings());
  }

  private LooplineSettings settings() {
    if (settings == null) {
      settings = source.get();
    }
    return settings;
  }

  /** 1.3 as "1.3", 1000.0 as "1000". */
  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }

  private static String join(List<Integer> values) {
    return String.join(",", values.stream().map(String::valueOf).toList());
  }
}
