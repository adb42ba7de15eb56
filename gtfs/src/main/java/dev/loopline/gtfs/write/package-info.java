/**
 * Writing GTFS: {@link dev.loopline.gtfs.write.GtfsWriter} turns a {@link dev.loopline.gtfs.model.Feed} into a zip
 * or a folder that the MobilityData validator accepts, byte-identical for the same feed (rows sorted by primary
 * key, standard columns in the reference's order then extras by name, fixed number formats and zip timestamps) and
 * atomic (a temporary file in the target's directory, then a rename). Package-private: the per-file table layouts,
 * the CSV output with minimal quoting and the number formats.
 */
package dev.loopline.gtfs.write;
