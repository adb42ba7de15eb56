package dev.loopline.planner.score;

import java.util.List;

/**
 * The unified network as it is: coverage, accessibility ({@code null} when not computed), loop figures and the
 * cost and split of its existing cross-border lines.
 */
public record BaselineScore(Coverage coverage, Accessibility accessibility, NetworkLoops loops,
                            List<ExistingLine> crossBorderLines) {
  public BaselineScore {
    crossBorderLines = List.copyOf(crossBorderLines);
  }
}
