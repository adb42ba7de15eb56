package dev.loopline.gtfs.merge;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.StopTimes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A content hash of a feed, used as the unified feed's {@code feed_version}: it changes exactly when the published
 * content changes, and two merges of the same inputs give the same version. Dates or clocks would not.
 */
final class FeedFingerprint {
  private FeedFingerprint() {}

  /** SHA-256 over every entity but feed_info, as {@code sha256-} and the first 16 hex digits. */
  static String of(Feed feed) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
    for (List<?> list : List.of(feed.agencies(), feed.stops(), feed.routes(), feed.trips(), feed.calendars(),
        feed.calendarDates(), feed.shapePoints(), feed.frequencies(), feed.transfers(), feed.fareAttributes(),
        feed.fareRules(), feed.translations(), feed.networks(), feed.routeNetworks(), feed.otherFiles())) {
      // Records print every component, extras sorted, so toString is a faithful canonical form.
      for (Object o : list) {
        md.update(o.toString().getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
      }
      md.update((byte) 0);
    }
    StopTimes st = feed.stopTimes();
    List<String> extras = st.extraColumns();
    StringBuilder sb = new StringBuilder(128);
    for (int r = 0; r < st.size(); r++) {
      sb.setLength(0);
      sb.append(st.tripId(r)).append(',').append(st.stopId(r)).append(',').append(st.sequence(r)).append(',')
          .append(st.arrival(r)).append(',').append(st.departure(r)).append(',').append(st.headsign(r)).append(',')
          .append(st.pickupType(r)).append(',').append(st.dropOffType(r)).append(',')
          .append(st.continuousPickup(r)).append(',').append(st.continuousDropOff(r)).append(',')
          .append(st.shapeDistTraveled(r)).append(',').append(st.timepoint(r));
      for (String c : extras) {
        sb.append(',').append(st.extra(c, r));
      }
      sb.append('\n');
      md.update(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
    return "sha256-" + HexFormat.of().formatHex(md.digest()).substring(0, 16);
  }
}
