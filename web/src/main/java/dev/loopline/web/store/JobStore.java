package dev.loopline.web.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where jobs are recorded, so that a result outlives the server and an interrupted job is not lost silently. */
public interface JobStore {
  /** Records the job's current state (inserted the first time, replaced afterwards), in one transaction. */
  void save(StoredJob job);

  Optional<StoredJob> find(String id);

  /** The newest {@code limit} jobs of {@code owner}, newest first. */
  List<JobSummary> recent(String owner, int limit);

  /**
   * Marks every job still queued or running as failed with {@code why}: called at start, when no job of this
   * process can be running yet, so those were interrupted by a stop.
   *
   * @return how many were marked
   */
  int failUnfinished(String why);

  /**
   * Records the map layers of a finished job (gzip-compressed GeoJSON by layer name), replacing any it had, and then
   * keeps the layers of the {@code keep} newest jobs that have some (by creation time): older jobs' are deleted. One
   * transaction.
   */
  void saveLayers(String jobId, Map<String, byte[]> layers, int keep);

  /** The names of a job's recorded map layers, sorted; empty when it has none, or no longer. */
  List<String> layerNames(String jobId);

  /** One recorded map layer of a job, gzip-compressed GeoJSON. */
  Optional<byte[]> layer(String jobId, String name);
}
