package dev.loopline.gtfs.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Output that appears whole or not at all: content goes to a temporary file (or folder) created in the target's own
 * folder, then is renamed over the target only once complete. The temporary is a hidden sibling rather than a file
 * under the system temp folder because a rename is atomic only within one file system; a sibling is on the same one
 * as the target. A failure removes the temporary and leaves the old target as it was.
 *
 * <p>The temporary is created with the default permissions of a new file or folder (those a plain
 * {@link Files#write} would give, after the umask), not the owner-only ones of {@link Files#createTempFile}, since it
 * becomes the output itself.
 *
 * <p>Where the file system cannot rename atomically the move falls back to a plain rename that replaces the
 * target; readers may then briefly see no target, but never a partly written one.
 *
 * <p>Temporaries are named {@code .<target>.loopline-<pid>-<random>.tmp} (and {@code .old} for a folder being
 * swapped out), so that they are recognisably Loopline's and say which process made them. A process killed outright
 * (kill -9, power loss) cannot remove its own; the next write into the same folder does ({@link #removeLeftovers}):
 * it deletes the temporaries of processes no longer running, and puts back an {@code .old} folder whose target is
 * missing (the kill came between the two renames of a folder swap).
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes the content of a file or a folder into the temporary path it is given. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes into {@code temp}: for {@link #replaceFile} an empty file that already exists, for
     * {@link #replaceDirectory} an empty folder that already exists.
     */
    void writeTo(Path temp) throws IOException;
  }

  /**
   * Writes {@code target} (created or replaced) through a temporary file beside it. Creates missing parent folders.
   *
   * @throws IOException if {@code target} is a folder, or writing or renaming fails; the old file is then unchanged
   */
  public static void replaceFile(Path target, Content content) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    if (Files.isDirectory(abs)) {
      throw new IOException(target + " is a folder; expected a file name");
    }
    removeLeftovers(dir);
    Path temp = createSibling(dir, prefix(abs), ".tmp", false);
    try {
      content.writeTo(temp);
      move(temp, abs);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** {@link #replaceFile} with {@code text} encoded as UTF-8. */
  public static void writeString(Path target, String text) throws IOException {
    replaceFile(target, temp -> Files.writeString(temp, text, StandardCharsets.UTF_8));
  }

  /**
   * Writes a folder in full beside the target, then swaps it in: the old folder is renamed aside, the new one
   * renamed into place, the old one deleted. Each rename is atomic; readers see the old folder or the new one (or,
   * for an instant between the two renames, none). Creates missing parent folders.
   *
   * @throws IOException if {@code target} is a file, or writing, renaming or deleting the old folder fails; unless
   *     the last, the old folder is then in place unchanged
   */
  public static void replaceDirectory(Path target, Content content) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    if (Files.exists(abs) && !Files.isDirectory(abs)) {
      throw new IOException(target + " is a file; expected a folder");
    }
    removeLeftovers(dir);
    Path temp = createSibling(dir, prefix(abs), ".tmp", true);
    try {
      content.writeTo(temp);
      if (Files.exists(abs)) {
        Path old = createSibling(dir, prefix(abs), ".old", true);
        Files.delete(old);
        move(abs, old);
        try {
          move(temp, abs);
        } catch (IOException e) {
          move(old, abs);
          throw e;
        }
        deleteTree(old);
      } else {
        move(temp, abs);
      }
    } finally {
      if (Files.exists(temp)) {
        deleteTree(temp);
      }
    }
  }

  /**
   * Deletes {@code root} and everything below it; does nothing if it does not exist. Symbolic links are deleted,
   * not followed.
   */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
        if (exc != null) {
          throw exc;
        }
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** Matches the temporaries this class names: target name, process id, random part, kind. */
  private static final Pattern LEFTOVER =
      Pattern.compile("\\.(.+)\\.loopline-([0-9]+)-[0-9a-z]+\\.(tmp|old)");

  private static String prefix(Path target) {
    return "." + target.getFileName() + ".loopline-" + ProcessHandle.current().pid() + "-";
  }

  /**
   * Removes, in {@code dir}, what writers that are no longer running left behind: temporaries are deleted; an
   * {@code .old} folder is moved back to its target if the target is missing, and deleted otherwise. A temporary of
   * a running process is left alone, unless that process started after the temporary was made (its id was reused).
   * Failures are ignored: cleaning up is a courtesy, never a reason for the write itself to fail.
   *
   * @return the names removed or restored
   */
  public static List<String> removeLeftovers(Path dir) {
    List<String> done = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        Matcher m = LEFTOVER.matcher(p.getFileName().toString());
        if (!m.matches() || writerAlive(Long.parseLong(m.group(2)), p)) {
          continue;
        }
        try {
          Path target = dir.resolve(m.group(1));
          if (m.group(3).equals("old") && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(p, target);
          } else {
            deleteTree(p);
          }
          done.add(p.getFileName().toString());
        } catch (IOException e) {
          // Left for a later run (another process may be removing it right now).
        }
      }
    } catch (IOException | NumberFormatException e) {
      // The folder cannot be listed: nothing to clean here.
    }
    return done;
  }

  private static boolean writerAlive(long pid, Path leftover) {
    Optional<ProcessHandle> h = ProcessHandle.of(pid);
    if (h.isEmpty() || !h.get().isAlive()) {
      return false;
    }
    Optional<Instant> started = h.get().info().startInstant();
    try {
      Instant made = Files.getLastModifiedTime(leftover, LinkOption.NOFOLLOW_LINKS)
          .toInstant();
      // A process that started after the file was made cannot have made it (allow for clock granularity).
      return started.isEmpty() || !started.get().isAfter(made.plusSeconds(2));
    } catch (IOException e) {
      return true;
    }
  }

  /** Creates a new, uniquely named file or folder in {@code dir} with default permissions. */
  private static Path createSibling(Path dir, String prefix, String suffix, boolean directory) throws IOException {
    while (true) {
      Path p = dir.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + suffix);
      try {
        return directory ? Files.createDirectory(p) : Files.createFile(p);
      } catch (FileAlreadyExistsException e) {
        // Taken by another writer of the same target: draw another name.
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
