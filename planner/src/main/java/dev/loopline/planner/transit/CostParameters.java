package dev.loopline.planner.transit;

/**
 * Weights of the generalized cost, the third criterion of the multi-criteria search besides arrival time and
 * number of transfers. The cost is "equivalent seconds of riding": a minute of walking counts as
 * {@code walkReluctance} minutes, a minute of waiting as {@code waitReluctance} minutes, each boarding adds a
 * fixed penalty (more for a transfer than for the first boarding). These reflect the common finding that riders
 * dislike walking and waiting about twice as much as riding, and avoid changing vehicles.
 *
 * @param walkReluctance    cost of one second of walking
 * @param waitReluctance    cost of one second of waiting at a stop
 * @param transitReluctance cost of one second on board
 * @param boardCostSeconds  penalty of the first boarding
 * @param transferCostSeconds extra penalty of every later boarding (a transfer)
 */
public record CostParameters(double walkReluctance, double waitReluctance, double transitReluctance,
                             int boardCostSeconds, int transferCostSeconds) {

  /** Walk ×2, wait ×1.5, ride ×1, 60 s to board, 300 s more per transfer. */
  public static final CostParameters DEFAULTS = new CostParameters(2.0, 1.5, 1.0, 60, 300);

  public CostParameters {
    if (walkReluctance <= 0 || waitReluctance <= 0 || transitReluctance <= 0 || boardCostSeconds < 0
        || transferCostSeconds < 0) {
      throw new IllegalArgumentException("cost weights must be positive: " + walkReluctance + ", "
          + waitReluctance + ", " + transitReluctance + ", " + boardCostSeconds + ", " + transferCostSeconds);
    }
  }

  /** Raptor counts cost in centi-seconds so that fractional weights still compare exactly. */
  static int centi(double v) {
    return (int) Math.round(v * 100);
  }

  /** Cost of walking {@code seconds}, in centi-seconds. */
  public int walkCost(int seconds) {
    return seconds * centi(walkReluctance);
  }
}
