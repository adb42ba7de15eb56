package dev.loopline.gtfs.io;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What kind of folder a command writes (a network, a report, the sample). The kind is written into the folder's
 * marker ({@link OutputMarker}), so that a later run knows whether the folder is its own to replace.
 *
 * @param name        a short stable word stored in the marker, e.g. {@code network}
 * @param description what the folder is, for messages, e.g. {@code "a Loopline network"}
 * @param unmarked    recognises a folder of this kind written before markers existed (its own file names only);
 *                    such a folder is treated as marked with this kind
 * @param derived     every file of such a folder is derived from inputs kept elsewhere (a network: copies and
 *                    caches), so a listed file changed since is damage to repair, not the user's work; when false
 *                    (a report, the sample, whose files a user may edit) a changed file is the user's and is kept
 */
public record OutputKind(String name, String description, Predicate<Path> unmarked, boolean derived) {
  public OutputKind {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(unmarked, "unmarked");
    if (!name.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("kind name must be a lower-case word: " + name);
    }
  }

  /** A kind with no folders from before markers. */
  public static OutputKind of(String name, String description) {
    return new OutputKind(name, description, dir -> false, false);
  }
}
