package dev.loopline.gtfs.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Output that appears whole or not at all: content goes to a temporary file (or folder) next to the target, in the
 * same directory so that the final rename stays on one file system, and is renamed over the target only once
 * complete. A failure removes the temporary and leaves the old target as it was.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  interface Content {
    void writeTo(Path temp) throws IOException;
  }

  static void replaceFile(Path target, Content content) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    if (Files.isDirectory(abs)) {
      throw new IOException(target + " is a folder; expected a file name");
    }
    Path temp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
    try {
      content.writeTo(temp);
      move(temp, abs);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Writes a folder in full beside the target, then swaps it in: the old folder is renamed aside, the new one
   * renamed into place, the old one deleted. Each rename is atomic; readers see the old folder or the new one.
   */
  static void replaceDirectory(Path target, Content content) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    if (Files.exists(abs) && !Files.isDirectory(abs)) {
      throw new IOException(target + " is a file; expected a folder");
    }
    Path temp = Files.createTempDirectory(dir, "." + abs.getFileName() + ".");
    try {
      content.writeTo(temp);
      if (Files.exists(abs)) {
        Path old = Files.createTempDirectory(dir, "." + abs.getFileName() + ".old.");
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

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
