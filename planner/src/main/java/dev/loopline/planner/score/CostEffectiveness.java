package dev.loopline.planner.score;

/**
 * Public money per unit of benefit: the yearly subsidy per newly covered resident, and per job added to the average
 * resident's reach within the headline cutoff (the region's population-weighted mean). {@code null} where the
 * benefit is zero or negative (nothing to divide by) or accessibility was not computed.
 */
public record CostEffectiveness(Double subsidyPerNewResident, Double subsidyPerJobReachable) {

  public static CostEffectiveness of(double subsidy, double newResidents, Double meanJobsGained) {
    Double perResident = newResidents > 0 ? subsidy / newResidents : null;
    Double perJob = meanJobsGained != null && meanJobsGained > 0 ? subsidy / meanJobsGained : null;
    return new CostEffectiveness(perResident, perJob);
  }
}
