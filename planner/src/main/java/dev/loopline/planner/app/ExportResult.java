package dev.loopline.planner.app;

import dev.loopline.gtfs.merge.MergeReport.Repair;
import java.nio.file.Path;
import java.util.List;

/**
 * A written export: the zip, and what {@code --repair} mended or dropped in the network's own feed so that
 * MobilityData's validator passes it (empty when the feed needed nothing).
 */
public record ExportResult(Path out, List<Repair> repairs) {
  public ExportResult {
    repairs = List.copyOf(repairs);
  }
}
