package dev.loopline.planner.report;

import dev.loopline.gtfs.io.IoErrors;
import dev.loopline.gtfs.io.NamedPath;
import dev.loopline.gtfs.io.OutputGuard;
import dev.loopline.gtfs.io.OutputKind;
import dev.loopline.planner.score.Evaluation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes a report directory: {@code report.json}, {@code summary.csv}, {@code district_split.csv}, the GeoJSON
 * layers, the scenario comparison's files when scenarios were compared ({@link ScenarioData}) and
 * {@code report.html}. All files go into a temporary sibling directory first, which is then renamed to
 * the target (replacing an older report), so that the directory is either the old report or the new one, never a
 * mix. The folder is written only where {@link OutputGuard} allows: a new or empty folder, or an earlier report
 * that holds nothing but its own files.
 */
public final class ReportWriter {
  /** The report folder's kind, in its marker. Unmarked folders holding only report files are earlier reports. */
  public static final OutputKind KIND = new OutputKind("report", "an evaluation report", ReportWriter::isOldReport,
      false);

  private static final Set<String> NAMES = Set.of("report.json", "summary.csv", "district_split.csv", "report.html");

  private ReportWriter() {}

  /** File name to content, in writing order. */
  public static Map<String, String> files(Evaluation e) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("report.json", ReportJson.write(ReportJson.tree(e)));
    files.put("summary.csv", SummaryCsv.summary(e));
    files.put("district_split.csv", SummaryCsv.districtSplit(e));
    files.putAll(GeoJsonLayers.layers(e));
    if (!e.scenarios().isEmpty()) {
      files.putAll(ScenarioData.files(e));
    }
    files.put("report.html", HtmlReport.write(e));
    return files;
  }

  /**
   * Writes the report into {@code dir} (created or replaced) and returns the path of {@code report.html}.
   *
   * @param force also replace another kind of Loopline output (never files Loopline did not write)
   * @throws dev.loopline.gtfs.io.OutputRefusedException when the folder is not Loopline's to replace
   */
  public static Path write(Evaluation e, NamedPath dir, boolean force) {
    return writeFiles(files(e), dir, force).resolve("report.html");
  }

  /** {@link #write(Evaluation, NamedPath, boolean)} for a folder named by {@code --out}, without force. */
  public static Path write(Evaluation e, Path dir) {
    return write(e, new NamedPath("--out", dir), false);
  }

  /** Writes files into a report folder atomically (temporary sibling, then rename), as the guard allows. */
  public static Path writeFiles(Map<String, String> files, NamedPath dir, boolean force) {
    Path target = dir.path().toAbsolutePath().normalize();
    try {
      OutputGuard.replaceFolder(dir, KIND, force, tmp -> {
        for (Map.Entry<String, String> f : files.entrySet()) {
          Files.writeString(tmp.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
      });
      return target;
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write the report to " + dir.path() + ": " + IoErrors.describe(ex), ex);
    }
  }

  /** A folder from before markers that holds nothing but report files. */
  private static boolean isOldReport(Path dir) {
    try (var s = Files.list(dir)) {
      return Files.isRegularFile(dir.resolve("report.json")) && s.map(p -> p.getFileName().toString())
          .allMatch(n -> NAMES.contains(n) || ScenarioData.NAMES.contains(n) || n.endsWith(".geojson"));
    } catch (IOException e) {
      return false;
    }
  }
}
