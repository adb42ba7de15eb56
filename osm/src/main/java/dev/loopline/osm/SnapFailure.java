package dev.loopline.osm;

/** Why a point could not be put on the street network. */
public enum SnapFailure {
  /** A usable road exists but is farther than the configured limit. */
  TOO_FAR,
  /** No usable road was found anywhere near the point (outside the extract, or in an area without streets). */
  NO_ROAD
}
