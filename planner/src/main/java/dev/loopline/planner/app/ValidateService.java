package dev.loopline.planner.app;

import dev.loopline.gtfs.GtfsException;
import dev.loopline.gtfs.merge.FeedSource;
import dev.loopline.gtfs.merge.FeedsConfig;
import dev.loopline.gtfs.read.GtfsRead;
import dev.loopline.gtfs.read.GtfsReader;
import dev.loopline.gtfs.read.ReadOptions;
import dev.loopline.gtfs.validate.FeedValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The {@code validate} operation: reads a feed and lists every problem found. */
public final class ValidateService {

  /**
   * @throws GtfsException when the feed cannot be read at all (not a zip or folder, unsafe zip); problems inside
   *     a readable feed are notices of the result, not exceptions
   */
  public ValidateResult validate(ValidateRequest request) {
    ReadOptions options = ReadOptions.defaults().withCrs(request.crs()).withEncoding(request.encoding());
    GtfsRead read = GtfsReader.read(request.feed(), options);
    return new ValidateResult(read.source(), FeedValidator.validate(read));
  }

  /**
   * Every feed a feeds list names ({@code feeds.yaml}, as {@code merge --feeds} reads it), validated in the list's
   * order with its own coordinate system and encoding.
   *
   * @throws GtfsException when the list or one of its feeds cannot be read at all
   */
  public List<FeedValidation> validateFeeds(Path feedsYaml) {
    List<FeedValidation> out = new ArrayList<>();
    for (FeedSource s : FeedsConfig.load(feedsYaml).feeds()) {
      out.add(new FeedValidation(s.id(), s.path(), s.crs().name().toLowerCase(Locale.ROOT), s.encoding().name(),
          validate(new ValidateRequest(s.path(), s.crs(), s.encoding()))));
    }
    return out;
  }
}
