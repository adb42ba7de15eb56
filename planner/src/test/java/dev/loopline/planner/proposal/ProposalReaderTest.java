package dev.loopline.planner.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProposalReaderTest {
  static final String EXAMPLE = """
      id: SC-L1
      name: 科学城环线1号
      name_en: Science City Loop 1
      operator: shapingba            # feed id of the operator that runs it
      circular: false
      stops:
        - stop: shapingba:1203
        - new: { name: 大学城东路, lat: 29.6051, lon: 106.3102 }
        - stop: rail:L7-05
      service:
        days: [mon, tue, wed, thu, fri]
        periods:
          - { from: "06:30", to: "09:00", headway_min: 8 }
          - { from: "09:00", to: "17:00", headway_min: 15 }
      vehicle: { type: 12m, capacity: 80 }
      fare: 2.0
      round_trip_minutes: 65
      layover: { share: 0.10, min_minutes: 3 }
      """;

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void readsTheDocumentedExample() throws IOException {
    Proposal p = ProposalReader.read(write("sc-l1.yaml", EXAMPLE));
    assertEquals("SC-L1", p.id());
    assertEquals("科学城环线1号", p.name());
    assertEquals("Science City Loop 1", p.nameEn());
    assertEquals("shapingba", p.operator());
    assertFalse(p.circular());
    assertEquals(3, p.stops().size());
    assertEquals(new ProposalStop.Existing("shapingba:1203", "stops[0]"), p.stops().get(0));
    assertEquals(new ProposalStop.New("大学城东路", 29.6051, 106.3102, "stops[1]"), p.stops().get(1));
    assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
        DayOfWeek.FRIDAY), p.service().days());
    assertEquals(0b0011111, p.service().dayMask());
    assertEquals(new ServicePeriod(6 * 3600 + 30 * 60, 9 * 3600, 8 * 60), p.service().periods().get(0));
    assertEquals(new Vehicle("12m", 80), p.vehicle());
    assertEquals(2.0, p.fare());
    assertEquals(65.0, p.roundTripMinutes().getAsDouble());
    assertEquals(new Layover(0.10, 3), p.layover());
  }

  @Test
  void jsonWorksAndDefaultsApply() throws IOException {
    Proposal p = ProposalReader.read(write("p.json", """
        {"id": "X1", "name": "x", "operator": "beibei", "stops": [{"stop": "a"}, {"stop": "b"}],
         "service": {"days": ["sat", "sun"], "periods": [{"from": "07:00", "to": "25:30", "headway_min": 7.5}]},
         "vehicle": {"type": "8m", "capacity": 40}, "fare": 1}
        """));
    assertEquals(Layover.DEFAULT, p.layover());
    assertTrue(p.roundTripMinutes().isEmpty());
    assertEquals(450, p.service().periods().get(0).headwaySeconds());
    assertEquals(25 * 3600 + 1800, p.service().periods().get(0).toSeconds());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      headway zero         | 'headway_min: 15 }'         | 'headway_min: 0 }'          | 14 | service.periods[1].headway_min: must be more than 0 minutes, got 0
      headway negative     | 'headway_min: 15 }'         | 'headway_min: -5 }'         | 14 | service.periods[1].headway_min: must be more than 0 minutes, got -5
      overlap              | 'from: "09:00", to: "17:00"' | 'from: "08:30", to: "17:00"' | 14 | service.periods[1]: overlaps period 0 (06:30-09:00)
      bad time             | 'from: "06:30"'             | 'from: "6h30"'              | 13 | service.periods[0].from: bad time '6h30'
      minutes 75           | 'from: "06:30"'             | 'from: "06:75"'             | 13 | service.periods[0].from: bad time '06:75'
      end before start     | 'to: "17:00"'               | 'to: "08:00"'               | 14 | service.periods[1].to: '08:00' must be after from '09:00'
      unknown key          | 'fare: 2.0'                 | 'fare: 2.0\\nfares: 3'       | 17 | fares: unknown key
      unknown nested key   | 'capacity: 80 }'            | 'capacity: 80, seats: 30 }' | 15 | vehicle.seats: unknown key
      wrong type           | 'capacity: 80 }'            | 'capacity: many }'          | 15 | vehicle.capacity: must be a whole number, got the text 'many'
      fare text            | 'fare: 2.0'                 | 'fare: two'                 | 16 | fare: must be a number, got the text 'two'
      unknown day          | '[mon, tue'                 | '[mon, tuesday'             | 11 | service.days[1]: unknown day 'tuesday'
      missing operator     | 'operator: shapingba'       | 'operatr: shapingba'        | 4 | operatr: unknown key
      stop and new         | '- stop: rail:L7-05'        | '- { stop: rail:L7-05, new: { name: a, lat: 1, lon: 2 } }' | 9 | stops[2]: give exactly one of 'stop'
      latitude range       | 'lat: 29.6051'              | 'lat: 129.6051'             | 8 | stops[1].new.lat: latitude 129.6051 is out of range
      new without name     | 'name: 大学城东路, '        | ''                          | 8 | stops[1].new.name: is required
      repeated stop        | '- stop: rail:L7-05'        | '- stop: rail:L7-05\\n  - stop: rail:L7-05' | 10 | stops[3]: repeats the stop before it
      unquoted time        | 'from: "06:30"'             | 'from: 630'                 | 13 | service.periods[0].from: must be a time "HH:MM" in quotes, got the number 630
      layover share        | 'share: 0.10'               | 'share: 1.5'                | 18 | layover.share: must be between 0 and 1
      bad id               | 'id: SC-L1'                 | 'id: SC L1'                 | 1 | id: 'SC L1' must be
      """)
  void everyMistakeNamesFileLineAndField(String label, String from, String to, int line, String expected)
      throws IOException {
    String text = EXAMPLE.replace(from, to.replace("\\n", "\n"));
    assertFalse(text.equals(EXAMPLE), "the test's replacement must change the example: " + label);
    Path file = write("sc-l1.yaml", text);
    ProposalException e = assertThrows(ProposalException.class, () -> ProposalReader.read(file));
    assertTrue(e.getMessage().startsWith(file + ":" + line + ": " + expected), e.getMessage());
    assertEquals(line, e.line());
  }

  @Test
  void syntaxErrorsNameTheLine() throws IOException {
    Path file = write("broken.yaml", "id: X\nstops: [\n");
    ProposalException e = assertThrows(ProposalException.class, () -> ProposalReader.read(file));
    assertTrue(e.getMessage().matches("(?s)" + java.util.regex.Pattern.quote(file.toString()) + ":2: not valid YAML: .*"),
        e.getMessage());
  }

  @Test
  void duplicateKeysAreRejected() throws IOException {
    Path file = write("dup.yaml", EXAMPLE + "fare: 3\n");
    ProposalException e = assertThrows(ProposalException.class, () -> ProposalReader.read(file));
    assertTrue(e.getMessage().contains("fare"), e.getMessage());
  }

  @Test
  void circularLinesMustNotRepeatTheFirstStop() throws IOException {
    String text = EXAMPLE.replace("circular: false", "circular: true")
        .replace("- stop: rail:L7-05", "- stop: rail:L7-05\n  - stop: shapingba:1203");
    Path file = write("c.yaml", text);
    ProposalException e = assertThrows(ProposalException.class, () -> ProposalReader.read(file));
    assertEquals(file + ":10: stops[3]: a circular line returns to its first stop by itself; do not repeat the first "
        + "stop at the end", e.getMessage());
  }

  @Test
  void otherExtensionsAreRefused() throws IOException {
    Path file = write("p.txt", EXAMPLE);
    assertEquals(file + ": a proposal must be a .yaml, .yml or .json file",
        assertThrows(ProposalException.class, () -> ProposalReader.read(file)).getMessage());
  }
}
