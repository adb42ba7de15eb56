package dev.loopline.gtfs.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BytesTest {
  @Test
  void countsAndAsciiAgreeWithAPlainLoopOnRandomBuffers() {
    Random random = new Random(42);
    for (int n = 0; n < 200; n++) {
      byte[] b = new byte[n];
      random.nextBytes(b);
      for (int i = 0; i < n; i += 3) {
        b[i] = '\n';
      }
      int expected = 0;
      boolean ascii = true;
      for (byte x : b) {
        expected += x == '\n' ? 1 : 0;
        ascii &= x >= 0;
      }
      assertEquals(expected, Bytes.count(b, (byte) '\n'), "length " + n);
      assertEquals(ascii, Bytes.isAscii(b));
    }
    assertTrue(Bytes.isAscii("trip_id,stop_id\n".getBytes()));
    assertFalse(Bytes.isAscii("大学城".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(9, Bytes.count(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0}, (byte) 0));
    assertEquals(2, Bytes.count(new byte[] {(byte) 0x80, 1, (byte) 0x80, 0x7f, 0, 0, 0, 0, 0}, (byte) 0x80));
  }
}
