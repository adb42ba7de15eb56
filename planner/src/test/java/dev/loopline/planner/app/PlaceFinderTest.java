package dev.loopline.planner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.osm.LatLon;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A trip's end typed as a stop's name, id or code, as a resident types it into a journey planner. */
class PlaceFinderTest {
  /** A metro station with a bus stop of its name 300 m away, its neighbours, and a name used twice 7 km apart. */
  private static final List<StopMatch> STOPS = List.of(
      new StopMatch("bus:9", "1009", "科学城", "Kexuecheng", 29.5677, 106.3503, "gaoxin"),
      new StopMatch("rail:L7-07", null, "科学城", "Kexuecheng", 29.5701, 106.3519, "gaoxin"),
      new StopMatch("bus:91", "1091", "科学城东一支路口", "Kexuecheng East 1st Branch Road Jct", 29.5669, 106.3530,
          "gaoxin"),
      new StopMatch("bus:98", "1098", "科学城东二路一号", "Kexuecheng East 2nd Road No. 1", 29.5461, 106.3668,
          "gaoxin"),
      new StopMatch("bus:20", "1020", "华岩路一号", "Huayan Road No. 1", 29.5000, 106.4000, "jiulongpo"),
      new StopMatch("bus:21", "1021", "华岩路一号", "Huayan Road No. 1", 29.5600, 106.4100, "jiulongpo"));
  private final PlaceFinder finder = new PlaceFinder(STOPS);

  @Test
  void coordinatesAreTakenAsTheyAre() {
    Place p = finder.place(" 29.56, 106.45 ", "from");
    assertEquals(new LatLon(29.56, 106.45), p.point());
    assertEquals(List.of(), p.stops());
    assertEquals("29.560000,106.450000", p.label(false));
  }

  @Test
  void aStationsNameIsTheMiddleOfItsStopsInEitherLanguage() {
    for (String text : new String[] {"科学城", "kexuecheng", "  KEXUECHENG "}) {
      Place p = finder.place(text, "from");
      assertEquals(List.of("bus:9", "rail:L7-07"), p.stops().stream().map(StopMatch::id).toList(), text);
      assertEquals(29.5689, p.point().lat(), 1e-9);
      assertEquals(106.3511, p.point().lon(), 1e-9);
    }
    assertEquals("科学城 (bus:9, rail:L7-07)", finder.place("科学城", "from").label(false));
    assertEquals("Kexuecheng (bus:9, rail:L7-07)", finder.place("科学城", "from").label(true));
  }

  @Test
  void anIdOrACodeIsThatStopAndWinsOverNames() {
    Place byId = finder.place("RAIL:L7-07", "to");
    assertEquals(List.of("rail:L7-07"), byId.stops().stream().map(StopMatch::id).toList());
    assertEquals(new LatLon(29.5701, 106.3519), byId.point());
    assertEquals(List.of("bus:98"), finder.place("1098", "to").stops().stream().map(StopMatch::id).toList(),
        "a code of digits alone is a code, not a malformed point");
  }

  @Test
  void partOfANameWorksWhenOnlyOneStopHasIt() {
    assertEquals(List.of("bus:98"), finder.place("东二路", "to").stops().stream().map(StopMatch::id).toList());
    assertEquals(List.of("bus:91"), finder.place("branch road", "to").stops().stream().map(StopMatch::id).toList());
  }

  @Test
  void ambiguousOrUnknownTextListsWhatTheResidentCanGiveInstead() {
    String several = assertThrows(InvalidRequestException.class, () -> finder.place("科学城东", "from")).getMessage();
    assertEquals("from: '科学城东' is part of the names of 2 stops (科学城东一支路口 (bus:91), 科学城东二路一号 "
        + "(bus:98)); give one's full name or id, or LAT,LON", several);
    String apart = assertThrows(InvalidRequestException.class, () -> finder.place("华岩路一号", "to")).getMessage();
    assertTrue(apart.startsWith("to: '华岩路一号' names 2 stops more than 1000 m from their middle (华岩路一号 "
        + "(bus:20), 华岩路一号 (bus:21)); give one's id"), apart);
    assertEquals(List.of("bus:21"), finder.place("bus:21", "to").stops().stream().map(StopMatch::id).toList());
    String none = assertThrows(InvalidRequestException.class, () -> finder.place("xyzzy", "from")).getMessage();
    assertTrue(none.startsWith("from: no stop's name, id or code is or contains 'xyzzy'"), none);
    String typo = assertThrows(InvalidRequestException.class, () -> finder.place("29.56;106.45", "from"))
        .getMessage();
    assertTrue(typo.startsWith("from: expected LAT,LON"), "a mistyped point gets the point's error: " + typo);
    String blank = assertThrows(InvalidRequestException.class, () -> finder.place(" ", "to")).getMessage();
    assertTrue(blank.startsWith("to: required"), blank);
  }
}
