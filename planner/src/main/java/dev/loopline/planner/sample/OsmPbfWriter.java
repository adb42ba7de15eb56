package dev.loopline.planner.sample;

import com.google.protobuf.ByteString;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.Deflater;
import org.openstreetmap.osmosis.osmbinary.Fileformat;
import org.openstreetmap.osmosis.osmbinary.Osmformat;

/**
 * Writes the streets as an OSM PBF file (what GraphHopper and every OSM tool read fastest): a header block, then
 * blocks of 8000 dense nodes, then blocks of 8000 ways, each zlib-compressed. Built on the protobuf classes of
 * osmosis-osm-binary, which GraphHopper itself reads with. Ids are 1-based creation indices; coordinates are
 * rounded to 1e-7 degrees. The same streets give the same bytes.
 */
final class OsmPbfWriter {
  private static final int BLOCK = 8000;
  private static final int GRANULARITY = 100;

  private OsmPbfWriter() {}

  static void write(Streets streets, Path file) throws IOException {
    try (OutputStream raw = Files.newOutputStream(file);
         DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
      writeBlob(out, "OSMHeader", header(streets).toByteString());
      int n = streets.nodeCount();
      SortedMap<Integer, SortedMap<String, String>> tags = streets.nodeTags();
      for (int from = 0; from < n; from += BLOCK) {
        writeBlob(out, "OSMData", nodeBlock(streets, tags, from, Math.min(n, from + BLOCK)).toByteString());
      }
      List<OsmWay> ways = streets.ways();
      for (int from = 0; from < ways.size(); from += BLOCK) {
        writeBlob(out, "OSMData", wayBlock(ways, from, Math.min(ways.size(), from + BLOCK)).toByteString());
      }
    }
  }

  private static long lat(Streets s, int node) {
    return Math.round(Projection.lat(s.y(node)) * 1e9 / GRANULARITY);
  }

  private static long lon(Streets s, int node) {
    return Math.round(Projection.lon(s.x(node)) * 1e9 / GRANULARITY);
  }

  private static Osmformat.HeaderBlock header(Streets s) {
    double minLat = Double.POSITIVE_INFINITY;
    double maxLat = Double.NEGATIVE_INFINITY;
    double minLon = Double.POSITIVE_INFINITY;
    double maxLon = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < s.nodeCount(); i++) {
      double la = Projection.lat(s.y(i));
      double lo = Projection.lon(s.x(i));
      minLat = Math.min(minLat, la);
      maxLat = Math.max(maxLat, la);
      minLon = Math.min(minLon, lo);
      maxLon = Math.max(maxLon, lo);
    }
    return Osmformat.HeaderBlock.newBuilder()
        .setBbox(Osmformat.HeaderBBox.newBuilder()
            .setLeft(Math.round(minLon * 1e9)).setRight(Math.round(maxLon * 1e9))
            .setTop(Math.round(maxLat * 1e9)).setBottom(Math.round(minLat * 1e9)))
        .addRequiredFeatures("OsmSchema-V0.6")
        .addRequiredFeatures("DenseNodes")
        .setWritingprogram("loopline synthetic sample")
        .build();
  }

  /** Interns strings for one block's string table; index 0 is the required empty string. */
  private static final class Strings {
    private final Map<String, Integer> index = new LinkedHashMap<>();

    Strings() {
      index.put("", 0);
    }

    int of(String s) {
      return index.computeIfAbsent(s, k -> index.size());
    }

    Osmformat.StringTable table() {
      Osmformat.StringTable.Builder b = Osmformat.StringTable.newBuilder();
      for (String s : index.keySet()) {
        b.addS(ByteString.copyFrom(s, StandardCharsets.UTF_8));
      }
      return b.build();
    }
  }

  private static Osmformat.PrimitiveBlock nodeBlock(Streets s, SortedMap<Integer, SortedMap<String, String>> tags,
                                                    int from, int to) {
    Strings strings = new Strings();
    Osmformat.DenseNodes.Builder dense = Osmformat.DenseNodes.newBuilder();
    long lastId = 0;
    long lastLat = 0;
    long lastLon = 0;
    for (int i = from; i < to; i++) {
      long id = i + 1L;
      long la = lat(s, i);
      long lo = lon(s, i);
      dense.addId(id - lastId).addLat(la - lastLat).addLon(lo - lastLon);
      lastId = id;
      lastLat = la;
      lastLon = lo;
      SortedMap<String, String> t = tags.get(i);
      if (t != null) {
        for (Map.Entry<String, String> e : t.entrySet()) {
          dense.addKeysVals(strings.of(e.getKey())).addKeysVals(strings.of(e.getValue()));
        }
      }
      dense.addKeysVals(0);
    }
    return Osmformat.PrimitiveBlock.newBuilder()
        .addPrimitivegroup(Osmformat.PrimitiveGroup.newBuilder().setDense(dense))
        .setStringtable(strings.table())
        .setGranularity(GRANULARITY)
        .build();
  }

  private static Osmformat.PrimitiveBlock wayBlock(List<OsmWay> ways, int from, int to) {
    Strings strings = new Strings();
    Osmformat.PrimitiveGroup.Builder group = Osmformat.PrimitiveGroup.newBuilder();
    for (int i = from; i < to; i++) {
      OsmWay w = ways.get(i);
      Osmformat.Way.Builder b = Osmformat.Way.newBuilder().setId(i + 1L);
      for (Map.Entry<String, String> e : w.tags().entrySet()) {
        b.addKeys(strings.of(e.getKey())).addVals(strings.of(e.getValue()));
      }
      long last = 0;
      for (int node : w.nodes()) {
        long ref = node + 1L;
        b.addRefs(ref - last);
        last = ref;
      }
      group.addWays(b);
    }
    return Osmformat.PrimitiveBlock.newBuilder()
        .addPrimitivegroup(group)
        .setStringtable(strings.table())
        .setGranularity(GRANULARITY)
        .build();
  }

  private static void writeBlob(DataOutputStream out, String type, ByteString payload) throws IOException {
    byte[] data = payload.toByteArray();
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    deflater.setInput(data);
    deflater.finish();
    byte[] buf = new byte[Math.max(64, data.length + data.length / 100 + 64)];
    int len = 0;
    while (!deflater.finished()) {
      if (len == buf.length) {
        buf = java.util.Arrays.copyOf(buf, buf.length * 2);
      }
      len += deflater.deflate(buf, len, buf.length - len);
    }
    deflater.end();
    byte[] blob = Fileformat.Blob.newBuilder()
        .setRawSize(data.length)
        .setZlibData(ByteString.copyFrom(buf, 0, len))
        .build().toByteArray();
    byte[] header = Fileformat.BlobHeader.newBuilder().setType(type).setDatasize(blob.length).build().toByteArray();
    out.writeInt(header.length);
    out.write(header);
    out.write(blob);
  }
}
