package dev.loopline.planner.sample;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** An OSM way of the sample: node indices (into {@link OsmDraft}) in drawing order and its tags, sorted by key. */
public record OsmWay(int[] nodes, SortedMap<String, String> tags) {
  public OsmWay {
    tags = Collections.unmodifiableSortedMap(new TreeMap<>(tags));
  }

  public String highway() {
    return tags.get("highway");
  }
}
