package dev.loopline.web.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's files: kept under their content's name once whole; what a killed upload left is removed later. */
class FeedFilesTest {
  @TempDir
  Path dir;

  private List<String> names() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aFileIsKeptUnderItsSha256OnceAndARefusedOneLeavesNothing() throws Exception {
    FeedFiles files = new FeedFiles(dir);
    byte[] bytes = "stop_id,stop_name\n".getBytes(StandardCharsets.UTF_8);
    FeedFiles.Incoming in = files.receive(new ByteArrayInputStream(bytes));
    assertEquals(bytes.length, in.size());
    assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)),
        in.sha256());
    assertTrue(in.file().getFileName().toString().startsWith(".incoming-"), "arrives under a temporary name");
    Path kept = files.keep(in);
    assertEquals(in.sha256() + ".zip", kept.getFileName().toString());
    assertEquals(FeedFiles.sha256(kept), in.sha256());
    files.keep(files.receive(new ByteArrayInputStream(bytes)));
    assertEquals(List.of(in.sha256() + ".zip"), names(), "the same content is one file");
    FeedFiles.Incoming refused = files.receive(new ByteArrayInputStream(new byte[] {1, 2, 3}));
    files.discard(refused);
    assertEquals(List.of(in.sha256() + ".zip"), names());
  }

  @Test
  void whatAKilledUploadLeftIsRemovedAtTheNextStartButARunningOneIsLeftAlone() throws Exception {
    Path old = Files.writeString(dir.resolve(".incoming-dead.tmp"), "half a zip");
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(3600)));
    Path running = Files.writeString(dir.resolve(".incoming-running.tmp"), "arriving");
    new FeedFiles(dir);
    assertTrue(Files.notExists(old), "a killed upload's leftover is removed");
    assertTrue(Files.exists(running), "an upload still arriving (another server on the folder) is left alone");
  }

  @Test
  void aFolderFeedHashesByItsFilesNamesAndContents() throws Exception {
    Path a = Files.createDirectories(dir.resolve("a"));
    Files.writeString(a.resolve("stops.txt"), "x");
    Files.writeString(a.resolve("agency.txt"), "y");
    Path b = Files.createDirectories(dir.resolve("b"));
    Files.writeString(b.resolve("stops.txt"), "y");
    Files.writeString(b.resolve("agency.txt"), "x");
    assertTrue(!FeedFiles.sha256(a).equals(FeedFiles.sha256(b)), "contents swapped between names differ");
  }
}
