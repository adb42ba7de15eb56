package dev.loopline.planner.bench;

import dev.loopline.gtfs.merge.FeedMerger;
import dev.loopline.gtfs.merge.MergeInput;
import dev.loopline.gtfs.merge.MergeOptions;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedBuilder;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.read.GtfsRead;
import java.util.ArrayList;
import java.util.List;

/**
 * The largest real feed the fixtures make: EPTC's buses several times over, each copy's trips a few minutes later
 * than the previous copy's (as if the city ran each line more often), merged with the TRENSURB metro by the
 * merger. The copies' stops are the same places with the same names, so they merge into one stop each; their trips
 * differ in time, so none is dropped as a duplicate. Real stops, shapes, calendars and trip patterns; only the
 * frequency is multiplied.
 */
final class LargeFeed {
  /** Minutes between one copy's trips and the next copy's. */
  static final int SHIFT_MINUTES = 7;

  private LargeFeed() {}

  static Feed of(GtfsRead eptc, GtfsRead trensurb, int copies) {
    List<MergeInput> inputs = new ArrayList<>();
    for (int k = 0; k < copies; k++) {
      FeedBuilder b = eptc.feed().toBuilder();
      b.stopTimes = shifted(eptc.feed().stopTimes(), k * SHIFT_MINUTES * 60);
      inputs.add(new MergeInput("eptc" + (k + 1), new GtfsRead(eptc.source(), b.build(), eptc.notices(),
          eptc.lines())));
    }
    inputs.add(new MergeInput("trensurb", trensurb));
    return FeedMerger.merge(inputs, MergeOptions.defaults()).feed();
  }

  private static StopTimes shifted(StopTimes st, int seconds) {
    StopTimes.Builder b = new StopTimes.Builder().ensureCapacity(st.size());
    for (int r = 0; r < st.size(); r++) {
      b.add(st.tripId(r), later(st.arrival(r), seconds), later(st.departure(r), seconds), st.stopId(r),
          st.sequence(r), st.headsign(r), st.pickupType(r), st.dropOffType(r), st.continuousPickup(r),
          st.continuousDropOff(r), st.shapeDistTraveled(r), st.timepoint(r));
    }
    return b.build();
  }

  private static int later(int time, int seconds) {
    return time == StopTimes.MISSING ? time : time + seconds;
  }
}
