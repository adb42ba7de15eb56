package dev.loopline.gtfs.io;

import java.io.CharConversionException;
import java.io.EOFException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

/**
 * What went wrong with a file, in words a user can act on. Java's exceptions often carry no message ("Input length =
 * 1", {@code null}) or one that names a Java class ({@code java.io.CharConversionException: Invalid UTF-8 middle
 * byte}); every reader that reports an I/O failure describes it through here, so that no class name reaches a user.
 */
public final class IoErrors {
  /** A qualified class name, possibly followed by ": " as in a nested exception's message. */
  private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+([A-Z]\\w*)(: )?");
  /** What UTF-8 decoding failures say, whichever library reports them. */
  public static final String NOT_UTF8 = "it is not UTF-8 text; save it as UTF-8";

  private IoErrors() {}

  /** A short phrase for what went wrong, e.g. {@code "file not found"}, {@value #NOT_UTF8}. */
  public static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException || t instanceof CharConversionException
          || (t.getMessage() != null && t.getMessage().contains("Invalid UTF-8"))) {
        return NOT_UTF8;
      }
    }
    if (e instanceof NoSuchFileException) {
      return "file not found";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "is not a folder";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "the folder is not empty";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().equals("Is a directory") ? "is a folder, not a file" : lower(fs.getReason());
    }
    if (e instanceof EOFException) {
      return "it ends unexpectedly (truncated?)";
    }
    if (e instanceof ZipException) {
      return "not a valid zip file" + (e.getMessage() == null ? "" : " (" + plain(e.getMessage()) + ")");
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? "input/output error" : plain(m);
  }

  /** {@code text} with qualified Java class names reduced to nothing (a nested exception's prefix) or their name. */
  public static String plain(String text) {
    return QUALIFIED.matcher(text).replaceAll(m -> m.group(2) != null ? "" : m.group(1)).strip();
  }

  private static String lower(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
