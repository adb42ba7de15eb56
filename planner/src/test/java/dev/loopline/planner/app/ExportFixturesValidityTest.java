package dev.loopline.planner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.GtfsException;
import dev.loopline.gtfs.merge.MergeReport.Repair;
import dev.loopline.gtfs.testing.ValidatorOracle;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.network.TestNetworkDirs;
import dev.loopline.planner.proposal.NetworkProposal;
import dev.loopline.planner.proposal.NetworkProposalReader;
import dev.loopline.planner.proposal.SimulationSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports of networks built from the real fixtures' feeds as published, errors included, with MobilityData's
 * validator as the judge: the export refuses to write what the validator would reject, and with repair writes a
 * feed with no ERROR and reports each repair. Beatty's reference feed has a boarding area without a parent; the
 * Porto Alegre network (EPTC buses and TRENSURB metro in one feed) has two agencies and a fare without agency_id
 * or fare rules.
 */
class ExportFixturesValidityTest {
  @TempDir
  Path dir;

  private List<NetworkProposal> proposals(String... yaml) throws Exception {
    List<NetworkProposal> out = new ArrayList<>();
    for (int i = 0; i < yaml.length; i++) {
      Path f = dir.resolve("p" + i + ".yaml");
      Files.writeString(f, yaml[i]);
      out.add(NetworkProposalReader.read(f));
    }
    return out;
  }

  private ExportResult refusedThenRepaired(Network net, String name, List<NetworkProposal> ps, String code,
                                           String field) throws Exception {
    Path zip = dir.resolve(name + ".zip");
    GtfsException e = assertThrows(GtfsException.class, () -> new ExportService(net).export(
        new ExportRequest(ps, SimulationSettings.DEFAULTS, zip)));
    assertTrue(e.getMessage().contains("export with --repair"), e.getMessage());
    assertTrue(e.notices().stream().anyMatch(n -> n.code().equals(code)), e.notices().toString());
    assertTrue(Files.notExists(zip), "nothing written");

    ExportResult r = new ExportService(net).export(new ExportRequest(ps, SimulationSettings.DEFAULTS, zip, true));
    List<String> fields = r.repairs().stream().map(Repair::field).toList();
    assertTrue(fields.contains(field), r.repairs().toString());
    assertEquals(List.of(), ValidatorOracle.errors(zip, "zz", net.serviceDays().firstDate().orElseThrow()));
    return r;
  }

  @Test
  void beattyExportDropsTheBoardingAreaWithoutAParentAndPassesTheValidator() throws Exception {
    refusedThenRepaired(TestNetworkDirs.beatty(), "beatty", proposals(), "location_without_parent_station",
        "parent_station");
  }

  @Test
  void portoAlegreExportWithANewLineDropsTheFareNoRuleTiesToAnAgencyAndPassesTheValidator() throws Exception {
    List<NetworkProposal> ps = proposals("""
        id: P1
        name: Bela Vista connector
        operator: EPTC
        stops:
          - stop: "6164"
          - stop: "2284"
        service:
          days: [mon, tue, wed, thu, fri]
          periods:
            - { from: "12:00", to: "14:00", headway_min: 20 }
        vehicle: { type: 12m, capacity: 60 }
        fare: 4.8
        """);
    ExportResult r = refusedThenRepaired(TestNetworkDirs.portoAlegre(), "poa", ps, "missing_required_field",
        "agency_id");
    // EPTC's fare has no fare rules: nothing tells whether it is the buses' or the metro's.
    Repair fare = r.repairs().stream().filter(x -> x.file().equals("fare_attributes.txt")).findFirst().orElseThrow();
    assertEquals("dropped", fare.action());
    assertEquals("fare 'tarifa': agency_id is required with several agencies, and no fare rule names a route that"
        + " would tell whose fare it is", fare.reason());
  }
}
