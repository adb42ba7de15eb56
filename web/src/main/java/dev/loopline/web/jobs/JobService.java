package dev.loopline.web.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopline.planner.app.InvalidRequestException;
import dev.loopline.planner.progress.OperationCancelledException;
import dev.loopline.planner.proposal.ProposalException;
import dev.loopline.web.store.JobStore;
import dev.loopline.web.store.JobSummary;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Runs jobs one at a time on a background thread (an evaluation already uses every core) and keeps the last
 * {@value #KEPT} of them for polling.
 */
@Service
public class JobService implements DisposableBean {
  /** Finished jobs kept for polling; the oldest finished ones go first. */
  static final int KEPT = 100;
  /** Jobs whose map layers are held in memory (each can hold megabytes of cells); older ones read theirs back. */
  static final int LAYERS_KEPT = 10;
  /** Jobs whose map layers the store keeps, compressed (about 100 kB for the demo's evaluation); older lose theirs. */
  public static final int STORED_LAYERS_KEPT = 50;
  private static final Logger LOG = LoggerFactory.getLogger(JobService.class);

  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "loopline-job");
    t.setDaemon(true);
    return t;
  });
  private final SequencedMap<String, Job> jobs = new LinkedHashMap<>();
  private final JobStore store;
  private final ObjectMapper json;

  /** At start, a job the store still holds as queued or running was interrupted by the server's stop. */
  public JobService(JobStore store, ObjectMapper json) {
    this.store = store;
    this.json = json;
    int interrupted = store.failUnfinished(INTERRUPTED);
    if (interrupted > 0) {
      LOG.warn("{} job(s) were interrupted by the last stop and are marked failed", interrupted);
    }
  }

  /** The longest title recorded (the column's width); a longer one is cut with an ellipsis. */
  static final int TITLE_MAX = 400;

  /** The newest {@code limit} jobs of the signed-in user, newest first; none for an anonymous caller. */
  public List<JobSummary> recentOfCaller(int limit) {
    String owner = owner();
    return owner == null ? List.of() : store.recent(owner, limit);
  }

  /** The error of a job the server's stop interrupted. */
  public static final String INTERRUPTED = "interrupted: the server stopped before this job finished; start it again";

  /**
   * Queues work; it receives its job as the progress listener (which also answers whether to stop) and returns the
   * result. Expected failures (a bad proposal, a bad value, a cancel) end the job with their message; anything else
   * is a fault, logged and reported as one line.
   */
  public Job submit(String kind, String title, Function<Job, JsonNode> work) {
    Job job = new Job(UUID.randomUUID().toString(), kind, title == null || title.length() <= TITLE_MAX ? title
        : title.substring(0, TITLE_MAX - 1) + "…");
    String owner = owner();
    synchronized (jobs) {
      forgetOldJobs();
      jobs.put(job.id(), job);
    }
    record(job, owner);
    job.running(worker.submit(() -> {
      run(job, work, () -> {
        record(job, owner);
        recordLayers(job);
      });
    }));
    return job;
  }

  private static void run(Job job, Function<Job, JsonNode> work, Runnable record) {
    try {
      run(job, work);
    } finally {
      record.run();
    }
  }

  private static void run(Job job, Function<Job, JsonNode> work) {
    if (job.cancelled()) {
      job.wasCancelled();
      return;
    }
    job.started();
    try {
      job.done(work.apply(job));
    } catch (OperationCancelledException e) {
      job.wasCancelled();
    } catch (ProposalException e) {
      job.failed(400, e.field(), e.getMessage());
    } catch (InvalidRequestException e) {
      job.failed(400, e.field(), e.getMessage());
    } catch (RuntimeException | OutOfMemoryError e) {
      LOG.error("job {} ({}) failed", job.id(), job.kind(), e);
      job.failed(500, null, "internal error: " + (e.getMessage() == null ? e.getClass().getSimpleName()
          : e.getMessage()));
    }
  }

  /** A job of this run, or one recorded by an earlier run (finished, or failed by the stop that interrupted it). */
  public Optional<Job> find(String id) {
    synchronized (jobs) {
      Job j = jobs.get(id);
      if (j != null) {
        return Optional.of(j);
      }
    }
    return store.find(id).map(s -> {
      Job j = Job.restored(s, json);
      if (j.state() == Job.State.DONE) {
        j.storedLayers(store.layerNames(id), name -> readLayer(id, name));
      }
      return j;
    });
  }

  /**
   * Records a finished job's map layers in the store, so that they outlive this server and its memory; a failing
   * database is logged, and the layers stay in memory for as long as they would anyway.
   */
  private void recordLayers(Job job) {
    Map<String, ObjectNode> layers = job.layersInMemory();
    if (job.state() != Job.State.DONE || layers.isEmpty()) {
      return;
    }
    try {
      Map<String, byte[]> packed = new TreeMap<>();
      layers.forEach((name, layer) -> packed.put(name, CompressedGeoJson.pack(layer, json)));
      store.saveLayers(job.id(), packed, STORED_LAYERS_KEPT);
      job.storedLayers(List.copyOf(packed.keySet()), name -> readLayer(job.id(), name));
    } catch (RuntimeException e) {
      LOG.error("job {}: its map layers could not be recorded", job.id(), e);
    }
  }

  private Optional<ObjectNode> readLayer(String jobId, String name) {
    return store.layer(jobId, name).map(packed -> {
      try {
        return CompressedGeoJson.unpack(packed, json);
      } catch (IOException e) {
        throw new IllegalStateException("job " + jobId + ": its stored map layer '" + name + "' does not read: "
            + e.getMessage(), e);
      }
    });
  }

  /** Records the job's state; a failing database is logged, never the job's failure. */
  private void record(Job job, String owner) {
    try {
      store.save(job.stored(owner, json));
    } catch (RuntimeException e) {
      LOG.error("job {}: its state could not be recorded", job.id(), e);
    }
  }

  private static String owner() {
    var a = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
    return a == null ? null : a.getName();
  }

  /**
   * Cancels a job: a queued one never runs, a running one stops at its next unit of work.
   *
   * @return empty when there is no such job; else whether it was still unfinished
   */
  public Optional<Boolean> cancel(String id) {
    return find(id).map(Job::cancel);
  }

  private void forgetOldJobs() {
    int withLayers = 0;
    for (Job j : jobs.reversed().values()) {
      if (!j.layerNames().isEmpty() && ++withLayers >= LAYERS_KEPT) {
        j.forgetLayers();
      }
    }
    if (jobs.size() < KEPT) {
      return;
    }
    jobs.values().removeIf(j -> j.finished() && jobs.size() >= KEPT);
  }

  @Override
  public void destroy() {
    synchronized (jobs) {
      jobs.values().forEach(Job::cancel);
    }
    worker.shutdownNow();
  }
}
