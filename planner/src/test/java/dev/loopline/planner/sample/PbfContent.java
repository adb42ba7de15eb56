package dev.loopline.planner.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openstreetmap.osmosis.osmbinary.BinaryParser;
import org.openstreetmap.osmosis.osmbinary.Osmformat;
import org.openstreetmap.osmosis.osmbinary.file.BlockInputStream;

/**
 * An OSM PBF file read back with osmosis' own parser (independently of the writer): node positions and ways with
 * tags, for the tests to check what GraphHopper will see.
 */
final class PbfContent extends BinaryParser {
  final Map<Long, double[]> nodes = new HashMap<>();
  final List<Way> ways = new ArrayList<>();
  final Map<Long, Map<String, String>> nodeTags = new HashMap<>();
  boolean header;

  record Way(long id, long[] refs, Map<String, String> tags) {}

  static PbfContent read(Path pbf) throws IOException {
    PbfContent c = new PbfContent();
    try (InputStream in = Files.newInputStream(pbf)) {
      new BlockInputStream(in, c).process();
    }
    return c;
  }

  @Override
  protected void parseRelations(List<Osmformat.Relation> rels) {
    if (!rels.isEmpty()) {
      throw new AssertionError("the sample has no relations");
    }
  }

  @Override
  protected void parseDense(Osmformat.DenseNodes dense) {
    long id = 0;
    long lat = 0;
    long lon = 0;
    int kv = 0;
    for (int i = 0; i < dense.getIdCount(); i++) {
      id += dense.getId(i);
      lat += dense.getLat(i);
      lon += dense.getLon(i);
      nodes.put(id, new double[] {parseLat(lat), parseLon(lon)});
      Map<String, String> tags = new HashMap<>();
      while (kv < dense.getKeysValsCount() && dense.getKeysVals(kv) != 0) {
        tags.put(getStringById(dense.getKeysVals(kv)), getStringById(dense.getKeysVals(kv + 1)));
        kv += 2;
      }
      kv++;
      if (!tags.isEmpty()) {
        nodeTags.put(id, tags);
      }
    }
  }

  @Override
  protected void parseNodes(List<Osmformat.Node> list) {
    if (!list.isEmpty()) {
      throw new AssertionError("the sample writes dense nodes only");
    }
  }

  @Override
  protected void parseWays(List<Osmformat.Way> list) {
    for (Osmformat.Way w : list) {
      long[] refs = new long[w.getRefsCount()];
      long r = 0;
      for (int i = 0; i < refs.length; i++) {
        r += w.getRefs(i);
        refs[i] = r;
      }
      Map<String, String> tags = new HashMap<>();
      for (int i = 0; i < w.getKeysCount(); i++) {
        tags.put(getStringById(w.getKeys(i)), getStringById(w.getVals(i)));
      }
      ways.add(new Way(w.getId(), refs, tags));
    }
  }

  @Override
  protected void parse(Osmformat.HeaderBlock block) {
    header = block.getRequiredFeaturesList().contains("OsmSchema-V0.6");
  }

  @Override
  public void complete() {
  }
}
