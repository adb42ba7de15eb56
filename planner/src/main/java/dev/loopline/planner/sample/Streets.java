package dev.loopline.planner.sample;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The generated street network: every OSM node and way (what goes into the .osm.pbf) and the drivable
 * {@link StreetEdge}s the bus lines are routed over. Nodes are in the generator's plane; ids are index + 1.
 */
public final class Streets {
  private final OsmDraft draft;
  private final List<StreetEdge> edges;
  private final float[] nodeDensity;

  private Streets(OsmDraft draft, List<StreetEdge> edges, float[] nodeDensity) {
    this.draft = draft;
    this.edges = List.copyOf(edges);
    this.nodeDensity = nodeDensity;
  }

  /** Generates the streets of a layout: grid, ridge crossings, rural roads, expressways, footpaths, place nodes. */
  static Streets build(Layout layout) {
    StreetBuilder grid = new StreetBuilder(layout);
    grid.buildGrid();
    grid.buildCrossings();
    grid.buildConnectors();
    grid.keepLargestComponent();
    OsmDraft draft = new OsmDraft();
    StreetAssembler assembled = new StreetAssembler(grid, draft);
    assembled.assemble();
    float[] density = new float[draft.nodeCount()];
    for (int k = 0; k < assembled.nodeIndex.length; k++) {
      if (assembled.nodeIndex[k] >= 0) {
        density[assembled.nodeIndex[k]] = grid.urb[k];
      }
    }
    new MotorwayBuilder(layout, grid, assembled, draft).build();
    new FootpathBuilder(layout, grid, assembled, draft).build();
    for (Town t : layout.towns) {
      int node = draft.addNode(t.centre().x(), t.centre().y());
      String place = switch (t.kind()) {
        case URBAN -> t.residents() >= 150_000 ? "town" : "suburb";
        case INDUSTRIAL, GAP -> "neighbourhood";
        case VILLAGE -> "village";
      };
      draft.tagNode(node, Map.of("place", place, "name", t.zh(), "name:en", t.en()));
    }
    return new Streets(draft, assembled.edges, density);
  }

  public int nodeCount() {
    return draft.nodeCount();
  }

  public double x(int node) {
    return draft.x(node);
  }

  public double y(int node) {
    return draft.y(node);
  }

  public Xy xy(int node) {
    return new Xy(draft.x(node), draft.y(node));
  }

  /** Density of the towns around a street node (0..1); 0 for nodes that are not grid junctions. */
  public double density(int node) {
    return node < nodeDensity.length ? nodeDensity[node] : 0;
  }

  public List<StreetEdge> edges() {
    return edges;
  }

  public List<OsmWay> ways() {
    return draft.ways();
  }

  public SortedMap<Integer, SortedMap<String, String>> nodeTags() {
    return draft.nodeTags();
  }

  /** Number of ways per highway value, sorted by value. */
  public SortedMap<String, Integer> waysByHighway() {
    SortedMap<String, Integer> out = new TreeMap<>();
    for (OsmWay w : draft.ways()) {
      out.merge(w.highway(), 1, Integer::sum);
    }
    return out;
  }
}
