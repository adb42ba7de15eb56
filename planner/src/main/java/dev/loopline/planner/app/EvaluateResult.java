package dev.loopline.planner.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopline.planner.report.GeoJsonLayers;
import dev.loopline.planner.report.ReportJson;
import dev.loopline.planner.report.ScenarioTable;
import dev.loopline.planner.score.Evaluation;
import java.nio.file.Path;
import java.util.Map;

/**
 * An evaluation and where its report was written.
 *
 * @param evaluation the baseline's and every proposal's scores
 * @param html       the report's {@code report.html}, or {@code null} when no report directory was asked for
 */
public record EvaluateResult(Evaluation evaluation, Path html) {
  /** The whole evaluation as JSON: what {@code evaluate} writes as {@code report.json}. */
  public ObjectNode reportJson() {
    return ReportJson.tree(evaluation);
  }

  /**
   * The evaluation's map layers as GeoJSON trees by name (routed lines, new stops, newly covered cells, loops and,
   * with scenarios, the cells gained and lost, their lines and the difference map): the report's GeoJSON files.
   */
  public Map<String, ObjectNode> mapLayers() {
    return GeoJsonLayers.all(evaluation);
  }

  /** The scenarios side by side with the baseline as JSON: what {@code compare --json} prints. */
  public ArrayNode scenarioTableJson() {
    return ScenarioTable.json(evaluation);
  }
}
