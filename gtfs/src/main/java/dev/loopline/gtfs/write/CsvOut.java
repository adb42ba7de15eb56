package dev.loopline.gtfs.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * CSV lines with minimal quoting: a value is quoted only when it holds a comma, a quote or a line break, and quotes
 * inside are doubled. Lines end with LF. Values are copied into one char buffer and encoded in bulk: a feed is
 * millions of short values, and a writer stack that locks and checks on every call costs more than the formatting.
 * A character the charset cannot encode fails the write ({@link CharacterCodingException}). {@link #finish} must be
 * called; the stream is not closed (the caller owns it: a zip entry).
 */
final class CsvOut {
  private static final int FLUSH_AT = 1 << 16;

  private final OutputStream out;
  private final CharsetEncoder encoder;
  private final ByteBuffer bytes;
  private char[] buf = new char[FLUSH_AT + 1024];
  private int n;
  private boolean lineStarted;

  CsvOut(OutputStream out, Charset charset) {
    this.out = out;
    this.encoder = charset.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.bytes = ByteBuffer.allocate((int) Math.ceil(buf.length * (double) encoder.maxBytesPerChar()) + 16);
  }

  private void separator() {
    if (lineStarted) {
      buf[n++] = ',';
    }
    lineStarted = true;
  }

  private void ensure(int more) {
    if (n + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
    }
  }

  /** Writes one value of the current line; {@code null} and empty write nothing between the commas. */
  CsvOut value(String v) throws IOException {
    separator();
    if (v == null || v.isEmpty()) {
      return this;
    }
    int len = v.length();
    ensure(len + 2);
    int start = n;
    v.getChars(0, len, buf, start);
    for (int i = start; i < start + len; i++) {
      char c = buf[i];
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        String q = escape(v);
        ensure(q.length());
        q.getChars(0, q.length(), buf, start);
        n = start + q.length();
        return afterValue();
      }
    }
    n = start + len;
    return afterValue();
  }

  /** Writes a value already made safe by {@link #escape} (or known to need no quotes), as is. */
  CsvOut raw(String v) throws IOException {
    separator();
    if (v != null) {
      ensure(v.length());
      v.getChars(0, v.length(), buf, n);
      n += v.length();
    }
    return afterValue();
  }

  /** Writes an int without making a String. */
  CsvOut value(int v) throws IOException {
    separator();
    ensure(12);
    long x = v;
    if (x < 0) {
      buf[n++] = '-';
      x = -x;
    }
    digits(x, 1);
    return afterValue();
  }

  /**
   * Writes a GTFS time as {@code HH:MM:SS} (hours may pass 23), or nothing for a negative value (missing); no
   * String per value.
   */
  CsvOut time(int seconds) throws IOException {
    separator();
    if (seconds < 0) {
      return this;
    }
    ensure(16);
    int m = seconds / 60 % 60;
    int s = seconds % 60;
    digits(seconds / 3600, 2);
    buf[n++] = ':';
    buf[n++] = (char) ('0' + m / 10);
    buf[n++] = (char) ('0' + m % 10);
    buf[n++] = ':';
    buf[n++] = (char) ('0' + s / 10);
    buf[n++] = (char) ('0' + s % 10);
    return afterValue();
  }

  /** Writes {@code scaled / 10^decimals} without trailing zeros (see {@link Numbers#fixed}); no String. */
  CsvOut fixed(long scaled, int decimals) throws IOException {
    separator();
    ensure(24);
    if (scaled == 0) {
      buf[n++] = '0';
      return afterValue();
    }
    long abs = scaled;
    if (scaled < 0) {
      buf[n++] = '-';
      abs = -scaled;
    }
    long unit = Numbers.pow10(decimals);
    digits(abs / unit, 1);
    long frac = abs % unit;
    if (frac != 0) {
      int width = decimals;
      while (frac % 10 == 0) {
        frac /= 10;
        width--;
      }
      buf[n++] = '.';
      digits(frac, width);
    }
    return afterValue();
  }

  /** Appends {@code v} (non-negative) with at least {@code width} digits, zero-padded. */
  private void digits(long v, int width) {
    int len = 1;
    for (long p = 10; p <= v && len < 19; p *= 10) {
      len++;
    }
    len = Math.max(len, width);
    for (int i = n + len - 1; i >= n; i--) {
      buf[i] = (char) ('0' + v % 10);
      v /= 10;
    }
    n += len;
  }

  private CsvOut afterValue() throws IOException {
    if (n >= FLUSH_AT) {
      drain(false);
    }
    return this;
  }

  CsvOut endLine() throws IOException {
    ensure(1);
    buf[n++] = '\n';
    lineStarted = false;
    return afterValue();
  }

  CsvOut line(Iterable<String> values) throws IOException {
    for (String v : values) {
      value(v);
    }
    return endLine();
  }

  /** Encodes and writes what is buffered, and ends the encoding. */
  void finish() throws IOException {
    drain(true);
    bytes.clear();
    CoderResult r = encoder.flush(bytes);
    if (r.isError()) {
      r.throwException();
    }
    out.write(bytes.array(), 0, bytes.position());
  }

  private void drain(boolean end) throws IOException {
    CharBuffer in = CharBuffer.wrap(buf, 0, n);
    while (true) {
      bytes.clear();
      CoderResult r = encoder.encode(in, bytes, end);
      if (r.isError()) {
        r.throwException();
      }
      out.write(bytes.array(), 0, bytes.position());
      if (r.isUnderflow()) {
        break;
      }
    }
    // A high surrogate at the very end waits for its pair.
    int left = in.remaining();
    System.arraycopy(buf, in.position(), buf, 0, left);
    n = left;
  }

  /** The text a value is written as: itself, or quoted with inner quotes doubled when it needs quotes. */
  static String escape(String v) {
    if (v == null || !needsQuotes(v)) {
      return v;
    }
    return '"' + v.replace("\"", "\"\"") + '"';
  }

  static boolean needsQuotes(String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }
}
