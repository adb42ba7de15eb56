package dev.loopline.planner.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubsidySplitTest {
  /** Round numbers so that every figure below can be checked by hand. */
  static final CostModel MODEL = new CostModel("CNY", 3.0, 60.0, 160_000, 365, 1.5, 2.0, 2.2, 0.04, 64, 0.4, "test");
  /**
   * 4 buses, 600 vehicle-km, 40 platform and 30 revenue vehicle-hours and a 15-hour span a day, every day, with 64
   * departures each way (the reference service): a week is 7 times that.
   */
  static final LineOperations OPS = new LineOperations(4, 7, 7 * 128, 7 * 600, 7 * 40, 7 * 30, 7 * 15, 64);

  /** 10 000 residents served by a line running the reference service every day. */
  static Ridership riders(double residents) {
    return Ridership.sameEveryDay(MODEL, residents, 64, 7);
  }

  @Test
  void costOfAYearByHand() {
    OperatingCost c = OperatingCost.of(OPS, MODEL, riders(10_000), 2.0);
    // A year is 365 / 7 weeks: 4 200 vehicle-km a week x 365 / 7 = 219 000.
    assertEquals(219_000, c.vehicleKmPerYear(), 1e-6);
    assertEquals(14_600, c.vehicleHoursPerYear(), 1e-6);
    assertEquals(657_000 + 876_000 + 640_000, c.cost(), 1e-6);
    assertEquals(880, c.ridership().boardingsPerOperatingDay(), 1e-9);   // 10 000 x 2.2 x 0.04 x (64/64)^0.4
    assertEquals(642_400, c.revenue(), 1e-6);              // 880 x 2 yuan x 365
    assertEquals(1_530_600, c.subsidy(), 1e-6);
    assertEquals(30.0 / (4 * 15), OPS.utilization(), 1e-12);
  }

  @Test
  void weekdayServiceRunsFiveSeventhsOfTheYear() {
    LineOperations weekdays = new LineOperations(4, 5, 5 * 128, 5 * 600, 5 * 40, 5 * 30, 5 * 15, 64);
    OperatingCost c = OperatingCost.of(weekdays, MODEL, Ridership.sameEveryDay(MODEL, 10_000, 64, 5), 2.0);
    assertEquals(365 * 5 / 7.0, c.operatingDaysPerYear(), 1e-9);
    assertEquals(3000 * 365 / 7.0, c.vehicleKmPerYear(), 1e-6);
    assertEquals(880 * 365 * 5 / 7.0, c.boardingsPerYear(), 1e-6);
  }

  @Test
  void boardingsRespondToFrequencyWithTheServiceElasticity() {
    // Every 15 minutes from 06:00 to 22:00 is 64 departures each way (the reference): 10 000 x 2.2 x 0.04 = 880.
    // Every 20 minutes over the same span is 48: 880 x (48/64)^0.4 = 880 x 0.75^0.4 = 880 x 0.891301 = 784.34.
    assertEquals(880, MODEL.boardingsPerDay(10_000, 64), 1e-9);
    assertEquals(784.3449, MODEL.boardingsPerDay(10_000, 48), 1e-3);
    // A span cut to 06:00-18:00 at 15 minutes is 48 departures too: span counts like frequency.
    Ridership shorter = Ridership.sameEveryDay(MODEL, 10_000, 48, 5);
    assertEquals(784.3449 * 5, shorter.boardingsPerWeek(), 5e-3);
    assertEquals(0.891301, shorter.serviceFactor(), 1e-6);
    // A week of 5 weekdays at 64 and a weekend of 2 days at 32: 5 x 880 + 2 x 880 x 0.5^0.4 (= 0.757858).
    Ridership week = Ridership.overWeek(MODEL, 10_000, new double[] {64, 64, 64, 64, 64, 32, 32});
    assertEquals(5 * 880 + 2 * 880 * 0.757858, week.boardingsPerWeek(), 1e-3);
    assertEquals((5 * 64 + 2 * 32) / 7.0, week.departuresPerDirection(), 1e-9);
    // A day without service boards nobody.
    assertEquals(0, MODEL.boardingsPerDay(10_000, 0));
  }

  @Test
  void lineAcrossTwoSquareDistrictsSplitsByDistanceAndTheFundPaysOutOfHomeKm() {
    OperatingCost c = OperatingCost.of(OPS, MODEL, riders(10_000), 2.0);
    // 5 km in the operator's home district A, 7 km in B (the clipping itself: see the test below).
    SubsidySplit s = SubsidySplit.split(c, Map.of("A", 5000.0, "B", 7000.0), "A", MODEL.crossDistrictRatePerVkm(),
        Map.of("A", 100.0, "B", 300.0), Map.of("A", 0.0, "B", 0.0));
    DistrictShare a = s.districts().get(0);
    DistrictShare b = s.districts().get(1);
    assertEquals("A", a.districtId());
    assertEquals(5.0 / 12, a.share(), 1e-12);
    assertEquals(0, a.outOfHomeVehicleKm());
    assertEquals(0, a.fund());
    assertEquals(1_530_600 * 5.0 / 12, a.districtPays(), 1e-6);   // 637 750
    assertEquals(127_750, b.vehicleKm(), 1e-6);                     // 219 000 x 7/12
    assertEquals(127_750, b.outOfHomeVehicleKm(), 1e-6);
    assertEquals(191_625, b.fund(), 1e-6);                          // 1.5 x 127 750
    assertEquals(892_850 - 191_625, b.districtPays(), 1e-6);        // 701 225
    assertEquals(191_625, s.fundPays(), 1e-6);
    assertEquals(s.subsidy(), s.accountedFor(), 1e-6);
    assertEquals(c.cost(), a.cost() + b.cost(), 1e-6);
    assertEquals(c.vehicleHoursPerYear(), a.vehicleHours() + b.vehicleHours(), 1e-6);

    // People-served rule: the districts' part (subsidy - fund = 1 338 975) split 1 : 3.
    SplitRule residents = s.rules().get(1);
    assertEquals("residents", residents.id());
    assertEquals(1_338_975 * 0.25, residents.pays().get("A"), 1e-6);
    assertEquals(1_338_975 * 0.75, residents.pays().get("B"), 1e-6);
    // No district gained accessibility: that rule cannot apply.
    assertFalse(s.rules().get(2).applicable());
    assertTrue(s.rules().get(0).applicable());
  }

  @Test
  void aHandDrawnLineClippedToTwoSquareDistricts() {
    // Two 10 km squares side by side (local metres around 29.6 N, 106.3 E); a straight line from (5 km, 5 km) in A
    // to (17 km, 5 km) in B runs 5 km in A and 7 km in B.
    dev.loopline.gtfs.geo.LocalProjection p = new dev.loopline.gtfs.geo.LocalProjection(29.6, 106.3);
    org.locationtech.jts.geom.GeometryFactory g = new org.locationtech.jts.geom.GeometryFactory();
    java.util.function.BiFunction<Double, Double, org.locationtech.jts.geom.Geometry> square = (x0, x1) ->
        g.createPolygon(new org.locationtech.jts.geom.Coordinate[] {
            new org.locationtech.jts.geom.Coordinate(p.lon(x0), p.lat(0)),
            new org.locationtech.jts.geom.Coordinate(p.lon(x1), p.lat(0)),
            new org.locationtech.jts.geom.Coordinate(p.lon(x1), p.lat(10_000)),
            new org.locationtech.jts.geom.Coordinate(p.lon(x0), p.lat(10_000)),
            new org.locationtech.jts.geom.Coordinate(p.lon(x0), p.lat(0))});
    dev.loopline.osm.district.Districts districts = dev.loopline.osm.district.Districts.of(List.of(
        new dev.loopline.osm.district.District("A", "甲区", "A", square.apply(0.0, 10_000.0)),
        new dev.loopline.osm.district.District("B", "乙区", "B", square.apply(10_000.0, 20_000.0))));
    Map<String, Double> meters = districts.lengthsAlong(List.of(
        new dev.loopline.osm.LatLon(p.lat(5_000), p.lon(5_000)),
        new dev.loopline.osm.LatLon(p.lat(5_000), p.lon(17_000)))).byDistrict();
    assertEquals(5_000, meters.get("A"), 25);  // great-circle vs local plane: within 0.5 %
    assertEquals(7_000, meters.get("B"), 35);
    OperatingCost c = OperatingCost.of(OPS, MODEL, riders(10_000), 2.0);
    SubsidySplit s = SubsidySplit.split(c, meters, "A", MODEL.crossDistrictRatePerVkm(), Map.of(), Map.of());
    DistrictShare b = s.districts().get(1);
    double bShare = meters.get("B") / (meters.get("A") + meters.get("B"));
    assertEquals(219_000 * bShare, b.outOfHomeVehicleKm(), 1e-6);
    assertEquals(1.5 * 219_000 * bShare, b.fund(), 1e-6);
    assertEquals(0, s.districts().get(0).fund());
    assertEquals(s.subsidy(), s.accountedFor(), 1e-6);
    assertEquals(7.0 / 12, bShare, 0.002);
  }

  @Test
  void theFundNeverPaysMoreThanADistrictsShareOfTheSubsidy() {
    // Fares cover almost everything: a high rate must not turn the fund into a payment to the district.
    CostModel generous = new CostModel("CNY", 3.0, 60.0, 160_000, 365, 50.0, 2.0, 2.2, 0.04, 64, 0.4, "test");
    OperatingCost c = OperatingCost.of(OPS, generous, riders(10_000), 2.0);
    SubsidySplit s = SubsidySplit.split(c, Map.of("A", 5000.0, "B", 7000.0), "A", 50.0, Map.of(), Map.of());
    DistrictShare b = s.districts().get(1);
    assertEquals(b.subsidy(), b.fund(), 1e-6);
    assertEquals(0, b.districtPays(), 1e-6);
    assertEquals(s.subsidy(), s.accountedFor(), 1e-6);
  }

  @Test
  void aLineOutsideEveryDistrictBelongsToItsHomeDistrict() {
    OperatingCost c = OperatingCost.of(OPS, MODEL, riders(0), 2.0);
    SubsidySplit s = SubsidySplit.split(c, Map.of(), "A", 1.5, Map.of(), Map.of());
    assertEquals(1, s.districts().size());
    assertEquals(c.subsidy(), s.districts().get(0).districtPays(), 1e-6);
  }
}
