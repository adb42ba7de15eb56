package dev.loopline.gtfs.read;

import dev.loopline.gtfs.GtfsException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files of a feed, wherever they are stored: a zip ({@link ZipSource}) or a folder ({@link FolderSource}).
 * Both find the feed inside one nested folder when the root holds none, ignore operating-system junk
 * ({@code __MACOSX}, hidden files such as {@code .DS_Store} and {@code ._*}), and enforce {@link ZipLimits} on the bytes they hand out.
 */
abstract class FeedSource implements Closeable {
  /** Names of the feed's files relative to the feed root (e.g. {@code stops.txt}), sorted. */
  abstract List<String> fileNames();

  /** Names that were present but are not part of the feed (other folders, non-.txt files), for an INFO notice. */
  abstract List<String> ignored();

  /** The whole content of a file. */
  abstract byte[] read(String name) throws IOException;

  /** Opens a zip or a folder, telling which from the content, not the name. */
  static FeedSource open(Path path, ZipLimits limits) throws IOException {
    String source = path.toString();
    if (!Files.exists(path)) {
      throw new GtfsException(source + ": no such file or folder");
    }
    if (Files.isDirectory(path)) {
      return FolderSource.open(path, limits);
    }
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      throw new GtfsException(source + ": not a readable file");
    }
    byte[] magic = new byte[4];
    int n;
    try (InputStream in = Files.newInputStream(path)) {
      n = in.readNBytes(magic, 0, 4);
    }
    if (n == 0) {
      throw new GtfsException(source + ": the file is empty; expected a GTFS zip or folder");
    }
    boolean zip = n == 4 && magic[0] == 'P' && magic[1] == 'K'
        && (magic[2] == 3 && magic[3] == 4 || magic[2] == 5 && magic[3] == 6);
    if (!zip) {
      throw new GtfsException(source + ": not a zip file (and not a folder); expected a GTFS zip or folder");
    }
    return ZipSource.open(path, limits);
  }

  /** True for entries every feed reader should pretend are not there. */
  static boolean isJunk(String relativePath) {
    for (String part : relativePath.split("/")) {
      // Hidden files (.DS_Store, AppleDouble ._*), macOS resource forks, Windows thumbnails.
      if (part.equals("__MACOSX") || part.startsWith(".") || part.equals("Thumbs.db")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Picks the folder that holds the feed among the folders holding {@code .txt} files: the one with the core files
   * (stops, agency or stop_times), the root winning; when none has them, the root or the only folder, so that the
   * missing files are reported. Two folders with core files are ambiguous.
   *
   * @param txtByFolder folder ("" for the root, else "a/b/") to the .txt file names directly in it
   * @return the chosen folder
   */
  static String chooseRoot(String source, Map<String, List<String>> txtByFolder) {
    List<String> withCore = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : txtByFolder.entrySet()) {
      if (hasCoreFile(e.getValue())) {
        withCore.add(e.getKey());
      }
    }
    if (withCore.contains("")) {
      return "";
    }
    if (withCore.size() > 1) {
      throw new GtfsException(source + ": GTFS files in several folders (" + String.join(", ", withCore)
          + "); expected one feed");
    }
    if (withCore.size() == 1) {
      return withCore.get(0);
    }
    return txtByFolder.containsKey("") || txtByFolder.isEmpty() ? "" : txtByFolder.keySet().iterator().next();
  }

  static boolean hasCoreFile(List<String> names) {
    return names.contains("stops.txt") || names.contains("agency.txt") || names.contains("stop_times.txt");
  }

  static Map<String, List<String>> sortedMap() {
    return new TreeMap<>();
  }
}
