package dev.loopline.planner.app;

import dev.loopline.osm.StreetInputException;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.network.NetworkException;
import dev.loopline.planner.progress.ProgressListener;
import java.util.List;
import java.util.OptionalInt;

/**
 * The {@code build} operation: everything a query needs, built once into a network directory (see {@link Network}).
 * Does nothing when the directory's manifest matches the inputs' hashes and options and every file of it is whole,
 * unless forced; a damaged network is rebuilt and the damage reported.
 */
public final class BuildService {

  /**
   * Builds (or finds up to date) and reports what the network holds.
   *
   * @throws NetworkException when an input cannot be used (the message names the file)
   */
  public BuildResult build(BuildRequest request, ProgressListener progress) {
    long t0 = System.nanoTime();
    List<String> damage = List.of();
    if (!request.force()) {
      // The full check: inputs hashed, and when they match every file of the network hashed too.
      Network.Freshness state = Network.freshness(request.inputs(), request.out());
      if (state == Network.Freshness.UP_TO_DATE) {
        return new BuildResult(request.out(), true, null, request.inputs().transferMaxMeters(), OptionalInt.empty(),
            OptionalInt.empty(), 0, seconds(t0), List.of());
      }
      if (state == Network.Freshness.DAMAGED) {
        damage = Network.damage(request.out(), true);
      }
    }
    try (Network net = open(request, progress)) {
      return new BuildResult(request.out(), false, net.manifest().summary(), request.inputs().transferMaxMeters(),
          net.districts().map(d -> OptionalInt.of(d.all().size())).orElse(OptionalInt.empty()),
          net.population().map(p -> OptionalInt.of(p.cells().size())).orElse(OptionalInt.empty()),
          net.population().map(p -> p.totalPopulation()).orElse(0.0), seconds(t0), damage);
    }
  }

  /**
   * Builds the network when its directory is not up to date with the inputs (always with {@code force}), then
   * opens it. The caller closes the network.
   *
   * @throws NetworkException when an input cannot be used (the message names the file)
   */
  public Network open(BuildRequest request, ProgressListener progress) {
    try {
      return request.force() ? Network.rebuild(request.inputs(), request.out(), progress)
          : Network.build(request.inputs(), request.out(), progress);
    } catch (StreetInputException e) {
      throw new NetworkException(e.getMessage(), e);
    }
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
