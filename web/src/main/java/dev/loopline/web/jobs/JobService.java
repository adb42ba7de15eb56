package dev.loopline.web.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopline.planner.app.InvalidRequestException;
import dev.loopline.planner.progress.OperationCancelledException;
import dev.loopline.planner.proposal.ProposalException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
  private static final Logger LOG = LoggerFactory.getLogger(JobService.class);

  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "loopline-job");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Job> jobs = new LinkedHashMap<>();

  /**
   * Queues work; it receives its job as the progress listener (which also answers whether to stop) and returns the
   * result. Expected failures (a bad proposal, a bad value, a cancel) end the job with their message; anything else
   * is a fault, logged and reported as one line.
   */
  public Job submit(String kind, Function<Job, JsonNode> work) {
    Job job = new Job(UUID.randomUUID().toString(), kind);
    synchronized (jobs) {
      forgetOldJobs();
      jobs.put(job.id(), job);
    }
    job.running(worker.submit(() -> run(job, work)));
    return job;
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

  public Optional<Job> find(String id) {
    synchronized (jobs) {
      return Optional.ofNullable(jobs.get(id));
    }
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
