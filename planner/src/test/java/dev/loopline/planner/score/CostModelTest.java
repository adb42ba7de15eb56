package dev.loopline.planner.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.loopline.planner.proposal.ProposalException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostModelTest {
  @TempDir
  Path dir;

  @Test
  void theShippedDefaultsLoad() {
    CostModel m = CostModel.defaults();
    assertEquals("CNY", m.currency());
    assertEquals(3.0, m.perVehicleKm());
    assertEquals(60.0, m.perVehicleHour());
    assertEquals(160_000.0, m.perVehicleYear());
    assertEquals(365.0, m.serviceDaysPerYear());
    assertEquals(1.5, m.crossDistrictRatePerVkm());
    assertEquals(64, m.referenceDeparturesPerDay());
    assertEquals(0.4, m.serviceElasticity());
    // One resident, reference service: 2.2 trips x 0.04 share; twice the service: x 2^0.4 = 1.319508.
    assertEquals(2.2 * 0.04, m.boardingsPerDay(1, 64), 1e-12);
    assertEquals(2.2 * 0.04 * 1.319508, m.boardingsPerDay(1, 128), 1e-7);
  }

  /**
   * Issue 12, point 6: revenue responds to service. Two lines serving the same 10,000 residents 06:00-22:00 on five
   * days a week at ¥2: every 15 minutes (64 departures each way) and every 20 minutes (48).
   */
  @Test
  void aFifteenMinuteLineEarnsMoreThanATwentyMinuteOne() {
    CostModel m = CostModel.defaults();
    LineOperations ops = new LineOperations(5, 5, 640, 3000, 400, 350, 80, 64);
    // 15 min: 10,000 x 2.2 x 0.04 = 880 boardings a day (the reference service), 4,400 a week; a year is 365 / 7 weeks:
    // 4,400 x 52.142857 x ¥2 = ¥458,857.14.
    OperatingCost every15 = OperatingCost.of(ops, m, Ridership.sameEveryDay(m, 10_000, 64, 5), 2.0);
    assertEquals(880, every15.ridership().boardingsPerOperatingDay(), 1e-9);
    assertEquals(458_857.14, every15.revenue(), 0.01);
    // 20 min: x (48 / 64)^0.4 = 0.75^0.4 = 0.891301: 784.345 a day, ¥408,979.9 a year.
    OperatingCost every20 = OperatingCost.of(ops, m, Ridership.sameEveryDay(m, 10_000, 48, 5), 2.0);
    assertEquals(0.891301, every20.ridership().serviceFactor(), 1e-6);
    assertEquals(784.345, every20.ridership().boardingsPerOperatingDay(), 1e-3);
    assertEquals(408_979.9, every20.revenue(), 0.5);
  }

  private String defaultsText() throws IOException {
    try (InputStream in = CostModel.class.getResourceAsStream("/dev/loopline/planner/score/costs.yaml")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  @Test
  void aCopyOfTheDefaultsReadsTheSame() throws IOException {
    Path f = dir.resolve("costs.yaml");
    Files.writeString(f, defaultsText());
    CostModel m = CostModel.load(f);
    assertEquals(CostModel.defaults().perVehicleYear(), m.perVehicleYear());
    assertEquals(f.toString(), m.source());
  }

  @Test
  void mistakesNameTheFileAndKey() throws IOException {
    Path f = dir.resolve("costs.yaml");
    Files.writeString(f, defaultsText().replace("per_vehicle_km: 3.0", "per_vehicle_km: -3"));
    assertEquals(f + ": per_vehicle_km: must not be negative, got -3",
        assertThrows(ProposalException.class, () -> CostModel.load(f)).getMessage());
    Files.writeString(f, defaultsText().replace("line_share: 0.04", "line_share: lots"));
    assertEquals(f + ": ridership.line_share: must be a number, got the text 'lots'",
        assertThrows(ProposalException.class, () -> CostModel.load(f)).getMessage());
    Files.writeString(f, defaultsText().replace("default_fare", "defualt_fare"));
    assertEquals(f + ": defualt_fare: unknown key (allowed here: cross_district_rate_per_vkm, currency, default_fare, "
        + "per_vehicle_hour, per_vehicle_km, per_vehicle_year, ridership, service_days_per_year)",
        assertThrows(ProposalException.class, () -> CostModel.load(f)).getMessage());
  }
}
