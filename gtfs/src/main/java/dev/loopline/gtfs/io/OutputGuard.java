package dev.loopline.gtfs.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rules every command (and the web) follows before writing, so that no run can destroy a user's data:
 * <ul>
 *   <li>an output is never one of the inputs, nor inside an input folder, nor a folder holding an input; two
 *       outputs are never the same path ({@link #checkPaths}). Paths are compared as the file system resolves them
 *       (symbolic links followed, {@code ..} taken after the link it follows), and hard links count as the same file;
 *   </li>
 *   <li>a folder output is written only into a new or empty folder, or one carrying that command's own marker and
 *       holding only the files listed in it, unchanged (changed ones are damage to repair when the kind is
 *       {@linkplain OutputKind#derived() derived}) ({@link #checkFolder}). {@code force} also allows replacing
 *       another kind of Loopline output; it never allows replacing a file Loopline did not write;</li>
 *   <li>a file output is never a folder, and never lands inside a folder Loopline wrote (that folder is replaced as a
 *       whole and would either lose the file or refuse to be replaced) ({@link #checkFile}).</li>
 * </ul>
 * Refusals throw {@link OutputRefusedException} with one sentence naming the option, the path and the way out.
 * Writing itself goes through {@link AtomicFiles}: {@link #replaceFolder} and {@link #replaceFile} check and write.
 */
public final class OutputGuard {
  private OutputGuard() {}

  /**
   * Refuses outputs that coincide with an input, lie inside an input folder or contain an input, that coincide with
   * or contain each other, or that are (or contain) the current working folder.
   */
  public static void checkPaths(List<NamedPath> inputs, List<NamedPath> outputs) {
    Path cwd = real(Path.of(""));
    for (int i = 0; i < outputs.size(); i++) {
      NamedPath out = outputs.get(i);
      Path ro = real(out.path());
      if (cwd.startsWith(ro)) {
        throw new OutputRefusedException(out + ": " + (cwd.equals(ro) ? "is the current folder" : "contains the "
            + "current folder") + "; give a new folder (or file) to write");
      }
      for (NamedPath in : inputs) {
        Path ri = real(in.path());
        if (same(ro, ri)) {
          throw new OutputRefusedException(out + ": is also the input " + in + "; write the output elsewhere");
        }
        if (ro.startsWith(ri)) {
          throw new OutputRefusedException(out + ": is inside the input " + in + "; write the output elsewhere");
        }
        if (ri.startsWith(ro)) {
          throw new OutputRefusedException(out + ": contains the input " + in + "; write the output elsewhere");
        }
      }
      for (int j = 0; j < i; j++) {
        NamedPath other = outputs.get(j);
        Path rj = real(other.path());
        if (same(ro, rj)) {
          throw new OutputRefusedException(out + ": is the same path as " + other + "; give each output its own");
        }
        if (ro.startsWith(rj) || rj.startsWith(ro)) {
          throw new OutputRefusedException(out + ": " + (ro.startsWith(rj) ? "is inside " : "contains ") + other
              + "; give each output its own place");
        }
      }
    }
  }

  /**
   * Refuses a file output that is a folder, whose parent is a file, or that lies inside a folder Loopline wrote.
   */
  public static void checkFile(NamedPath out) {
    Path p = out.path().toAbsolutePath();
    if (Files.isDirectory(p)) {
      throw new OutputRefusedException(out + ": is a folder; give the name of the file to write");
    }
    checkParents(out, p.getParent());
    for (Path d = real(p).getParent(); d != null; d = d.getParent()) {
      Optional<String> kind = kindOf(d);
      if (kind.isPresent()) {
        throw new OutputRefusedException(out + ": is inside " + d + ", a folder Loopline wrote (" + kind.get()
            + ") and replaces as a whole; write the file elsewhere");
      }
    }
  }

  /**
   * Refuses to write {@code kind} into {@code out} unless the folder is absent or empty, or carries a marker of
   * {@code kind} (or, with {@code force}, of any kind) and holds only the files that marker lists, unchanged.
   */
  public static void checkFolder(NamedPath out, OutputKind kind, boolean force) {
    Path p = out.path().toAbsolutePath();
    checkParents(out, p.getParent());
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (real(Path.of("")).startsWith(real(p))) {
      throw new OutputRefusedException(out + ": is (or contains) the current folder; give a new folder to write "
          + kind.description() + " into");
    }
    if (Files.isSymbolicLink(p)) {
      throw new OutputRefusedException(out + ": is a symbolic link; give the folder itself");
    }
    if (!Files.isDirectory(p)) {
      throw new OutputRefusedException(out + ": is a file; give a folder to write " + kind.description() + " into");
    }
    try {
      if (isEmpty(p)) {
        return;
      }
      Optional<OutputMarker> marker;
      try {
        marker = OutputMarker.read(p);
      } catch (IOException e) {
        throw new OutputRefusedException(out + ": its " + OutputMarker.FILE + " is damaged (" + e.getMessage()
            + "), so Loopline cannot tell its files from yours; choose a new or empty folder");
      }
      if (marker.isEmpty()) {
        if (kind.unmarked().test(p)) {
          return;
        }
        throw new OutputRefusedException(out + ": is not empty and was not written by Loopline; choose a new or "
            + "empty folder (Loopline never replaces files it did not write, even with --force)");
      }
      OutputMarker m = marker.get();
      if (!m.kind().equals(kind.name()) && !force) {
        throw new OutputRefusedException(out + ": holds a Loopline " + m.kind() + ", not " + kind.description()
            + "; choose another folder, or pass --force to replace it");
      }
      List<String> foreign = m.foreignFiles(p, !kind.derived());
      if (!foreign.isEmpty()) {
        throw new OutputRefusedException(out + ": holds files Loopline did not write or that were changed since ("
            + shortList(foreign) + "); move them away or choose another folder (--force never replaces them)");
      }
    } catch (IOException e) {
      throw new OutputRefusedException(out + ": cannot be read (" + IoErrors.describe(e) + ")");
    }
  }

  /**
   * Writes the folder {@code out} as a whole: checks it ({@link #checkFolder}), lets {@code content} fill a
   * temporary sibling, adds the marker, checks again (the folder may have changed meanwhile) and swaps it in.
   */
  public static void replaceFolder(NamedPath out, OutputKind kind, boolean force, AtomicFiles.Content content)
      throws IOException {
    checkFolder(out, kind, force);
    AtomicFiles.replaceDirectory(out.path(), tmp -> {
      content.writeTo(tmp);
      OutputMarker.describe(kind.name(), tmp).writeTo(tmp);
      checkFolder(out, kind, force);
    });
  }

  /** Writes the file {@code out} through a temporary sibling after {@link #checkFile}. */
  public static void replaceFile(NamedPath out, AtomicFiles.Content content) throws IOException {
    checkFile(out);
    AtomicFiles.replaceFile(out.path(), content);
  }

  /** The kind of Loopline output {@code dir} is, from its marker; empty when it has none (or is not a folder). */
  public static Optional<String> kindOf(Path dir) {
    try {
      return OutputMarker.read(dir).map(OutputMarker::kind);
    } catch (IOException e) {
      return Optional.of("damaged marker");
    }
  }

  /** A path as the file system resolves it, also when it (or its end) does not exist yet. */
  static Path real(Path path) {
    Path abs = path.toAbsolutePath();
    Path cur = abs.getRoot();
    boolean exists = true;
    for (Path name : abs) {
      String n = name.toString();
      if (n.equals(".")) {
        continue;
      }
      if (n.equals("..")) {
        // cur is already resolved, so its parent is the real parent even after a link.
        cur = cur.getParent() == null ? cur : cur.getParent();
        continue;
      }
      cur = cur.resolve(n);
      if (exists) {
        try {
          cur = cur.toRealPath();
        } catch (IOException e) {
          exists = false; // the rest does not exist (or cannot be resolved): resolved as written from here
        }
      }
    }
    return cur;
  }

  private static boolean same(Path a, Path b) {
    if (a.equals(b)) {
      return true;
    }
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /** A parent that is a file (or a link to one) makes the output impossible; say which. */
  private static void checkParents(NamedPath out, Path parent) {
    for (Path d = parent; d != null; d = d.getParent()) {
      if (Files.exists(d)) {
        if (!Files.isDirectory(d)) {
          throw new OutputRefusedException(out + ": " + d + " is a file, not a folder");
        }
        return;
      }
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  private static String shortList(List<String> names) {
    int shown = Math.min(names.size(), 3);
    String s = String.join(", ", names.subList(0, shown));
    return names.size() > shown ? s + " and " + (names.size() - shown) + " more" : s;
  }
}
