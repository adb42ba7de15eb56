package dev.loopline.gtfs.read;

import dev.loopline.gtfs.io.IoErrors;
import dev.loopline.gtfs.GtfsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads a GTFS feed from a zip or a folder into the model. Real feeds are messy, so the reader is lenient where the
 * meaning is clear (nested folder, BOM, CRLF, GBK text, header spaces, short rows, unknown columns kept as extras)
 * and strict where it is not: a row whose required values are missing or bad is dropped with an ERROR notice, a bad
 * optional value is left empty with a notice, and problems that make the whole input unusable (not a zip, a
 * required file or column missing, a zip bomb, an unsafe path) throw {@link GtfsException} with one clear message
 * naming file, line and field. Either a whole feed comes back or nothing does.
 *
 * <p>Referential integrity (trips pointing at existing routes and so on) is not checked here; that is the
 * validator's job.
 */
public final class GtfsReader {
  private GtfsReader() {}

  /** Reads with {@link ReadOptions#defaults()}. */
  public static GtfsRead read(Path zipOrFolder) throws GtfsException {
    return read(zipOrFolder, ReadOptions.defaults());
  }

  public static GtfsRead read(Path zipOrFolder, ReadOptions options) throws GtfsException {
    Objects.requireNonNull(zipOrFolder, "zipOrFolder");
    Objects.requireNonNull(options, "options");
    String source = zipOrFolder.toString();
    try (FeedSource files = FeedSource.open(zipOrFolder, options.limits())) {
      return new FeedAssembler(source, files, options).read();
    } catch (IOException | UncheckedIOException e) {
      throw new GtfsException(source + ": cannot read (" + IoErrors.describe(e) + ")", e);
    }
  }
}
