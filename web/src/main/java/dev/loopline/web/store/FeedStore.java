package dev.loopline.web.store;

import java.util.List;
import java.util.Optional;

/**
 * Where the versions of the district feeds and the merges of them are recorded, so that operators' uploads and
 * merges outlive the server. A record is written in one transaction: a crash leaves it whole or absent.
 * Implementations are thread-safe.
 */
public interface FeedStore {
  /**
   * Records a new version of a feed, numbered after the feed's last one. A content the feed already has (same
   * SHA-256) is not recorded again: that version is returned.
   */
  FeedVersion record(FeedVersion version);

  /** The version of this feed with this content, if recorded. */
  Optional<FeedVersion> find(String feedId, String sha256);

  Optional<FeedVersion> find(String feedId, int version);

  /** Every version of every feed, by feed id then version. */
  List<FeedVersion> versions();

  /** The newest version of each feed, by feed id. */
  List<FeedVersion> current();

  /** Records a merge, numbered after the last one. */
  MergeRecord record(MergeRecord merge);

  Optional<MergeRecord> merge(int id);

  /** The merge that produced this report, if recorded. */
  Optional<MergeRecord> mergeWithReport(String reportSha256);

  /** Every merge, newest first. */
  List<MergeRecord> merges();
}
