package dev.loopline.planner.transit;

/**
 * Per-search settings of the transit data Raptor sees: how walks between stops are timed and priced, the cost
 * weights and the slack.
 *
 * @param walkTimeFactor    multiplier of the stored walking times (1 = the network's walking speed; a rider
 *                          walking at {@code v} m/s uses {@code networkSpeed / v})
 * @param maxTransferMeters walks between stops longer than this are not used
 * @param cost              generalized-cost weights
 * @param slack             board, alight and transfer slack
 * @param dropDominatedTransfers leave out the walks between stops that another way to board makes useless for
 *                          a forward search (see {@link WalkTransferTable}); off by default
 */
public record TransitSearchSettings(double walkTimeFactor, int maxTransferMeters, CostParameters cost,
                                    TransitSlack slack, boolean dropDominatedTransfers) {
  public static final TransitSearchSettings DEFAULTS =
      new TransitSearchSettings(1.0, Integer.MAX_VALUE, CostParameters.DEFAULTS, TransitSlack.DEFAULTS, false);

  public TransitSearchSettings {
    if (!(walkTimeFactor > 0) || Double.isInfinite(walkTimeFactor)) {
      throw new IllegalArgumentException("walk time factor must be positive: " + walkTimeFactor);
    }
    java.util.Objects.requireNonNull(cost, "cost");
    java.util.Objects.requireNonNull(slack, "slack");
  }

  public TransitSearchSettings withWalkTimeFactor(double f) {
    return new TransitSearchSettings(f, maxTransferMeters, cost, slack, dropDominatedTransfers);
  }

  public TransitSearchSettings withMaxTransferMeters(int m) {
    return new TransitSearchSettings(walkTimeFactor, m, cost, slack, dropDominatedTransfers);
  }

  public TransitSearchSettings withCost(CostParameters c) {
    return new TransitSearchSettings(walkTimeFactor, maxTransferMeters, c, slack, dropDominatedTransfers);
  }

  public TransitSearchSettings withSlack(TransitSlack s) {
    return new TransitSearchSettings(walkTimeFactor, maxTransferMeters, cost, s, dropDominatedTransfers);
  }

  public TransitSearchSettings withDropDominatedTransfers(boolean v) {
    return new TransitSearchSettings(walkTimeFactor, maxTransferMeters, cost, slack, v);
  }
}
