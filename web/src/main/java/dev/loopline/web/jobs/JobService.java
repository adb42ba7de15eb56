package dev.loopline.web.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopline.planner.app.InvalidRequestException;
import dev.loopline.planner.progress.OperationCancelledException;
import dev.loopline.planner.proposal.ProposalException;
import dev.loopline.web.store.JobStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
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
  /** Jobs whose map layers are kept (each can hold megabytes of cells); older ones forget theirs. */
  static final int LAYERS_KEPT = 10;
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

  /** The error of a job the server's stop interrupted. */
  public static final String INTERRUPTED = "interrupted: the server stopped before this job finished; start it again";

  /**
   * Queues work; it receives its job as the progress listener (which also answers whether to stop) and returns the
   * result. Expected failures (a bad proposal, a bad value, a cancel) end the job with their message; anything else
   * is a fault, logged and reported as one line.
   */
  public Job submit(String kind, Function<Job, JsonNode> work) {
    Job job = new Job(UUID.randomUUID().toString(), kind);
    String owner = owner();
    synchronized (jobs) {
      forgetOldJobs();
      jobs.put(job.id(), job);
    }
    record(job, owner);
    job.running(worker.submit(() -> {
      run(job, work, () -> record(job, owner));
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
    return store.find(id).map(s -> Job.restored(s, json));
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
