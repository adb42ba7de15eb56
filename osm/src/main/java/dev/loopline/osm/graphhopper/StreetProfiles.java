package dev.loopline.osm.graphhopper;

import static com.graphhopper.json.Statement.If;

import com.graphhopper.GraphHopper;
import com.graphhopper.config.Profile;
import com.graphhopper.json.Statement;
import com.graphhopper.util.Constants;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.JsonFeatureCollection;
import com.graphhopper.util.TurnCostsConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * The two GraphHopper profiles Loopline imports, and the encoded values they need.
 *
 * <p>{@code walk} is time-only: every way with foot access is walked at one configured speed, priority is exactly 1
 * (or 0 when forbidden) and {@code distance_influence} is 0. So a GraphHopper weight equals walking seconds, which
 * is what lets a shortest-path tree (ordered by weight) be read as walking time.
 *
 * <p>{@code bus} is GraphHopper's own {@code bus.json} custom model with bus turn restrictions and a 60 s u-turn
 * cost, as GraphHopper's example configuration sets it up.
 */
final class StreetProfiles {
  static final String WALK = "walk";
  static final String BUS = "bus";

  /**
   * Every encoded value a profile uses, listed explicitly (GraphHopper 9+ refuses to guess them). GraphHopper 11's
   * bus.json reads road_access, max_weight, max_width, max_height, bus_access, road_class and car_average_speed; the
   * walk model reads foot_access, foot_road_access and road_environment; road_class and road_environment are also what
   * snap prevention reads.
   */
  static final String ENCODED_VALUES = String.join(", ",
      "foot_access", "foot_road_access", "road_class", "road_environment",
      "bus_access", "road_access", "car_average_speed", "max_weight", "max_width", "max_height");

  /** What a bus stop should not snap to when another road is within reach. */
  static final List<String> BUS_SNAP_PREVENTIONS = List.of("motorway", "tunnel", "bridge");

  static final int BUS_U_TURN_SECONDS = 60;

  private StreetProfiles() {}

  /** The walk model: foot access only, one speed, no distance penalty. */
  static CustomModel walkModel(double walkSpeedMps) {
    CustomModel model = new CustomModel();
    model.setDistanceInfluence(0d);
    model.addToPriority(If("!foot_access", Statement.Op.MULTIPLY, "0"));
    model.addToPriority(If("foot_road_access == NO", Statement.Op.MULTIPLY, "0"));
    // A ferry is transit, not walking: keep it out of walk times.
    model.addToPriority(If("road_environment == FERRY", Statement.Op.MULTIPLY, "0"));
    model.addToSpeed(If("true", Statement.Op.LIMIT, kmh(walkSpeedMps)));
    return model;
  }

  private static String kmh(double mps) {
    return new java.math.BigDecimal(mps * 3.6).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
  }

  /**
   * Both profiles as a GraphHopper config file would state them: walk with its model inline, bus naming bus.json.
   * {@link GraphHopper#resolveCustomModelFiles} (or {@code GraphHopper.init}) turns the file name into the model.
   */
  static List<Profile> declaredProfiles(double walkSpeedMps) {
    Profile walk = new Profile(WALK).setCustomModel(walkModel(walkSpeedMps));
    Profile bus = new Profile(BUS)
        .setTurnCostsConfig(new TurnCostsConfig(List.of("bus", "motor_vehicle"), BUS_U_TURN_SECONDS));
    // Like a profile read from config.yml: no inline model, only the file list.
    bus.getHints().remove(CustomModel.KEY);
    bus.putHint("custom_model_files", List.of("bus.json"));
    return List.of(walk, bus);
  }

  /**
   * Both profiles, resolved (bus.json loaded from GraphHopper's jar).
   *
   * @param customModelFolder a folder that does not contain a {@code bus.json} of its own (GraphHopper refuses to
   *     shadow its built-in file); the cache folder
   */
  static List<Profile> profiles(double walkSpeedMps, Path customModelFolder) {
    return GraphHopper.resolveCustomModelFiles(customModelFolder.toString(), declaredProfiles(walkSpeedMps),
        new JsonFeatureCollection());
  }

  /** Everything about the profiles that changes the imported graph or its weights, for the cache key. */
  static String signature(List<Profile> profiles) {
    StringBuilder sb = new StringBuilder();
    sb.append("graphhopper=").append(Constants.VERSION).append('\n');
    sb.append("encoded_values=").append(ENCODED_VALUES).append('\n');
    for (Profile p : profiles) {
      sb.append("profile=").append(p.getName())
          .append(" turn_costs=").append(p.hasTurnCosts() ? p.getTurnCostsConfig().toString() : "none")
          .append(" model=").append(p.getCustomModel().toString()).append('\n');
    }
    return sb.toString();
  }
}
