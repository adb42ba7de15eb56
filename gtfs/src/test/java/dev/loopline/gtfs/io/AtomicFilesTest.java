package dev.loopline.gtfs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a killed writer leaves is recognisably Loopline's and is cleaned up by the next write into the same folder;
 * what a running writer or the user has there is never touched. (The kill itself, with a real child JVM and SIGKILL:
 * {@code KillTest} in the planner.)
 */
class AtomicFilesTest {
  static long deadPid;

  @TempDir
  Path dir;

  @BeforeAll
  static void deadProcess() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    deadPid = p.pid();
  }

  @Test
  void temporariesNameTheirProcessAndVanishOnSuccess() throws IOException {
    AtomicFiles.writeString(dir.resolve("a.txt"), "x");
    assertEquals(List.of(dir.resolve("a.txt")), list());
  }

  @Test
  void leftoversOfADeadWriterAreRemovedByTheNextWrite() throws IOException {
    Path tmpFile = Files.writeString(dir.resolve(".a.txt.loopline-" + deadPid + "-k3x.tmp"), "half");
    Path tmpDir = Files.createDirectories(dir.resolve(".net.loopline-" + deadPid + "-9q.tmp/streets"));
    AtomicFiles.writeString(dir.resolve("b.txt"), "y");
    assertFalse(Files.exists(tmpFile));
    assertFalse(Files.exists(tmpDir.getParent()));
  }

  @Test
  void anOldFolderIsPutBackWhenTheKillCameBetweenTheTwoRenames() throws IOException {
    Path old = Files.createDirectories(dir.resolve(".network.loopline-" + deadPid + "-7.old"));
    Files.writeString(old.resolve("manifest.json"), "{}");
    assertEquals(List.of(old.getFileName().toString()), AtomicFiles.removeLeftovers(dir));
    assertEquals("{}", Files.readString(dir.resolve("network/manifest.json")));
  }

  @Test
  void aRunningWritersTemporaryAndTheUsersHiddenFilesAreLeftAlone() throws IOException {
    Path mine = Files.writeString(dir.resolve(".a.txt.loopline-" + ProcessHandle.current().pid() + "-z.tmp"), "");
    Path users = Files.writeString(dir.resolve(".a.txt.12345.tmp"), "user's");
    Path look = Files.writeString(dir.resolve(".notes.loopline-x.tmp"), "user's");
    assertEquals(List.of(), AtomicFiles.removeLeftovers(dir));
    assertTrue(Files.exists(mine) && Files.exists(users) && Files.exists(look));
  }

  private List<Path> list() throws IOException {
    try (var s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }
}
