/**
 * Merging the district feeds into one unified feed: the feeds.yaml configuration ({@link
 * dev.loopline.gtfs.merge.FeedsConfig}), the merger ({@link dev.loopline.gtfs.merge.FeedMerger}) and what it decided
 * ({@link dev.loopline.gtfs.merge.MergeReport}).
 *
 * <p>The merge namespaces every id by its feed id ({@code shapingba:1203}), merges twin stops (the same physical
 * stop published by two districts) and links near stops by transfers, keeps trips published by two feeds once,
 * drops routes no trip runs on, renames clashing route short names, and puts every operator's routes under one
 * brand network. Each step is one package-private class: {@link dev.loopline.gtfs.merge.StopNames} (name
 * agreement), {@link dev.loopline.gtfs.merge.TwinStops} (stop decisions on a spatial grid), {@link
 * dev.loopline.gtfs.merge.DuplicateTrips}, {@link dev.loopline.gtfs.merge.RoutesWithoutTrips}, {@link
 * dev.loopline.gtfs.merge.RouteNameClashes}. {@link dev.loopline.gtfs.merge.FeedRepairer} ({@code --repair}, also
 * used by {@code export --repair}) mends or drops what MobilityData's validator would reject, with {@link
 * dev.loopline.gtfs.merge.ShapeDistances} for distances along shapes. The rules are documented in docs/methods.md,
 * "Merging". Everything is sorted by namespaced id, so the same feeds in any order give the same output.
 */
package dev.loopline.gtfs.merge;
