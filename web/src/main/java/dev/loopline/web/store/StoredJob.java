package dev.loopline.web.store;

import java.time.Instant;

/**
 * A job as recorded: enough to answer {@code GET /api/jobs/{id}} after the server restarted.
 *
 * @param state       {@code QUEUED}, {@code RUNNING}, {@code DONE}, {@code FAILED} or {@code CANCELLED}
 * @param result      the result's JSON once done, else {@code null}
 * @param finished    when it ended, {@code null} while unfinished
 * @param title       what it scored, as its owner would name it (the proposals' or scenarios' names), or {@code null}
 */
public record StoredJob(String id, String kind, String state, String owner, String result, String error,
                        String errorField, int errorStatus, Instant created, Instant finished, String title) {}
