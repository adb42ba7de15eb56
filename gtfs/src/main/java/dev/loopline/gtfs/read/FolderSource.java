package dev.loopline.gtfs.read;

import dev.loopline.gtfs.GtfsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A feed unpacked in a folder (or in the one sub-folder of it that holds the files). */
final class FolderSource extends FeedSource {
  private final String source;
  private final Path root;
  private final List<String> names;
  private final List<String> ignored;
  private final ZipLimits limits;
  private long totalRead;

  private FolderSource(String source, Path root, List<String> names, List<String> ignored, ZipLimits limits) {
    this.source = source;
    this.root = root;
    this.names = names;
    this.ignored = ignored;
    this.limits = limits;
  }

  static FolderSource open(Path dir, ZipLimits limits) throws IOException {
    String source = dir.toString();
    Map<String, List<String>> txtByFolder = sortedMap();
    List<String> other = new ArrayList<>();
    scan(dir, "", txtByFolder, other, true);
    if (!hasCoreFile(txtByFolder.getOrDefault("", List.of()))) {
      try (Stream<Path> subs = Files.list(dir)) {
        for (Path sub : subs.sorted().toList()) {
          String name = sub.getFileName().toString();
          if (Files.isDirectory(sub) && !isJunk(name)) {
            scan(sub, name + "/", txtByFolder, other, false);
          }
        }
      }
    }
    if (txtByFolder.isEmpty()) {
      throw new GtfsException(source + ": not a GTFS feed: the folder holds no .txt files");
    }
    String rootFolder = chooseRoot(source, txtByFolder);
    List<String> names = txtByFolder.get(rootFolder).stream().sorted().toList();
    txtByFolder.forEach((folder, files) -> {
      if (!folder.equals(rootFolder)) {
        files.forEach(f -> other.add(folder + f));
      }
    });
    other.sort(null);
    return new FolderSource(source, dir.resolve(rootFolder), names, other, limits);
  }

  private static void scan(Path dir, String prefix, Map<String, List<String>> txtByFolder, List<String> other,
                           boolean top) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        if (isJunk(name) || Files.isDirectory(p)) {
          continue;
        }
        if (name.endsWith(".txt") && Files.isRegularFile(p)) {
          txtByFolder.computeIfAbsent(prefix, k -> new ArrayList<>()).add(name);
        } else if (top) {
          other.add(prefix + name);
        }
      }
    }
  }

  @Override
  List<String> fileNames() {
    return names;
  }

  @Override
  List<String> ignored() {
    return ignored;
  }

  @Override
  byte[] read(String name) throws IOException {
    Path p = root.resolve(name);
    long size = Files.size(p);
    if (size > limits.maxEntryBytes() || size > ZipLimits.ARRAY_LIMIT) {
      throw new GtfsException(source + ": " + name + " has " + size + " bytes, more than the limit of "
          + limits.maxEntryBytes());
    }
    if (totalRead + size > limits.maxTotalBytes()) {
      throw new GtfsException(source + ": the files hold more than " + limits.maxTotalBytes()
          + " bytes in all, the limit");
    }
    HeapBudget.ensure(size, source + ": " + name);
    byte[] bytes = Files.readAllBytes(p);
    totalRead += bytes.length;
    return bytes;
  }

  @Override
  public void close() {
    // nothing held open
  }
}
