package dev.loopline.planner.report;

import dev.loopline.gtfs.io.AtomicFiles;
import dev.loopline.planner.score.Evaluation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a report directory: {@code report.json}, {@code summary.csv}, {@code district_split.csv}, the GeoJSON
 * layers and {@code report.html}. All files go into a temporary sibling directory first, which is then renamed to
 * the target (replacing an older report), so that the directory is either the old report or the new one, never a
 * mix.
 */
public final class ReportWriter {
  private ReportWriter() {}

  /** File name to content, in writing order. */
  public static Map<String, String> files(Evaluation e) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("report.json", ReportJson.write(ReportJson.tree(e)));
    files.put("summary.csv", SummaryCsv.summary(e));
    files.put("district_split.csv", SummaryCsv.districtSplit(e));
    files.putAll(GeoJsonLayers.layers(e));
    files.put("report.html", HtmlReport.write(e));
    return files;
  }

  /** Writes the report into {@code dir} (created or replaced) and returns the path of {@code report.html}. */
  public static Path write(Evaluation e, Path dir) {
    return writeFiles(files(e), dir).resolve("report.html");
  }

  /** Writes files into a directory atomically (temporary sibling, then rename). */
  public static Path writeFiles(Map<String, String> files, Path dir) {
    Path target = dir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(target.getParent());
      if (Files.exists(target) && !Files.isDirectory(target)) {
        throw new UncheckedIOException(new IOException(target + " exists and is not a directory"));
      }
      AtomicFiles.replaceDirectory(target, tmp -> {
        for (Map.Entry<String, String> f : files.entrySet()) {
          Files.writeString(tmp.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
      });
      return target;
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write the report to " + dir + ": " + ex.getMessage(), ex);
    }
  }
}
