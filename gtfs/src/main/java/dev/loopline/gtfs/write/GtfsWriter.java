package dev.loopline.gtfs.write;

import dev.loopline.gtfs.io.IoErrors;
import dev.loopline.gtfs.io.NamedPath;
import dev.loopline.gtfs.io.OutputGuard;
import dev.loopline.gtfs.io.OutputKind;
import dev.loopline.gtfs.model.Feed;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a feed as a GTFS zip or folder. The same feed always gives the same bytes: rows sorted by primary key,
 * fixed column and file order, fixed number formats, every zip entry stamped {@link #ENTRY_TIME} and deflated at a
 * fixed level ({@link WriteOptions#compressionLevel()}) by the JDK's zlib. Files appear only when they have rows,
 * except the required ones. Output is atomic: it is written next to the target and renamed into place when
 * complete.
 */
public final class GtfsWriter {
  /** The timestamp of every zip entry (local DOS time, so it does not depend on the time zone). */
  public static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  /** A GTFS folder's kind in its output marker: only such a folder is ever replaced by {@link #writeFolder}. */
  public static final OutputKind FOLDER_KIND = OutputKind.of("gtfs", "a GTFS folder");

  private GtfsWriter() {}

  public static void write(Feed feed, Path zipFile) throws IOException {
    write(feed, zipFile, WriteOptions.defaults());
  }

  /**
   * Writes a zip; an existing file is replaced atomically.
   *
   * @throws dev.loopline.gtfs.io.OutputRefusedException if {@code zipFile} is a folder or inside a folder Loopline
   *     wrote (see {@link OutputGuard#checkFile})
   */
  public static void write(Feed feed, Path zipFile, WriteOptions options) throws IOException {
    List<TableOutput> tables = FeedTables.of(feed, options.crs());
    OutputGuard.replaceFile(new NamedPath("GTFS output", zipFile), temp -> {
      try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
           ZipOutputStream zip = new ZipOutputStream(file, java.nio.charset.StandardCharsets.UTF_8)) {
        zip.setMethod(ZipOutputStream.DEFLATED);
        zip.setLevel(options.compressionLevel());
        for (TableOutput table : tables) {
          ZipEntry entry = new ZipEntry(table.fileName());
          entry.setTimeLocal(ENTRY_TIME);
          zip.putNextEntry(entry);
          writeTable(table, zip, options);
          zip.closeEntry();
        }
      }
    });
  }

  public static void writeFolder(Feed feed, Path dir) throws IOException {
    writeFolder(feed, dir, WriteOptions.defaults());
  }

  /**
   * Writes a folder of .txt files (and Loopline's output marker). An existing folder is replaced as a whole, and only
   * when it is empty or a GTFS folder this writer wrote and nobody changed since (see {@link OutputGuard}).
   */
  public static void writeFolder(Feed feed, Path dir, WriteOptions options) throws IOException {
    NamedPath out = new NamedPath("GTFS output folder", dir);
    OutputGuard.checkFolder(out, FOLDER_KIND, false);
    List<TableOutput> tables = FeedTables.of(feed, options.crs());
    OutputGuard.replaceFolder(out, FOLDER_KIND, false, temp -> {
      for (TableOutput table : tables) {
        try (OutputStream file = Files.newOutputStream(temp.resolve(table.fileName()))) {
          writeTable(table, file, options);
        }
      }
    });
  }

  private static void writeTable(TableOutput table, OutputStream out, WriteOptions options) throws IOException {
    CsvOut csv = new CsvOut(out, options.encoding());
    try {
      table.write(csv);
      csv.finish();
    } catch (CharacterCodingException e) {
      throw new IOException(table.fileName() + ": a value cannot be written in " + options.encoding().name()
          + " (" + IoErrors.describe(e) + ")", e);
    }
  }
}
