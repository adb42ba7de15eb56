package dev.loopline.planner.app;

import dev.loopline.gtfs.GtfsException;
import dev.loopline.gtfs.merge.FeedMerger;
import dev.loopline.gtfs.merge.FeedSource;
import dev.loopline.gtfs.merge.MergeInput;
import dev.loopline.gtfs.merge.MergeReport;
import dev.loopline.gtfs.read.GtfsReader;
import dev.loopline.gtfs.write.GtfsWriter;
import dev.loopline.gtfs.write.WriteOptions;
import dev.loopline.planner.progress.ProgressListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code merge} operation: reads every district feed, merges them (see {@link FeedMerger}) and writes the
 * unified zip and the report. Nothing is written unless the merge succeeds; each file is replaced atomically.
 */
public final class MergeService {

  /**
   * @throws GtfsException when a feed cannot be read or the merge would be invalid; the message starts with the
   *     feed id ({@code feed 'bishan': ...}) and the notices name file, line and field
   * @throws IOException when an output cannot be written
   */
  public MergeReport merge(MergeRequest request, ProgressListener progress) throws IOException {
    List<MergeInput> inputs = new ArrayList<>();
    int total = request.feeds().size();
    for (FeedSource source : request.feeds()) {
      progress.update("read feeds", inputs.size(), total);
      try {
        inputs.add(new MergeInput(source.id(), GtfsReader.read(source.path(), source.readOptions())));
      } catch (GtfsException e) {
        throw new GtfsException("feed '" + source.id() + "': " + e.getMessage(), e.notices());
      }
    }
    progress.update("merge", 0, 1);
    dev.loopline.gtfs.merge.MergeResult result = FeedMerger.merge(inputs, request.options());
    progress.update("merge", 1, 1);
    GtfsWriter.write(result.feed(), request.out(), WriteOptions.defaults());
    if (request.report() != null) {
      result.report().write(request.report());
    }
    return result.report();
  }
}
