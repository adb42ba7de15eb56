package dev.loopline.planner.network;

import dev.loopline.gtfs.io.IoErrors;
import dev.loopline.gtfs.io.AtomicFiles;
import dev.loopline.planner.transit.StopTransfer;
import dev.loopline.planner.transit.StopTransfers;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code transfers.bin}: the walking transfers between stops in a compact binary form (big-endian): the magic
 * {@code LLWALK01}, the distance limit (double), the stop count and ids (modified UTF-8), then per stop the number
 * of walks and for each the target index, seconds and metres (ints). Loading it takes milliseconds where
 * recomputing takes one street search per stop.
 */
final class TransferFile {
  private static final long MAGIC = 0x4c4c57414c4b3031L; // "LLWALK01"

  private TransferFile() {}

  static void write(StopTransfers t, Path file) throws IOException {
    AtomicFiles.replaceFile(file, tmp -> writeTo(t, tmp));
  }

  private static void writeTo(StopTransfers t, Path tmp) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      out.writeLong(MAGIC);
      out.writeDouble(t.maxMeters());
      out.writeInt(t.stopCount());
      for (String id : t.stopIds()) {
        out.writeUTF(id);
      }
      for (int s = 0; s < t.stopCount(); s++) {
        List<StopTransfer> walks = t.from(s);
        out.writeInt(walks.size());
        for (StopTransfer w : walks) {
          out.writeInt(w.toStop());
          out.writeInt(w.seconds());
          out.writeInt(w.meters());
        }
      }
    }
  }

  static StopTransfers read(Path file) {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (in.readLong() != MAGIC) {
        throw new NetworkException(file + ": not a Loopline transfers file; rebuild the network");
      }
      double max = in.readDouble();
      int n = in.readInt();
      List<String> ids = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        ids.add(in.readUTF());
      }
      StopTransfers.Builder b = StopTransfers.builder(ids, max);
      for (int s = 0; s < n; s++) {
        int k = in.readInt();
        for (int i = 0; i < k; i++) {
          b.add(s, in.readInt(), in.readInt(), in.readInt());
        }
      }
      return b.build();
    } catch (IOException e) {
      throw new NetworkException(file + ": cannot read transfers (" + IoErrors.describe(e) + "); rebuild the network",
          e);
    }
  }
}
