package dev.loopline.planner.sample;

import dev.loopline.gtfs.io.NamedPath;
import java.util.Objects;

/**
 * Generate the synthetic sample into a folder.
 *
 * @param out         the folder to write, as the user named it (created; a folder Loopline did not write is never
 *                    replaced)
 * @param seed        the random seed ({@link SampleOptions#DEFAULT_SEED} for the documented sample)
 * @param scale       about N times the scale-1 network, 1–{@link SampleOptions#MAX_SCALE}
 * @param render      a PNG map to draw as well, as the user named it, or {@code null}
 * @param renderWidth the map's width in pixels, 200–10,000
 * @param force       also replace another kind of Loopline output in {@code out}
 */
public record SampleRequest(NamedPath out, long seed, int scale, NamedPath render, int renderWidth,
                            boolean force) {
  public SampleRequest {
    Objects.requireNonNull(out, "out");
  }
}
