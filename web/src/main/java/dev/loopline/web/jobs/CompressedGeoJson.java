package dev.loopline.web.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A job's map layer as the store keeps it: the GeoJSON text, gzip-compressed. Cell layers are long lists of
 * near-identical features, which compress more than twentyfold (the demo's evaluation of its four proposals with
 * accessibility: 2.5 MB of compact GeoJSON in eight layers, 109 kB compressed), so the store can keep many jobs'.
 */
final class CompressedGeoJson {
  private CompressedGeoJson() {}

  static byte[] pack(ObjectNode layer, ObjectMapper json) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      json.writeValue(gz, layer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The layer back; {@link IOException} when the bytes are not a gzip-compressed JSON object. */
  static ObjectNode unpack(byte[] packed, ObjectMapper json) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(packed))) {
      if (json.readTree(in) instanceof ObjectNode o) {
        return o;
      }
      throw new IOException("not a GeoJSON object");
    }
  }
}
