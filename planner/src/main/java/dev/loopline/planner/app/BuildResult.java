package dev.loopline.planner.app;

import dev.loopline.planner.network.Manifest;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * A network directory built (or found up to date).
 *
 * @param dir             the network directory
 * @param upToDate        true when nothing was built because the directory already matched the inputs
 * @param summary         stops, stops on streets, transfers, service dates, reader notices (from the manifest)
 * @param transferMeters  the walking transfer distance the network was built with
 * @param districts       number of districts, when the network has them
 * @param populationCells number of population cells, when the network has a population grid
 * @param population      people in the population grid (0 without one)
 * @param seconds         wall-clock seconds the operation took
 * @param damage          what was wrong with the network found in {@code dir} and rebuilt (see
 *                        {@link dev.loopline.planner.network.Network#damage}); empty when it was whole or absent
 */
public record BuildResult(Path dir, boolean upToDate, Manifest.Summary summary, double transferMeters,
                          OptionalInt districts, OptionalInt populationCells, double population, double seconds,
                          List<String> damage) {
  public BuildResult {
    damage = List.copyOf(damage);
  }
}
