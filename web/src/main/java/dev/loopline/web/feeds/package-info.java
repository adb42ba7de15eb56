/**
 * The district feeds as operators manage them: every version recorded with who, when, file, checksum and its
 * validation ({@link dev.loopline.web.feeds.FeedCatalog}); uploads of a new version through the GTFS reader's zip
 * defences; merges of the newest versions into a unified feed with its report, kept for download. Persistence is
 * {@link dev.loopline.web.store.FeedStore}'s; the REST face is {@code web.api.FeedController}'s.
 */
package dev.loopline.web.feeds;
