package dev.loopline.web.store;

import java.time.Instant;

/**
 * One version of a district feed as recorded.
 *
 * @param feedId    the feed's id (its namespace in the unified feed, e.g. {@code shapingba})
 * @param version   1, 2, ... per feed, in the order recorded ({@code 0} before it is recorded)
 * @param sha256    the content's SHA-256 (of the zip; of a folder feed, of its files by name)
 * @param fileName  the file as its author named it
 * @param origin    {@link #SERVER} (a feed the server was started with) or {@link #UPLOAD}
 * @param location  where a {@link #SERVER} feed lives; {@code null} for uploads, kept by {@link FeedFiles}
 * @param crs       the datum its coordinates are in ({@code wgs84}, {@code gcj02}, {@code bd09})
 * @param encoding  its text encoding, {@code null}: detected per file
 * @param author    who recorded it ({@code loopline} for the server itself)
 * @param notices   the validation notices as JSON (the first few hundred; the counts cover all)
 */
public record FeedVersion(String feedId, int version, String sha256, String fileName, long sizeBytes, String origin,
                          String location, String crs, String encoding, String author, int errors, int warnings,
                          int infos, String notices, Instant recorded) {
  public static final String SERVER = "server";
  public static final String UPLOAD = "upload";

  /** The same version numbered and dated as the store records it. */
  FeedVersion numbered(int number, Instant at) {
    return new FeedVersion(feedId, number, sha256, fileName, sizeBytes, origin, location, crs, encoding, author,
        errors, warnings, infos, notices, at);
  }
}
