package dev.loopline.gtfs.merge;

import dev.loopline.gtfs.model.Feed;

/** The unified feed and the account of every decision taken to make it. */
public record MergeResult(Feed feed, MergeReport report) {}
