package dev.loopline.gtfs.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Names of one stop written by two districts agree; names of two different stops do not. */
class StopNamesTest {

  @Test
  void chineseStationSuffixesSpacesAndBracketsAreNormalisedAway() {
    assertEquals("大学城", StopNames.normalize("大学城站"));
    assertEquals("大学城", StopNames.normalize("大学城车站"));
    assertEquals("沙坪坝", StopNames.normalize("沙坪坝 火车站"));
    assertEquals("沙坪坝", StopNames.normalize("沙坪坝火车站"));
    assertEquals("西永", StopNames.normalize("西永公交站"));
    assertEquals("大学城东", StopNames.normalize("大学城（东）"));
    assertEquals(StopNames.normalize("大学城(东)"), StopNames.normalize("大学城（东）"));
    // A name that is nothing but the suffix keeps it: "站" alone must not become empty.
    assertEquals("站", StopNames.normalize("站"));
  }

  @Test
  void latinStopWordsPunctuationAndCaseAreNormalisedAway() {
    assertEquals("airport", StopNames.normalize("Airport Stop"));
    assertEquals("airport", StopNames.normalize("AIRPORT"));
    assertEquals("mainst5thave", StopNames.normalize("Main St. / 5th Ave"));
    assertEquals("central", StopNames.normalize("Ｃｅｎｔｒａｌ Ｓｔａｔｉｏｎ"));
  }

  @Test
  void twinNamesAgree() {
    assertEquals(1.0, StopNames.score("大学城站", "大学城"));
    assertEquals(1.0, StopNames.score("沙坪坝 火车站", "沙坪坝站"));
    assertEquals(1.0, StopNames.score("Airport", "Airport Stop"));
    assertEquals(1.0, StopNames.score("Jiefangbei Station", "JIEFANGBEI"));
    assertTrue(StopNames.agree("County Airport", "Nye County Airport (Demo)"));
    assertTrue(StopNames.agree("BURTON RD + HAMILTON E. HOLMES DR", "BURTON RD NW@HAMILTON E HOLMES DR N"));
    assertTrue(StopNames.agree("大学城(东)", "大学城东站"));
  }

  @Test
  void differentStopsDoNotAgree() {
    assertFalse(StopNames.agree("大学城东", "大学城西"));
    assertFalse(StopNames.agree("沙坪坝", "陈家桥"));
    assertFalse(StopNames.agree("MLK JR DR + STONE HURST PL", "MARTIN L KING JR DR SW @ 2500"));
    assertFalse(StopNames.agree("Beatty Museum", "E Main St / S Irving St (Demo)"));
    // Containment needs a substantial shorter name: one Han character or three letters is not enough.
    assertFalse(StopNames.agree("东", "大学城东"));
    assertFalse(StopNames.agree("Ave", "Avenue Road"));
  }

  @Test
  void scoreIsSymmetricAndBounded() {
    String[][] pairs = {{"大学城站", "大学城"}, {"大学城东", "大学城西"}, {"Airport", "Airport Road"}, {"", "x"}};
    for (String[] p : pairs) {
      double s = StopNames.score(p[0], p[1]);
      assertEquals(s, StopNames.score(p[1], p[0]), p[0] + " / " + p[1]);
      assertTrue(s >= 0 && s <= 1);
    }
    assertEquals(0.0, StopNames.score("", "大学城"));
    assertEquals(0.0, StopNames.score(null, "大学城"));
  }

  @Test
  void typoInALongNameStillAgrees() {
    assertTrue(StopNames.agree("Hamilton E Holmes Station", "Hamilton E Holmse Station"));
  }
}
