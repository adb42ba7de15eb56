package dev.loopline.planner.routing;

import dev.loopline.osm.district.Districts;
import java.util.Optional;

/** Names the district a point lies in, for "which districts does this trip pass through". */
@FunctionalInterface
public interface DistrictLocator {
  Optional<DistrictName> at(double lat, double lon);

  /** For networks built without districts. */
  static DistrictLocator none() {
    return (lat, lon) -> Optional.empty();
  }

  /** Looks points up in the network's districts. */
  static DistrictLocator of(Districts districts) {
    return (lat, lon) -> districts.locate(lat, lon).map(d -> new DistrictName(d.id(), d.name(), d.nameEn()));
  }
}
