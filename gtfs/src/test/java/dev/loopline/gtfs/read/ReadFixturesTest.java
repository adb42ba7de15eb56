package dev.loopline.gtfs.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.Severity;
import dev.loopline.gtfs.model.Agency;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.GtfsTime;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Trip;
import dev.loopline.gtfs.testing.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every real fixture feed reads with the row counts its files hold (counted independently with Python's csv). */
class ReadFixturesTest {

  private static GtfsRead read(String fixture) {
    return GtfsReader.read(Fixtures.path(fixture), ReadOptions.defaults());
  }

  @Test
  void portoAlegreEptc() {
    GtfsRead r = read("porto-alegre/poa_eptc.zip");
    Feed f = r.feed();
    assertEquals(1, f.agencies().size());
    assertEquals(3986, f.stops().size());
    assertEquals(115, f.routes().size());
    assertEquals(2374, f.trips().size());
    assertEquals(130019, f.stopTimes().size());
    assertEquals(115, f.calendars().size());
    assertEquals(324, f.calendarDates().size());
    assertEquals(57723, f.shapePoints().size());
    assertEquals(1, f.fareAttributes().size());
    assertEquals(new BigDecimal("4.7"), f.fareAttributes().get(0).price());
    assertNotNull(f.feedInfo());
    assertEquals(LocalDate.of(2019, 4, 11), f.feedInfo().startDate());
    assertEquals("Empresa Publica de Transportes e Circulação", f.agencies().get(0).name());

    // EPTC publishes times only at timepoints: the other 125,271 stay missing, not invented.
    StopTimes st = f.stopTimes();
    int missing = 0;
    for (int row = 0; row < st.size(); row++) {
      if (st.arrival(row) == GtfsTime.MISSING) {
        missing++;
      }
    }
    assertEquals(125271, missing);
    int trip = st.indexOfTrip("T1-2@1#1202");
    int first = st.firstRowOfTrip(trip);
    assertEquals(12 * 3600 + 2 * 60, st.arrival(first));
    assertEquals("1511", st.stopId(first));
    assertEquals(2, st.line(first));
    assertEquals(GtfsTime.MISSING, st.departure(first + 1));

    // Unknown column trip_time is kept; route_text_color "0" is not a colour and is dropped with a warning.
    Trip t = f.trips().get(0);
    assertEquals("60", t.extras().get("trip_time"));
    assertNull(f.routes().get(0).textColor());
    assertEquals("FF0000", f.routes().get(0).color());
    assertTrue(r.notices().stream().anyMatch(n -> n.code().equals("invalid_color") && n.severity() == Severity.WARNING
        && n.file().equals("routes.txt") && n.line() == 2 && "route_text_color".equals(n.field())));
    assertEquals(0, r.errors().size(), r.errors().toString());
    assertEquals(2, r.lines().line("stops.txt", 0));
    assertEquals(3987, r.lines().line("stops.txt", 3985));
  }

  @Test
  void portoAlegreTrensurbHeaderWithStraySpace() {
    GtfsRead r = read("porto-alegre/poa_trensurb.zip");
    Feed f = r.feed();
    Agency a = f.agencies().get(0);
    assertEquals("TRENS", a.id());
    assertEquals("TRENSURB", a.name(), "' agency_name' in the header must be read as agency_name");
    assertTrue(a.extras().isEmpty(), a.extras().toString());
    assertEquals(24, f.stops().size());
    assertEquals(2, f.routes().size());
    assertEquals(1248, f.trips().size());
    assertEquals(14855, f.stopTimes().size());
    assertEquals(963, f.shapePoints().size());
    assertEquals(3, f.calendars().size());
    assertTrue(f.routes().stream().allMatch(route -> route.isRail()));
    Stop mr = f.stops().stream().filter(s -> s.id().equals("MR")).findFirst().orElseThrow();
    assertEquals(-30.0262849537, mr.lat(), 0);
    assertEquals(-51.2282682008, mr.lon(), 0);
    assertEquals(0, r.errors().size(), r.errors().toString());
  }

  @Test
  void cobbAndMarta() {
    GtfsRead cobb = read("cobb-marta/cobblinc-bus-30-only.gtfs.zip");
    assertEquals(187, cobb.feed().stops().size());
    assertEquals(317, cobb.feed().trips().size());
    assertEquals(19597, cobb.feed().stopTimes().size());
    assertEquals(9779, cobb.feed().shapePoints().size());
    assertEquals(4, cobb.feed().calendars().size());
    assertEquals(6, cobb.feed().calendarDates().size());
    StopTimes st = cobb.feed().stopTimes();
    assertTrue(st.extraColumns().contains("start_service_area_radius"), st.extraColumns().toString());
    // continuous_pickup -999 is no GTFS value: dropped (warning), never wrapped into a byte.
    assertEquals(StopTimes.MISSING, st.continuousPickup(0));
    assertTrue(cobb.notices().stream().anyMatch(n -> n.code().equals("unexpected_enum_value")
        && "continuous_pickup".equals(n.field())));

    GtfsRead marta = read("cobb-marta/marta-bus-856-only.gtfs.zip");
    assertEquals(166, marta.feed().stops().size());
    assertEquals(468, marta.feed().trips().size());
    assertEquals(21576, marta.feed().stopTimes().size());
    assertEquals("MARTA", marta.feed().feedInfo().publisherName());
    assertEquals("MARTA", marta.feed().feedInfo().extras().get("feed_id"));
    StopTimes m = marta.feed().stopTimes();
    int row = m.firstRowOfTrip(m.indexOfTrip("6546441"));
    assertEquals(24 * 3600 + 34 * 60, m.arrival(row), "times past 24:00:00 are kept");
    assertEquals(0, cobb.errors().size() + marta.errors().size());
  }

  @Test
  void beattyFolders() {
    GtfsRead r = read("beatty/sample-feed");
    Feed f = r.feed();
    assertEquals(11, f.stops().size());
    assertEquals(10, f.routes().size());
    assertEquals(19, f.trips().size());
    assertEquals(45, f.stopTimes().size());
    assertEquals(6, f.calendars().size());
    assertEquals(1, f.calendarDates().size());
    assertEquals(2, f.fareAttributes().size());
    assertEquals(4, f.fareRules().size());
    assertEquals(11, f.frequencies().size());
    assertEquals(3, f.transfers().size());
    assertEquals(0, f.shapePoints().size());
    Stop boarding = f.stops().stream().filter(s -> s.id().equals("BOARDING_AREA")).findFirst().orElseThrow();
    assertEquals(Stop.BOARDING_AREA, boarding.locationType());
    // Short rows (5 of 9 values) are read with the missing values empty, and a warning.
    assertTrue(r.notices().stream().anyMatch(n -> n.code().equals("invalid_row_length")
        && n.file().equals("stop_times.txt")));
    assertEquals(0, r.errors().size(), r.errors().toString());

    GtfsRead other = read("beatty/another-sample-feed");
    assertEquals(6, other.feed().stops().size());
    assertEquals(3, other.feed().trips().size());
    assertEquals(7, other.feed().stopTimes().size());
    assertEquals(1, other.feed().transfers().size());
    assertEquals(Integer.valueOf(600), other.feed().transfers().get(0).minTransferTime());
    assertFalse(other.feed().stops().isEmpty());
  }
}
