package dev.loopline.gtfs.read;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * One String per distinct id, looked up by the id's bytes so that a repeated trip or stop id costs a hash and a
 * byte compare, not a new String. stop_times repeats every trip id dozens of times in a row and every stop id
 * hundreds of times; pooling also keeps the extras columns (often one value repeated) small.
 */
final class IdPool {
  private final Charset charset;
  private byte[][] keys = new byte[1024][];
  private String[] values = new String[1024];
  private int[] hashes = new int[1024];
  private int size;
  private byte[] lastKey;
  private String lastValue;

  IdPool(Charset charset) {
    this.charset = charset;
  }

  /** The pooled String for {@code bytes[from, to)}; the range must be non-empty and need no unescaping. */
  String get(byte[] bytes, int from, int to) {
    byte[] last = lastKey;
    if (last != null && same(last, bytes, from, to)) {
      return lastValue;
    }
    int h = 1;
    for (int i = from; i < to; i++) {
      h = 31 * h + bytes[i];
    }
    h ^= h >>> 16;
    int mask = keys.length - 1;
    int i = h & mask;
    while (values[i] != null) {
      if (hashes[i] == h && same(keys[i], bytes, from, to)) {
        lastKey = keys[i];
        lastValue = values[i];
        return values[i];
      }
      i = (i + 1) & mask;
    }
    byte[] key = Arrays.copyOfRange(bytes, from, to);
    String value = new String(key, charset);
    keys[i] = key;
    values[i] = value;
    hashes[i] = h;
    lastKey = key;
    lastValue = value;
    if (++size * 2 > keys.length) {
      rehash();
    }
    return value;
  }

  /** Byte comparison written out: ids are short, where the vectorised library compare costs more than it saves. */
  private static boolean same(byte[] key, byte[] bytes, int from, int to) {
    if (key.length != to - from) {
      return false;
    }
    for (int k = 0; k < key.length; k++) {
      if (key[k] != bytes[from + k]) {
        return false;
      }
    }
    return true;
  }

  private void rehash() {
    byte[][] oldKeys = keys;
    String[] oldValues = values;
    int[] oldHashes = hashes;
    int capacity = oldKeys.length * 2;
    keys = new byte[capacity][];
    values = new String[capacity];
    hashes = new int[capacity];
    int mask = capacity - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldValues[j] != null) {
        int i = oldHashes[j] & mask;
        while (values[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
        hashes[i] = oldHashes[j];
      }
    }
  }
}
