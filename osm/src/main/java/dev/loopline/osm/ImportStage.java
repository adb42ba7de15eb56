package dev.loopline.osm;

/** The steps of {@link StreetNetwork#open}, in order; a cache hit skips the import steps. */
public enum ImportStage {
  /** Reading the OSM file to compute the cache key (reports bytes). */
  HASHING,
  /** GraphHopper reading the OSM file and building the graph (no finer progress available). */
  IMPORTING,
  /** Moving the finished graph into the cache. */
  SAVING,
  /** Loading the graph from the cache. */
  LOADING,
  /** Ready for queries. */
  READY
}
