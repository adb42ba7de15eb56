package dev.loopline.gtfs.merge;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.read.GtfsReader;
import dev.loopline.gtfs.read.ReadOptions;
import dev.loopline.gtfs.testing.TestFeeds;
import dev.loopline.gtfs.write.GtfsWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Feeds a merge test constructs file by file, read back as merge inputs, and the zips it writes, in one folder. */
final class ConstructedFeeds {
  private final Path dir;
  private int count;

  ConstructedFeeds(Path dir) {
    this.dir = dir;
  }

  /** The files written as a feed folder and read as the merge input {@code feedId}. */
  MergeInput input(String feedId, Map<String, String> files) {
    Path folder = TestFeeds.folder(dir.resolve(feedId + "-" + count++), files);
    return new MergeInput(feedId, GtfsReader.read(folder, ReadOptions.defaults()));
  }

  /** The feed written as a zip of its own. */
  Path write(Feed feed) throws IOException {
    Path zip = dir.resolve("out-" + count++ + ".zip");
    GtfsWriter.write(feed, zip);
    return zip;
  }
}
