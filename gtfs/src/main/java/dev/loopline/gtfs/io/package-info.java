/**
 * File helpers shared by the other Loopline modules (planner, osm, web): writing a file or a folder so that it
 * appears whole or not at all ({@link dev.loopline.gtfs.io.AtomicFiles}), and deciding whether an output may be
 * written at all ({@link dev.loopline.gtfs.io.OutputGuard}). Nothing here knows about GTFS.
 *
 * <p>Terms: an <em>input</em> is a path a command reads; an <em>output</em> a file or folder it writes. A folder
 * output carries a <em>marker</em> ({@link dev.loopline.gtfs.io.OutputMarker}) naming its <em>kind</em> and listing
 * the files written; a file in such a folder that the marker does not list, or lists with other content, is
 * <em>foreign</em>, i.e. the user's, and is never replaced. The guard lives here, in the module that depends on
 * nothing, so that every entry point (command line, application services, web) applies the same rules.
 */
package dev.loopline.gtfs.io;
