package dev.loopline.planner.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who pays for a line that crosses district borders. The line's yearly vehicle-km, vehicle-hours, cost, revenue
 * and subsidy are split by the share of its distance run inside each district (the routed path clipped to the
 * district polygons, weighted by the trips run in each direction). The cross-district operating subsidy then takes
 * its part: the Science City fund pays {@code ratePerVkm} for every vehicle-km run outside the operator's home
 * district, but never more than that district's share of the subsidy (the fund supports operation, it does not
 * pay a district to host a bus). Each district pays the rest of its share. District payments plus the fund equal
 * the subsidy exactly.
 *
 * <p>Two alternative rules split the districts' part (subsidy less fund) by benefit instead: by residents newly
 * covered in each district, and by accessibility gained by each district's residents. They are there for the
 * negotiation: a district that gains much while the line barely enters it pays little under the distance rule.
 *
 * @param fundPays the Science City fund's cross-district payment per year
 */
public record SubsidySplit(String homeDistrictId, double ratePerVkm, double cost, double revenue, double subsidy,
                           double fundPays, List<DistrictShare> districts, List<SplitRule> rules) {
  public SubsidySplit {
    districts = List.copyOf(districts);
    rules = List.copyOf(rules);
  }

  /**
   * Splits a line's cost.
   *
   * @param cost the line's yearly cost
   * @param metersByDistrict distance run inside each district per day (or any consistent weighting of the path)
   * @param homeDistrictId the operator's home district, whose km get no cross-district support
   * @param ratePerVkm the fund's rate per out-of-home vehicle-km
   * @param residentsGained newly covered residents per district (basis of the "people served" rule)
   * @param accessibilityGained accessibility gained per district (basis of the "accessibility" rule)
   */
  public static SubsidySplit split(OperatingCost cost, Map<String, Double> metersByDistrict, String homeDistrictId,
                                   double ratePerVkm, Map<String, Double> residentsGained,
                                   Map<String, Double> accessibilityGained) {
    TreeMap<String, Double> meters = new TreeMap<>();
    metersByDistrict.forEach((d, m) -> {
      if (m > 0) {
        meters.merge(d, m, Double::sum);
      }
    });
    if (meters.isEmpty()) {
      // A line outside every district polygon is the home district's alone.
      meters.put(homeDistrictId, 1.0);
    }
    double totalMeters = meters.values().stream().mapToDouble(Double::doubleValue).sum();
    double vkm = cost.vehicleKmPerYear();
    double subsidy = cost.subsidy();
    List<DistrictShare> shares = new ArrayList<>();
    double fundTotal = 0;
    TreeMap<String, Double> kmWeights = new TreeMap<>();
    TreeMap<String, Double> kmPays = new TreeMap<>();
    for (Map.Entry<String, Double> e : meters.entrySet()) {
      String d = e.getKey();
      double share = e.getValue() / totalMeters;
      double dVkm = vkm * share;
      double dSubsidy = subsidy * share;
      double outOfHome = d.equals(homeDistrictId) ? 0 : dVkm;
      double fund = Math.min(ratePerVkm * outOfHome, Math.max(0, dSubsidy));
      fundTotal += fund;
      shares.add(new DistrictShare(d, share, dVkm, cost.vehicleHoursPerYear() * share, cost.cost() * share,
          cost.revenue() * share, dSubsidy, outOfHome, fund, dSubsidy - fund));
      kmWeights.put(d, share);
      kmPays.put(d, dSubsidy - fund);
    }
    double districtsPay = subsidy - fundTotal;
    List<SplitRule> rules = new ArrayList<>();
    rules.add(new SplitRule("distance", "by distance run in the district (km share), after the fund", kmWeights,
        kmPays));
    rules.add(byWeights("residents", "by residents newly covered", residentsGained, districtsPay));
    rules.add(byWeights("accessibility", "by accessibility gained by the district's residents",
        accessibilityGained, districtsPay));
    return new SubsidySplit(homeDistrictId, ratePerVkm, cost.cost(), cost.revenue(), subsidy, fundTotal, shares,
        rules);
  }

  private static SplitRule byWeights(String id, String label, Map<String, Double> weights, double amount) {
    TreeMap<String, Double> w = new TreeMap<>();
    weights.forEach((d, v) -> w.put(d, Math.max(0, v)));
    double total = w.values().stream().mapToDouble(Double::doubleValue).sum();
    TreeMap<String, Double> pays = new TreeMap<>();
    if (total > 0) {
      w.forEach((d, v) -> pays.put(d, amount * v / total));
    }
    return new SplitRule(id, label, w, pays);
  }

  /** The districts' payments plus the fund: equals {@link #subsidy()} up to rounding. */
  public double accountedFor() {
    return fundPays + districts.stream().mapToDouble(DistrictShare::districtPays).sum();
  }
}
