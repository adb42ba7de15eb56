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
