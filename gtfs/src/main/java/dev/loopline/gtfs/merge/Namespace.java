package dev.loopline.gtfs.merge;

import dev.loopline.gtfs.model.Agency;
import dev.loopline.gtfs.model.Feed;

/**
 * The ids of one feed inside the unified feed: {@code feedId:id}. The colon cannot occur in a feed id, so ids of
 * different feeds never collide and the origin of every id stays readable. A feed whose single agency has no
 * agency_id gets {@code feedId:agency}, because the unified feed has several agencies and must name each.
 */
final class Namespace {
  static final String SEPARATOR = ":";
  static final String UNNAMED_AGENCY = "agency";

  private final String feedId;
  private final String onlyAgency;

  Namespace(String feedId, Feed feed) {
    this.feedId = feedId;
    if (feed.agencies().size() == 1) {
      Agency a = feed.agencies().get(0);
      this.onlyAgency = id(a.id() == null || a.id().isBlank() ? UNNAMED_AGENCY : a.id());
    } else {
      this.onlyAgency = null;
    }
  }

  String feedId() {
    return feedId;
  }

  /** The namespaced id; {@code null} and blank stay {@code null} (an absent optional reference). */
  String id(String id) {
    return id == null || id.isBlank() ? null : feedId + SEPARATOR + id;
  }

  /** An agency reference: an absent one means the feed's only agency, when it has exactly one. */
  String agency(String id) {
    return id == null || id.isBlank() ? onlyAgency : id(id);
  }
}
