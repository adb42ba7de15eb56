package dev.loopline.web.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopline.planner.progress.ProgressListener;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopline.web.store.StoredJob;
import java.time.Instant;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * One piece of long work and what is known of it. Its progress is that of the stage being worked on (a stage such
 * as "accessibility baseline" counts its own units), which is what the user sees move. Thread-safe.
 */
public final class Job implements ProgressListener {
  /** Where a job stands. */
  public enum State { QUEUED, RUNNING, DONE, FAILED, CANCELLED }

  private final String id;
  private final String kind;
  private final String title;
  private final Instant created;
  private volatile Instant finishedAt;
  private volatile State state = State.QUEUED;
  private volatile String stage = "queued";
  private volatile double progress;
  private volatile boolean cancelRequested;
  private volatile JsonNode result;
  private volatile String error;
  private volatile String errorField;
  private volatile int errorStatus;
  private volatile Future<?> future;
  private volatile Map<String, ObjectNode> layers = Map.of();
  private volatile List<String> storedLayers = List.of();
  private volatile Function<String, Optional<ObjectNode>> storeReader = name -> Optional.empty();
  private volatile boolean layersForgotten;

  Job(String id, String kind, String title) {
    this.id = id;
    this.kind = kind;
    this.title = title;
    this.created = Instant.now();
  }

  /** A job as recorded by an earlier run of the server (or this one): finished, or failed by the restart. */
  static Job restored(StoredJob s, ObjectMapper json) {
    Job j = new Job(s.id(), s.kind(), s.title(), s.created());
    j.state = State.valueOf(s.state());
    j.stage = j.state.name().toLowerCase(java.util.Locale.ROOT);
    j.progress = j.state == State.DONE ? 1 : 0;
    j.error = s.error();
    j.errorField = s.errorField();
    j.errorStatus = s.errorStatus();
    j.finishedAt = s.finished();
    j.layersForgotten = true; // until the service finds them in the store (see storedLayers)
    try {
      j.result = s.result() == null ? null : json.readTree(s.result());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      j.failed(500, null, "the stored result does not read: " + e.getOriginalMessage());
    }
    return j;
  }

  private Job(String id, String kind, String title, Instant created) {
    this.id = id;
    this.kind = kind;
    this.title = title;
    this.created = created;
  }

  /** What to record of this job now. */
  StoredJob stored(String owner, ObjectMapper json) {
    String r;
    try {
      r = result == null ? null : json.writeValueAsString(result);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return new StoredJob(id, kind, state.name(), owner, r, error, errorField, errorStatus, created,
        finished() ? (finishedAt != null ? finishedAt : Instant.now()) : null, title);
  }

  public String id() {
    return id;
  }

  /** {@code evaluation} or {@code comparison}. */
  public String kind() {
    return kind;
  }

  /** What the job scores, as its owner would name it (the proposals' or scenarios' names); may be null. */
  public String title() {
    return title;
  }

  public Instant created() {
    return created;
  }

  public State state() {
    return state;
  }

  /** The stage being worked on ("accessibility baseline"), or the outcome once finished. */
  public String stage() {
    return stage;
  }

  /** 0..1 through the current stage; 1 when done. */
  public double progress() {
    return progress;
  }

  /** The result once {@link State#DONE}. */
  public JsonNode result() {
    return result;
  }

  /** Why it failed ({@link State#FAILED}): one line a user can act on. */
  public String error() {
    return error;
  }

  /** The request field the error names, or {@code null}. */
  public String errorField() {
    return errorField;
  }

  /** The HTTP status the error would have had as a direct answer (400 for a bad proposal, 500 for a fault). */
  public int errorStatus() {
    return errorStatus;
  }

  /**
   * Keeps the result's map layers (GeoJSON FeatureCollections by name) for the map. The newest jobs hold them in
   * memory; {@link JobService} also records them in the store, where they outlive the server for the newest
   * {@value JobService#STORED_LAYERS_KEPT} jobs, and reads them back from there once this job's copy is dropped.
   */
  public void keepLayers(Map<String, ObjectNode> layers) {
    this.layers = Map.copyOf(layers);
  }

  /** The layers held in memory (empty once dropped, or for a job read back from the store). */
  Map<String, ObjectNode> layersInMemory() {
    return layers;
  }

  /** The store holds these layers of this job; {@code reader} reads one back (empty when it is gone by then). */
  void storedLayers(List<String> names, Function<String, Optional<ObjectNode>> reader) {
    this.storedLayers = List.copyOf(names);
    this.storeReader = reader;
    if (!names.isEmpty()) {
      layersForgotten = false;
    }
  }

  /** A map layer of the result: from memory, else from the store. */
  public Optional<ObjectNode> layer(String name) {
    ObjectNode held = layers.get(name);
    if (held != null) {
      return Optional.of(held);
    }
    return storedLayers.contains(name) ? storeReader.apply(name) : Optional.empty();
  }

  /** The names of the result's map layers, sorted; empty before the job is done or once no longer kept. */
  public List<String> layerNames() {
    if (state != State.DONE) {
      return List.of();
    }
    return layers.isEmpty() ? storedLayers : layers.keySet().stream().sorted().toList();
  }

  /**
   * True when the job had map layers that are kept neither in memory nor in the store: an older job than those
   * whose layers are kept, or one finished before the store kept layers.
   */
  public boolean layersForgotten() {
    return layersForgotten;
  }

  /** Drops the copy in memory: the layers are read from the store from now on, or are gone when it has none. */
  void forgetLayers() {
    if (!layers.isEmpty()) {
      layers = Map.of();
      layersForgotten = storedLayers.isEmpty();
    }
  }

  @Override
  public void update(String stage, long done, long total) {
    if (state != State.RUNNING) {
      return;
    }
    if (!stage.equals(this.stage)) {
      this.stage = stage;
      this.progress = 0;
    }
    if (total > 0) {
      this.progress = Math.min(1.0, (double) done / total);
    }
  }

  @Override
  public boolean cancelled() {
    return cancelRequested;
  }

  void running(Future<?> future) {
    this.future = future;
  }

  void started() {
    if (!cancelRequested) {
      state = State.RUNNING;
      stage = "starting";
    }
  }

  void done(JsonNode result) {
    this.finishedAt = Instant.now();
    this.result = result;
    this.progress = 1;
    this.stage = "done";
    this.state = State.DONE;
  }

  void failed(int status, String field, String message) {
    this.finishedAt = Instant.now();
    this.errorStatus = status;
    this.errorField = field;
    this.error = message;
    this.stage = "failed";
    this.state = State.FAILED;
  }

  void wasCancelled() {
    this.finishedAt = Instant.now();
    this.stage = "cancelled";
    this.state = State.CANCELLED;
  }

  /** Asks the work to stop; a queued job never starts. @return false when the job had already finished */
  boolean cancel() {
    if (state == State.DONE || state == State.FAILED || state == State.CANCELLED) {
      return false;
    }
    cancelRequested = true;
    Future<?> f = future;
    if (state == State.QUEUED && f != null && f.cancel(false)) {
      wasCancelled();
    }
    return true;
  }

  boolean finished() {
    return state == State.DONE || state == State.FAILED || state == State.CANCELLED;
  }
}
