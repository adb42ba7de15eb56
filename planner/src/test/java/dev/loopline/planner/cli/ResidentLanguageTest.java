package dev.loopline.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.planner.network.TestNetworkDirs;
import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A resident reads names in their language and finds stops by name: on the synthetic sample, whose feed has an
 * English name for every stop in translations.txt.
 */
class ResidentLanguageTest {
  private static String network;
  /** From the 科学城 (Kexuecheng) stops to Daxuecheng: a metro ride and a bus. */
  private static final String[] TRIP = {"--from", "29.567660,106.350270", "--to", "29.60,106.30", "--at",
      "2026-09-01T08:00", "-n", "3"};

  @BeforeAll
  static void sample() {
    network = TestNetworkDirs.sample().dir().toString();
  }

  @Test
  void stopsAreFoundByTheirChineseOrEnglishName() {
    StringWriter out = new StringWriter();
    assertEquals(0, RoutingCommandsTest.run(out, new StringWriter(), "stops", "--network", network, "--name", "科学城",
        "--limit", "3"));
    String text = out.toString();
    assertEquals(3, text.strip().lines().count(), text);
    assertTrue(text.lines().allMatch(l -> l.contains("科学城")), text);
    assertTrue(text.contains("科学城 (Kexuecheng)  29.5"), text);
    StringWriter en = new StringWriter();
    assertEquals(0, RoutingCommandsTest.run(en, new StringWriter(), "stops", "--network", network, "--name",
        "kexuecheng", "--json"));
    assertTrue(en.toString().contains("\"nameEn\" : \"Kexuecheng\""), en.toString());
    StringWriter none = new StringWriter();
    assertEquals(PlanCommand.NO_ITINERARY, RoutingCommandsTest.run(none, new StringWriter(), "stops", "--network",
        network, "--name", "no such stop"));
    assertEquals("No stop matches 'no such stop'", none.toString().strip());
  }

  @Test
  void tripsGoFromAndToStopsNamedInEitherLanguage() {
    StringWriter out = new StringWriter();
    assertEquals(0, RoutingCommandsTest.run(out, new StringWriter(), "plan", "--network", network, "--from", "科学城",
        "--to", "Beibei", "--at", "2026-09-01T08:00", "-n", "1", "--lang", "en"), out.toString());
    String header = out.toString().lines().findFirst().orElseThrow();
    assertTrue(header.startsWith("From Kexuecheng (gaoxin:9, rail:L15-05, rail:L7-07) to Beibei (beibei:115, "
        + "rail:L7-01), leaving"), header);
    assertTrue(out.toString().contains("metro Line 7"), out.toString());
    StringWriter err = new StringWriter();
    assertEquals(1, RoutingCommandsTest.run(new StringWriter(), err, "plan", "--network", network, "--from",
        "科学城东", "--to", "北碚"));
    assertTrue(err.toString().startsWith("loopline plan: --from: '科学城东' is part of the names of 9 stops ("),
        err.toString());
    assertFalse(err.toString().contains("Exception"), err.toString());
  }

  @Test
  void itinerariesSpeakTheResidentsLanguageAndCallTheMetroAMetro() {
    StringWriter zh = new StringWriter();
    assertEquals(0, RoutingCommandsTest.run(zh, new StringWriter(), plan("zh")), zh.toString());
    StringWriter en = new StringWriter();
    assertEquals(0, RoutingCommandsTest.run(en, new StringWriter(), plan("en")), en.toString());
    for (String text : new String[] {zh.toString(), en.toString()}) {
      assertFalse(text.contains("SUBWAY"), text);
    }
    assertTrue(en.toString().contains("  metro "), "rail is shown as a metro line: " + en);
    assertTrue(zh.toString().contains("  地铁 "), "rail is shown as a metro line (地铁): " + zh);
    // With --lang zh the words around the names are Chinese too: modes, walks, waits, headers, units.
    assertTrue(zh.toString().contains("到 科学城"), zh.toString());
    assertTrue(zh.toString().contains("地铁 轨道交通"), zh.toString());
    assertTrue(zh.toString().startsWith("从 "), zh.toString());
    assertTrue(zh.toString().contains("  步行 "), zh.toString());
    assertTrue(zh.toString().contains(" 分钟"), zh.toString());
    assertTrue(zh.toString().contains("  到达"), zh.toString());
    for (String english : new String[] {"walk ", " min", "transfer", "metro", "bus ", "board at", "arrive",
        "From "}) {
      assertFalse(zh.toString().contains(english), "'" + english + "' left in English: " + zh);
    }
    assertTrue(en.toString().startsWith("From "), en.toString());
    assertFalse(en.toString().matches("(?s).*(步行|分钟|地铁|公交|到达|换乘).*"), "Chinese words in English: " + en);
    assertTrue(en.toString().contains("to Kexuecheng"), en.toString());
    assertTrue(en.toString().contains("metro Line "), en.toString());
    assertFalse(en.toString().contains("科学城"), "every stop of the sample has an English name: " + en);
    StringWriter err = new StringWriter();
    assertEquals(1, RoutingCommandsTest.run(new StringWriter(), err, "plan", "--network", network, "--from",
        "29.56,106.35", "--to", "29.6,106.3", "--lang", "fr"));
    assertEquals("loopline plan: --lang: expected zh or en, got 'fr'", err.toString().strip());
  }

  /**
   * From Bishan into the core: the buses head for stops of another district (twins whose names here differ from the
   * headsign), and the districts crossed are named too. In English not one Chinese character is left; in Chinese
   * the districts are not followed by their English names.
   */
  @Test
  void acrossDistrictsHeadsignsAndDistrictsAreInTheResidentsLanguage() {
    String[] trip = {"plan", "--network", network, "--from", "29.59,106.22", "--to", "29.60,106.30", "--at",
        "2026-09-01T08:00", "-n", "3", "--lang"};
    StringWriter en = new StringWriter();
    assertEquals(0, RoutingCommandsTest.run(en, new StringWriter(), append(trip, "en")), en.toString());
    assertTrue(en.toString().contains(" towards "), en.toString());
    assertTrue(en.toString().contains("districts: Bishan District -> "), en.toString());
    assertFalse(en.toString().matches("(?s).*\\p{IsHan}.*"), "Chinese left in English: " + en);
    StringWriter zh = new StringWriter();
    assertEquals(0, RoutingCommandsTest.run(zh, new StringWriter(), append(trip, "zh")), zh.toString());
    assertTrue(zh.toString().contains("途经区县: 璧山区 -> "), zh.toString());
    assertFalse(zh.toString().contains("District"), zh.toString());
    StringWriter feed = new StringWriter();
    assertEquals(0, RoutingCommandsTest.run(feed, new StringWriter(), Arrays.copyOf(trip,
        trip.length - 1)), feed.toString());
    assertTrue(feed.toString().contains("districts: 璧山区 (Bishan District) -> "),
        "without --lang the districts are named in both: " + feed);
  }

  private static String[] append(String[] args, String last) {
    String[] out = Arrays.copyOf(args, args.length + 1);
    out[args.length] = last;
    return out;
  }

  private static String[] plan(String lang) {
    String[] args = new String[TRIP.length + 5];
    args[0] = "plan";
    args[1] = "--network";
    args[2] = network;
    args[3] = "--lang";
    args[4] = lang;
    System.arraycopy(TRIP, 0, args, 5, TRIP.length);
    return args;
  }
}
