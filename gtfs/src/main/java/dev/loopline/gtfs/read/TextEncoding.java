package dev.loopline.gtfs.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides how a file's bytes are text. The tokenizer works on bytes, which is safe for every encoding in which the
 * CSV delimiters ({@code , " CR LF}) are single ASCII bytes that never occur inside a multi-byte character: UTF-8,
 * GB18030/GBK and the single-byte code pages. UTF-16/32 files are transcoded to UTF-8 first.
 *
 * <p>Detection (when no encoding is forced): a byte-order mark wins; else the bytes are strict UTF-8 (all Loopline's
 * district feeds ought to be); else strict GB18030, the superset of GBK and GB2312 that Chinese office software
 * writes; else windows-1252. Latin-1 text can also decode as GB18030, so a non-Chinese, non-UTF-8 feed should be
 * read with an explicit encoding.
 */
final class TextEncoding {
  static final Charset GB18030 = Charset.forName("GB18030");
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextEncoding() {}

  /** Bytes ready for the tokenizer: {@code bytes[offset, offset + length)} in {@code charset}. */
  record Text(byte[] bytes, int offset, int length, Charset charset) {}

  static Text decide(String file, byte[] raw, Charset forced, NoticeLog log) {
    int n = raw.length;
    if (n >= 3 && (raw[0] & 0xff) == 0xEF && (raw[1] & 0xff) == 0xBB && (raw[2] & 0xff) == 0xBF) {
      if (forced != null && !forced.equals(StandardCharsets.UTF_8)) {
        log.info("encoding_overridden_by_bom", file, 0, null,
            "the file starts with a UTF-8 byte-order mark, so it is read as UTF-8, not " + forced.name());
      }
      return new Text(raw, 3, n - 3, StandardCharsets.UTF_8);
    }
    if (n >= 2 && ((raw[0] & 0xff) == 0xFE && (raw[1] & 0xff) == 0xFF
        || (raw[0] & 0xff) == 0xFF && (raw[1] & 0xff) == 0xFE)) {
      return transcode(raw, StandardCharsets.UTF_16);
    }
    if (forced != null) {
      String name = forced.name().toUpperCase(java.util.Locale.ROOT);
      if (name.startsWith("UTF-16") || name.startsWith("UTF-32")) {
        return transcode(raw, forced);
      }
      return new Text(raw, 0, n, forced);
    }
    if (Bytes.isAscii(raw) || decodes(raw, StandardCharsets.UTF_8)) {
      return new Text(raw, 0, n, StandardCharsets.UTF_8);
    }
    if (decodes(raw, GB18030)) {
      log.info("encoding_detected", file, 0, null,
          "not valid UTF-8; decoded as GB18030 (GBK). Pass the encoding explicitly if that is wrong");
      return new Text(raw, 0, n, GB18030);
    }
    log.warning("encoding_detected", file, 0, null,
        "neither UTF-8 nor GB18030; decoded as windows-1252. Pass the encoding explicitly if that is wrong");
    return new Text(raw, 0, n, WINDOWS_1252);
  }

  private static Text transcode(byte[] raw, Charset from) {
    byte[] utf8 = new String(raw, from).replace("\uFEFF", "").getBytes(StandardCharsets.UTF_8);
    return new Text(utf8, 0, utf8.length, StandardCharsets.UTF_8);
  }

  /** Whether the whole array decodes in {@code cs} without a malformed or unmappable sequence. */
  private static boolean decodes(byte[] raw, Charset cs) {
    CharsetDecoder dec = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(raw);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    while (true) {
      var result = dec.decode(in, out, true);
      if (result.isError()) {
        return false;
      }
      if (result.isUnderflow()) {
        break;
      }
      out.clear();
    }
    out.clear();
    var flush = dec.flush(out);
    return !flush.isError();
  }
}
