package dev.loopline.web.store;

import java.time.Instant;

/**
 * A job as listed among its owner's earlier ones: what it scored and how it ended, without its result.
 *
 * @param state    {@code QUEUED}, {@code RUNNING}, {@code DONE}, {@code FAILED} or {@code CANCELLED}
 * @param title    what it scored (the proposals' or scenarios' names), or {@code null} for an old job
 * @param finished when it ended, {@code null} while unfinished
 */
public record JobSummary(String id, String kind, String state, String title, Instant created, Instant finished) {}
