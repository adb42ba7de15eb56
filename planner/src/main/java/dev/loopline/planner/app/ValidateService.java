package dev.loopline.planner.app;

import dev.loopline.gtfs.GtfsException;
import dev.loopline.gtfs.read.GtfsRead;
import dev.loopline.gtfs.read.GtfsReader;
import dev.loopline.gtfs.read.ReadOptions;
import dev.loopline.gtfs.validate.FeedValidator;

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
}
