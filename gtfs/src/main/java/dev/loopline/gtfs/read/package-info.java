/**
 * Reading GTFS: {@link dev.loopline.gtfs.read.GtfsReader} turns a zip or a folder into a
 * {@link dev.loopline.gtfs.model.Feed} plus the notices and source lines a user needs to fix the input.
 *
 * <p>Public: the entry point, its options ({@link dev.loopline.gtfs.read.ReadOptions},
 * {@link dev.loopline.gtfs.read.ZipLimits}) and its result ({@link dev.loopline.gtfs.read.GtfsRead},
 * {@link dev.loopline.gtfs.read.SourceLines}). Package-private: the sources (zip with bomb and path-traversal
 * guards, folder), text-encoding detection, a byte-level CSV tokenizer, the typed row access that turns bad values
 * into notices, the per-file record mappers and the fast columnar stop_times path.
 */
package dev.loopline.gtfs.read;
