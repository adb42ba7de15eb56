package dev.loopline.planner.app;

import dev.loopline.planner.score.Evaluation;
import java.nio.file.Path;

/**
 * An evaluation and where its report was written.
 *
 * @param evaluation the baseline's and every proposal's scores
 * @param html       the report's {@code report.html}, or {@code null} when no report directory was asked for
 */
public record EvaluateResult(Evaluation evaluation, Path html) {}
