package dev.loopline.gtfs.io;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A path as the user named it, with the name of what named it ({@code --out}, {@code --feed shapingba}, a form
 * field), so that a refusal can quote both.
 *
 * @param name what named the path, as the user would recognise it
 * @param path the path as given (relative paths resolve against the working folder)
 */
public record NamedPath(String name, Path path) {
  public NamedPath {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
  }

  /** {@code --out x.zip}: the name and the path, as a message quotes them. */
  @Override
  public String toString() {
    return name + " " + path;
  }
}
