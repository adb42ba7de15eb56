package dev.loopline.web.store;

import java.util.Optional;

/** Where jobs are recorded, so that a result outlives the server and an interrupted job is not lost silently. */
public interface JobStore {
  /** Records the job's current state (inserted the first time, replaced afterwards), in one transaction. */
  void save(StoredJob job);

  Optional<StoredJob> find(String id);

  /**
   * Marks every job still queued or running as failed with {@code why}: called at start, when no job of this
   * process can be running yet, so those were interrupted by a stop.
   *
   * @return how many were marked
   */
  int failUnfinished(String why);
}
