package dev.loopline.planner.sample;

import dev.loopline.gtfs.io.IoErrors;
import dev.loopline.gtfs.io.NamedPath;
import dev.loopline.gtfs.io.OutputGuard;
import dev.loopline.gtfs.io.OutputRefusedException;
import dev.loopline.planner.app.InvalidRequestException;
import dev.loopline.planner.progress.ProgressCounter;
import dev.loopline.planner.progress.ProgressListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code sample} operation: writes the synthetic Science City (see {@link SampleGenerator}) into a folder, and
 * optionally a PNG map of it. The folder appears complete or not at all. It lives with the sample, outside the
 * application core, so that production code never carries the generator along.
 */
public final class SampleService {

  /** What was written: the summary of the sample and the map, or {@code null} without one. */
  public record Result(SampleSummary summary, Path map) {}

  /**
   * @throws InvalidRequestException when the scale or the width is out of range
   * @throws OutputRefusedException  when an output is not Loopline's to write (checked before any work)
   * @throws IOException             when the sample or the map cannot be written (the message names the path)
   */
  public Result generate(SampleRequest request, ProgressListener progress) throws IOException {
    Path out = request.out().path();
    int scale = request.scale();
    if (scale < 1 || scale > SampleOptions.MAX_SCALE) {
      throw InvalidRequestException.sentence("scale",
          "must be between 1 and " + SampleOptions.MAX_SCALE + ", got " + scale);
    }
    if (request.renderWidth() < 200 || request.renderWidth() > 10_000) {
      throw InvalidRequestException.sentence("renderWidth",
          "must be between 200 and 10000 pixels, got " + request.renderWidth());
    }
    // Every output is checked before any work (see OutputGuard): never a folder or file Loopline did not write.
    List<NamedPath> outputs = new ArrayList<>(List.of(request.out()));
    if (request.render() != null) {
      outputs.add(request.render());
    }
    OutputGuard.checkPaths(List.of(), outputs);
    OutputGuard.checkFolder(request.out(), SampleGenerator.KIND, request.force());
    if (request.render() != null) {
      OutputGuard.checkFile(request.render());
    }
    Path render = request.render() == null ? null : request.render().path();
    ProgressCounter counter = new ProgressCounter(progress, "sample", SampleGenerator.STAGES.size());
    SampleSummary summary;
    GeneratedSample sample;
    try {
      long t0 = System.nanoTime();
      sample = SampleGenerator.generate(new SampleOptions(request.seed(), scale), stage -> counter.step(1));
      summary = SampleGenerator.write(sample, out, request.force(), stage -> counter.step(1), t0);
    } catch (IOException e) {
      throw new IOException("cannot write the sample to " + out + ": " + IoErrors.describe(e), e);
    }
    if (render != null) {
      try {
        SampleRenderer.render(sample, render, request.renderWidth());
      } catch (IOException e) {
        throw new IOException("cannot write the map " + render + ": " + IoErrors.describe(e), e);
      }
    }
    return new Result(summary, render);
  }
}
