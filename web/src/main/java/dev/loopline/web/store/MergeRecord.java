package dev.loopline.web.store;

import java.time.Instant;

/**
 * One merge of district feed versions as recorded.
 *
 * @param id            1, 2, ... in the order recorded ({@code 0} before)
 * @param origin        {@link FeedVersion#SERVER} (the report a server was started with) or {@code merge} (an
 *                      operator's merge)
 * @param inputs        the feed versions merged, as JSON {@code [{feedId, version, sha256}]}
 * @param unifiedSha256 the unified zip, kept by {@link FeedFiles}; {@code null} when not kept (the server's own)
 * @param reportSha256  the report's SHA-256, so that the same report is recorded once
 * @param report        the report as {@code merge --report} writes it (JSON)
 */
public record MergeRecord(int id, String origin, String author, boolean repair, String inputs, String unifiedSha256,
                          String reportSha256, String report, Instant recorded) {
  public static final String MERGE = "merge";

  MergeRecord numbered(int number, Instant at) {
    return new MergeRecord(number, origin, author, repair, inputs, unifiedSha256, reportSha256, report, at);
  }
}
