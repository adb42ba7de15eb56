package dev.loopline.web;

import dev.loopline.planner.app.LooplineSettings;
import dev.loopline.planner.app.PlanService;
import dev.loopline.planner.app.WarmUp;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prepares today's trip planning in the background once the server is up, and again just after every midnight on
 * the network's clock, so that the first resident of the day does not wait for the day's timetable to be built (see
 * {@link PlanService#warmUp}). Requests are served meanwhile: one that arrives first simply builds what it needs
 * itself, as it would without this. A failed warm-up is logged and changes nothing else.
 */
@Component
public class PlanWarmUp {
  private static final Logger LOG = LoggerFactory.getLogger(PlanWarmUp.class);
  /** After midnight, how long to wait before preparing the new day (clocks and late trips settle). */
  private static final Duration AFTER_MIDNIGHT = Duration.ofMinutes(2);

  private final PlanService plans;
  private final LooplineSettings settings;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "loopline-plan-warm-up");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    return t;
  });
  private final CompletableFuture<WarmUp> first = new CompletableFuture<>();

  public PlanWarmUp(PlanService plans, LooplineSettings settings) {
    this.plans = plans;
    this.settings = settings;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void start() {
    scheduler.execute(this::run);
  }

  /** The first warm-up after start (completes exceptionally when it failed). */
  public CompletableFuture<WarmUp> first() {
    return first;
  }

  private void run() {
    try {
      WarmUp w = plans.warmUp(settings.plan(), LocalDateTime.now(plans.timeZone()).withSecond(0).withNano(0));
      LOG.info("trip planning for {} ready in {} ms (trial trip: {})", w.date(), w.took().toMillis(), w.status());
      first.complete(w);
    } catch (RuntimeException e) {
      LOG.warn("could not prepare today's trip planning in advance: {}", e.toString());
      first.completeExceptionally(e);
    }
    ZonedDateTime now = ZonedDateTime.now(plans.timeZone());
    ZonedDateTime next = now.toLocalDate().plusDays(1).atStartOfDay(plans.timeZone()).plus(AFTER_MIDNIGHT);
    try {
      scheduler.schedule(this::run, Duration.between(now, next).toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
      // the server is stopping
    }
  }

  @PreDestroy
  public void stop() {
    scheduler.shutdownNow();
  }
}
