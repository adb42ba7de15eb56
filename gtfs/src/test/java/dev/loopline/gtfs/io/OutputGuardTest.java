package dev.loopline.gtfs.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output guard never lets a write destroy what Loopline did not write: folders are replaced only when empty or
 * marked as the same command's output and unchanged since; outputs never meet inputs, however the paths are spelt.
 */
class OutputGuardTest {
  static final OutputKind REPORT = OutputKind.of("report", "a report");
  static final OutputKind NETWORK = OutputKind.of("network", "a network");

  @TempDir
  Path tmp;

  private static NamedPath out(Path p) {
    return new NamedPath("--out", p);
  }

  private static void writeReport(Path dir, String text, boolean force) throws IOException {
    OutputGuard.replaceFolder(out(dir), REPORT, force, t -> Files.writeString(t.resolve("report.html"), text));
  }

  @Test
  void aFolderOfTheUsersIsNeverReplacedEvenWithForce() throws IOException {
    Path dir = tmp.resolve("mine");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("thesis.txt"), "years of work");
    for (boolean force : new boolean[] {false, true}) {
      OutputRefusedException e = assertThrows(OutputRefusedException.class, () -> writeReport(dir, "r", force));
      assertTrue(e.getMessage().contains("was not written by Loopline"), e.getMessage());
    }
    assertEquals("years of work", Files.readString(dir.resolve("thesis.txt")));
    assertEquals(List.of(dir), list(tmp), "no temporary left behind");
  }

  @Test
  void anEmptyOrMissingFolderIsWrittenAndMarked() throws IOException {
    Path empty = tmp.resolve("empty");
    Files.createDirectories(empty);
    writeReport(empty, "one", false);
    writeReport(tmp.resolve("new/deeper"), "two", false);
    assertEquals("one", Files.readString(empty.resolve("report.html")));
    OutputMarker m = OutputMarker.read(empty).orElseThrow();
    assertEquals("report", m.kind());
    assertEquals(List.of("report.html"), m.files().stream().map(OutputMarker.Entry::path).toList());
    assertEquals(3, m.files().get(0).size());
  }

  @Test
  void itsOwnEarlierOutputIsReplacedWithoutForce() throws IOException {
    Path dir = tmp.resolve("r");
    writeReport(dir, "old", false);
    writeReport(dir, "new", false);
    assertEquals("new", Files.readString(dir.resolve("report.html")));
  }

  @Test
  void anotherKindOfLooplineOutputNeedsForce() throws IOException {
    Path dir = tmp.resolve("n");
    OutputGuard.replaceFolder(out(dir), NETWORK, false, t -> Files.writeString(t.resolve("manifest.json"), "{}"));
    OutputRefusedException e = assertThrows(OutputRefusedException.class, () -> writeReport(dir, "r", false));
    assertTrue(e.getMessage().contains("holds a Loopline network") && e.getMessage().contains("--force"),
        e.getMessage());
    assertTrue(Files.exists(dir.resolve("manifest.json")));
    writeReport(dir, "r", true);
    assertFalse(Files.exists(dir.resolve("manifest.json")));
  }

  @Test
  void aFileAddedToALooplineFolderIsTheUsersAndStopsTheReplacementEvenWithForce() throws IOException {
    Path dir = tmp.resolve("r");
    writeReport(dir, "old", false);
    Files.writeString(dir.resolve("my-notes.md"), "notes");
    for (boolean force : new boolean[] {false, true}) {
      OutputRefusedException e = assertThrows(OutputRefusedException.class, () -> writeReport(dir, "new", force));
      assertTrue(e.getMessage().contains("my-notes.md"), e.getMessage());
    }
    assertEquals("notes", Files.readString(dir.resolve("my-notes.md")));
    assertEquals("old", Files.readString(dir.resolve("report.html")));
  }

  @Test
  void aFileEditedSinceLooplineWroteItIsTheUsers() throws IOException {
    Path dir = tmp.resolve("r");
    writeReport(dir, "old", false);
    Files.writeString(dir.resolve("report.html"), "od!"); // same size, other content
    OutputRefusedException e = assertThrows(OutputRefusedException.class, () -> writeReport(dir, "new", true));
    assertTrue(e.getMessage().contains("changed since") && e.getMessage().contains("report.html"), e.getMessage());
    assertEquals("od!", Files.readString(dir.resolve("report.html")));
  }

  @Test
  void aGarbledMarkerIsNotTrusted() throws IOException {
    Path dir = tmp.resolve("r");
    writeReport(dir, "old", false);
    Files.writeString(dir.resolve(OutputMarker.FILE), "kind: report\nthis is not a hash line\n");
    OutputRefusedException e = assertThrows(OutputRefusedException.class, () -> writeReport(dir, "new", true));
    assertTrue(e.getMessage().contains("damaged"), e.getMessage());
  }

  @Test
  void aFileNamedAsTheFolderIsRefused() throws IOException {
    Path file = Files.writeString(tmp.resolve("x"), "data");
    OutputRefusedException e = assertThrows(OutputRefusedException.class, () -> writeReport(file, "r", true));
    assertTrue(e.getMessage().contains("is a file"), e.getMessage());
    Path under = file.resolve("sub");
    e = assertThrows(OutputRefusedException.class, () -> writeReport(under, "r", true));
    assertTrue(e.getMessage().contains(file + " is a file, not a folder"), e.getMessage());
    assertEquals("data", Files.readString(file));
  }

  @Test
  void theCurrentFolderIsNeverAnOutput() {
    OutputRefusedException e = assertThrows(OutputRefusedException.class,
        () -> OutputGuard.checkPaths(List.of(), List.of(out(Path.of(".")))));
    assertTrue(e.getMessage().contains("is the current folder"), e.getMessage());
    Path parent = Path.of("").toAbsolutePath().getParent();
    e = assertThrows(OutputRefusedException.class, () -> OutputGuard.checkFolder(out(parent), REPORT, true));
    assertTrue(e.getMessage().contains("current folder"), e.getMessage());
  }

  @Test
  void anOutputIsNeverAnInputHoweverItIsSpelt() throws IOException {
    Path in = Files.writeString(tmp.resolve("in.zip"), "feed");
    Files.createDirectories(tmp.resolve("a/b"));
    Path link = Files.createSymbolicLink(tmp.resolve("link.zip"), in);
    Path dirLink = Files.createSymbolicLink(tmp.resolve("dl"), tmp.resolve("a/b"));
    Path hard = Files.createLink(tmp.resolve("hard.zip"), in);
    List<NamedPath> inputs = List.of(new NamedPath("--feed a", in));
    for (Path same : List.of(in, tmp.resolve("a/../in.zip"), tmp.resolve("./in.zip"), link, hard,
        dirLink.resolve("../../in.zip"))) {
      OutputRefusedException e = assertThrows(OutputRefusedException.class,
          () -> OutputGuard.checkPaths(inputs, List.of(out(same))), same.toString());
      assertTrue(e.getMessage().contains("is also the input --feed a"), e.getMessage());
    }
    // dl/.. is a (through the link), not tmp: the real path decides, so this is a new file beside the input.
    assertDoesNotThrow(() -> OutputGuard.checkPaths(inputs, List.of(out(dirLink.resolve("../in.zip")))));
    assertEquals("feed", Files.readString(in));
  }

  @Test
  void anOutputIsNeverInsideAnInputFolderNorHoldsAnInput() throws IOException {
    Path network = Files.createDirectories(tmp.resolve("network"));
    Files.writeString(network.resolve("gtfs.zip"), "feed");
    List<NamedPath> inputs = List.of(new NamedPath("--network", network));
    OutputRefusedException e = assertThrows(OutputRefusedException.class,
        () -> OutputGuard.checkPaths(inputs, List.of(out(network.resolve("gtfs.zip")))));
    assertTrue(e.getMessage().contains("is inside the input --network"), e.getMessage());
    e = assertThrows(OutputRefusedException.class, () -> OutputGuard.checkPaths(inputs, List.of(out(tmp))));
    assertTrue(e.getMessage().contains("contains the input --network"), e.getMessage());
  }

  @Test
  void twoOutputsNeverShareAPath() {
    NamedPath zip = out(tmp.resolve("x.zip"));
    NamedPath report = new NamedPath("--report", tmp.resolve("sub/../x.zip"));
    OutputRefusedException e = assertThrows(OutputRefusedException.class,
        () -> OutputGuard.checkPaths(List.of(), List.of(zip, report)));
    assertTrue(e.getMessage().startsWith("--report ") && e.getMessage().contains("same path as --out"),
        e.getMessage());
  }

  @Test
  void aFileIsNeverWrittenIntoALooplineFolderNorOverAFolder() throws IOException {
    Path dir = tmp.resolve("r");
    writeReport(dir, "old", false);
    OutputRefusedException e = assertThrows(OutputRefusedException.class,
        () -> OutputGuard.checkFile(out(dir.resolve("sub/export.zip"))));
    assertTrue(e.getMessage().contains("a folder Loopline wrote (report)"), e.getMessage());
    e = assertThrows(OutputRefusedException.class, () -> OutputGuard.checkFile(out(dir)));
    assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
  }

  @Test
  void theMarkerIsDeterministicAndDetectsDamage() throws IOException {
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    writeReport(one, "same", false);
    writeReport(two, "same", false);
    assertEquals(Files.readString(one.resolve(OutputMarker.FILE)), Files.readString(two.resolve(OutputMarker.FILE)));
    OutputMarker m = OutputMarker.read(one).orElseThrow();
    assertEquals(List.of(), m.damage(one, true));
    Files.writeString(one.resolve("report.html"), "other");
    assertEquals(1, m.damage(one, false).size());
    Files.delete(one.resolve("report.html"));
    assertEquals(List.of("report.html is missing"), m.damage(one, false));
  }

  private static List<Path> list(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }
}
