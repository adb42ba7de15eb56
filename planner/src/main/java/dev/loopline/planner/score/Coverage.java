package dev.loopline.planner.score;

import java.util.List;

/**
 * Coverage of a network: per area ({@link #REGION}, {@link #BORDER_BELT}, then each district id), the residents,
 * jobs and area within network walking distance of a stop at each threshold, and the GB 50220-95 radius rates.
 */
public record Coverage(List<String> labels, List<AreaCoverage> areas) {
  public static final String REGION = "region";
  public static final String BORDER_BELT = "border_belt";

  public Coverage {
    labels = List.copyOf(labels);
    areas = List.copyOf(areas);
  }

  public AreaCoverage area(String name) {
    return areas.stream().filter(a -> a.area().equals(name)).findFirst().orElse(null);
  }
}
