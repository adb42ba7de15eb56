/**
 * File helpers shared by the other Loopline modules (planner, osm, web): writing a file or a folder so that it
 * appears whole or not at all, and deleting a folder tree. Nothing here knows about GTFS.
 */
package dev.loopline.gtfs.io;
