/**
 * The feed validator: structural and referential checks over a {@link dev.loopline.gtfs.model.Feed} as read, each
 * finding a {@link dev.loopline.gtfs.Notice} that names file, line and field. {@link
 * dev.loopline.gtfs.validate.FeedValidator} is the entry point; each check family (required content, unique ids,
 * references, stop times, calendars, usage, agencies) lives in its own package-private class so that a rule is
 * easy to find next to its siblings.
 */
package dev.loopline.gtfs.validate;
