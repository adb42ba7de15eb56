package dev.loopline.gtfs.validate;

import static dev.loopline.gtfs.validate.ValidationContext.TRIPS;

import dev.loopline.gtfs.model.BlockOverlaps;
import dev.loopline.gtfs.model.Trip;
import java.util.List;

/** Vehicle blocks: no two trips of a block run at the same time on a common date. */
final class BlockCheck {
  private BlockCheck() {}

  static void run(ValidationContext ctx) {
    List<Trip> trips = ctx.feed.trips();
    for (BlockOverlaps.Overlap o : BlockOverlaps.find(ctx.feed)) {
      ctx.error("block_trips_with_overlapping_stop_times", TRIPS, ctx.line(TRIPS, o.trip()), "block_id",
          BlockOverlaps.describe(ctx.feed, o));
    }
  }
}
