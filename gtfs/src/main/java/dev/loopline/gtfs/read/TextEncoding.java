package dev.loopline.gtfs.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Decides how a file's bytes are text. The tokenizer works on bytes, which is safe for every encoding in which the
 * CSV delimiters ({@code , " CR LF}) are single ASCII bytes that never occur inside a multi-byte character: UTF-8,
 * GB18030/GBK and the single-byte code pages. UTF-16/32 files are transcoded to UTF-8 first.
 *
 * <p>Detection (when no encoding is given): a byte-order mark wins; else bytes that are strict UTF-8 are UTF-8 (all
 * Loopline's district feeds ought to be); else the candidates GB18030 (the superset of GBK and GB2312 that Chinese
 * office software writes) and windows-1252 (Latin-1 and its Windows superset) are weighed by how plausible their
 * text would be ({@link #plausibleChinese}, {@link #plausibleLatin}): Latin-1 bytes often also decode as GB18030, but
 * into rare characters whose second byte is an ASCII letter ("São" would become "S鉶"), while Chinese text in GBK
 * pairs high bytes into common characters. The choice is named in an INFO notice.
 *
 * <p>Then the text is scanned once: bytes invalid in an encoding the user gave are an ERROR per line (names would
 * otherwise silently turn into U+FFFD); replacement characters (U+FFFD) in the text, whether written by an earlier
 * tool or produced by bytes the detected encoding cannot map, are a WARNING per line.
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
      return checked(file, new Text(raw, 3, n - 3, StandardCharsets.UTF_8), true, log);
    }
    if (n >= 2 && ((raw[0] & 0xff) == 0xFE && (raw[1] & 0xff) == 0xFF
        || (raw[0] & 0xff) == 0xFF && (raw[1] & 0xff) == 0xFE)) {
      return transcode(raw, StandardCharsets.UTF_16);
    }
    if (forced != null && isWide(forced)) {
      return transcode(raw, forced);
    }
    if (Bytes.isAscii(raw)) {
      return new Text(raw, 0, n, forced != null ? forced : StandardCharsets.UTF_8);
    }
    if (forced != null) {
      return checked(file, new Text(raw, 0, n, forced), true, log);
    }
    if (decodes(raw, StandardCharsets.UTF_8)) {
      Text text = new Text(raw, 0, n, StandardCharsets.UTF_8);
      replacementsInUtf8(file, text, log);
      return text;
    }
    double chinese = decodes(raw, GB18030) ? plausibleChinese(raw) : -1;
    double latin = plausibleLatin(raw);
    if (chinese >= 0.5 && chinese >= latin) {
      log.info("encoding_detected", file, 0, null, String.format(Locale.ROOT, "not valid UTF-8; read as GB18030 "
          + "(GBK): %.0f%% of its non-ASCII characters are common Chinese ones (as windows-1252 %.0f%% would be "
          + "Latin letters). Pass the encoding explicitly if that is wrong", 100 * chinese, 100 * latin));
      return checked(file, new Text(raw, 0, n, GB18030), false, log);
    }
    String why = String.format(Locale.ROOT, "not valid UTF-8; read as windows-1252 (Latin-1): %.0f%% of its "
        + "non-ASCII bytes are Latin letters or punctuation", 100 * latin)
        + (chinese >= 0 ? String.format(Locale.ROOT, " (as GB18030 only %.0f%% would be common Chinese characters)",
        100 * chinese) : " (it is not GB18030)") + ". Pass the encoding explicitly if that is wrong";
    if (latin >= 0.5) {
      log.info("encoding_detected", file, 0, null, why);
    } else {
      log.warning("encoding_detected", file, 0, null, why.replace("read as", "read, as the least unlikely, as"));
    }
    return checked(file, new Text(raw, 0, n, WINDOWS_1252), false, log);
  }

  private static boolean isWide(Charset cs) {
    String name = cs.name().toUpperCase(Locale.ROOT);
    return name.startsWith("UTF-16") || name.startsWith("UTF-32");
  }

  private static Text transcode(byte[] raw, Charset from) {
    byte[] utf8 = new String(raw, from).replace("\uFEFF", "").getBytes(StandardCharsets.UTF_8);
    return new Text(utf8, 0, utf8.length, StandardCharsets.UTF_8);
  }

  /**
   * Scans the text once, line by line: bytes the encoding cannot decode (an ERROR when the user gave the encoding,
   * since every such byte would become U+FFFD in a name; a WARNING when it was detected) and U+FFFD characters
   * already in the text (a WARNING: the text was damaged by an earlier tool).
   */
  private static Text checked(String file, Text text, boolean given, NoticeLog log) {
    CharsetDecoder dec = text.charset().newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(text.bytes(), text.offset(), text.length());
    CharBuffer out = CharBuffer.allocate(1 << 14);
    long line = 1;
    long lastInvalid = 0;
    long lastReplacement = 0;
    List<Long> invalidLines = new ArrayList<>();
    while (true) {
      CoderResult r = dec.decode(in, out, true);
      out.flip();
      while (out.hasRemaining()) {
        char c = out.get();
        if (c == '\n') {
          line++;
        } else if (c == '\uFFFD' && lastReplacement != line) {
          lastReplacement = line;
          log.warning("replacement_character", file, line, null, REPLACEMENT_FOUND);
        }
      }
      out.clear();
      if (r.isError()) {
        if (lastInvalid != line) {
          lastInvalid = line;
          byte[] bad = new byte[r.length()];
          in.get(in.position(), bad);
          String hex = (bad.length == 1 ? "byte " : "bytes ")
              + HexFormat.ofDelimiter(" ").withUpperCase().withPrefix("0x").formatHex(bad);
          String are = bad.length == 1 ? " is" : " are";
          String have = bad.length == 1 ? " has" : " have";
          if (given) {
            invalidLines.add(line);
            log.error("invalid_encoding", file, line, null, hex + are + " not valid "
                + text.charset().name() + " (the encoding given); this text would be garbled. Give the file's "
                + "real encoding" + suggestion(text));
          } else {
            log.warning("replacement_character", file, line, null, hex + have + " no character in "
                + text.charset().name() + " and become U+FFFD (\uFFFD)");
          }
        }
        in.position(in.position() + r.length());
      } else if (r.isUnderflow()) {
        break;
      }
    }
    return text;
  }

  /** U+FFFD in valid UTF-8 is the bytes EF BF BD: found without decoding, a WARNING per line. */
  private static void replacementsInUtf8(String file, Text text, NoticeLog log) {
    byte[] b = text.bytes();
    long line = 1;
    long last = 0;
    for (int i = text.offset(), end = text.offset() + text.length(); i < end; i++) {
      if (b[i] == '\n') {
        line++;
      } else if (b[i] == (byte) 0xEF && i + 2 < end && b[i + 1] == (byte) 0xBF && b[i + 2] == (byte) 0xBD
          && last != line) {
        last = line;
        log.warning("replacement_character", file, line, null, REPLACEMENT_FOUND);
      }
    }
  }

  private static final String REPLACEMENT_FOUND = "contains U+FFFD replacement characters (\uFFFD): text was damaged "
      + "by a wrong encoding before it reached Loopline; names here are garbled";

  /** ", e.g. GB18030" when the bytes would fit a detectable encoding, else empty. */
  private static String suggestion(Text text) {
    byte[] raw = java.util.Arrays.copyOfRange(text.bytes(), text.offset(), text.offset() + text.length());
    if (!text.charset().equals(StandardCharsets.UTF_8) && decodes(raw, StandardCharsets.UTF_8)) {
      return " (it is valid UTF-8)";
    }
    if (!text.charset().equals(GB18030) && decodes(raw, GB18030) && plausibleChinese(raw) >= 0.5) {
      return " (it reads as GB18030/GBK)";
    }
    return "";
  }

  /**
   * The share of the double-byte characters a GB18030 reading would give that are in GB2312's block of common
   * characters (both bytes 0xA1-0xFE), which holds the everyday Chinese of stop and route names. Latin-1 text read as
   * GB18030 pairs an accented letter with the ASCII letter after it, a second byte below 0xA1.
   */
  static double plausibleChinese(byte[] raw) {
    long common = 0;
    long all = 0;
    for (int i = 0; i < raw.length; ) {
      int b = raw[i] & 0xff;
      if (b < 0x80) {
        i++;
        continue;
      }
      all++;
      if (i + 1 < raw.length) {
        int t = raw[i + 1] & 0xff;
        if (t >= 0x30 && t <= 0x39) {
          i += 4; // four-byte sequence: rare characters
          continue;
        }
        if (b >= 0xA1 && b <= 0xF7 && t >= 0xA1 && t <= 0xFE) {
          common++;
        }
      }
      i += 2;
    }
    return all == 0 ? 0 : common / (double) all;
  }

  /**
   * The share of non-ASCII bytes that read as windows-1252 letters or punctuation standing in a word: in runs of at
   * most two high bytes ("ção"), as accented letters in European names are. Chinese in GBK gives runs of four and
   * more (two bytes per character, names of several characters).
   */
  static double plausibleLatin(byte[] raw) {
    long good = 0;
    long all = 0;
    for (int i = 0; i < raw.length; ) {
      if ((raw[i] & 0x80) == 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < raw.length && (raw[j] & 0x80) != 0) {
        j++;
      }
      all += j - i;
      if (j - i <= 2) {
        for (int k = i; k < j; k++) {
          int b = raw[k] & 0xff;
          boolean letter = b >= 0xC0 && b != 0xD7 && b != 0xF7 || b == 0x8A || b == 0x8C || b == 0x8E
              || b == 0x9A || b == 0x9C || b == 0x9E || b == 0x9F || b == 0xAA || b == 0xBA;
          boolean punctuation = b >= 0x91 && b <= 0x97 || b == 0xB0 || b == 0xB4 || b == 0xB7 || b == 0xA0;
          if (letter || punctuation) {
            good++;
          }
        }
      }
      i = j;
    }
    return all == 0 ? 0 : good / (double) all;
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
