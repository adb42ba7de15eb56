package dev.loopline.planner.proposal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each field of a YAML or JSON document was written: the 1-based line of every field path
 * ({@code changes[1].route}, {@code stops[2]}), so that a mistake found long after parsing (an unknown route id, a
 * stop off the streets) still names the line to fix. Jackson's tree model forgets positions, so the document is
 * scanned once more as a token stream. A document can be nested in another (a new line written inside a change
 * proposal): {@code prefix} is its path there, put in front of every field it reports.
 */
public final class FieldLines {
  /** No positions known (a document built in code): messages name the field only. */
  public static final FieldLines NONE = new FieldLines(Map.of(), "");

  private final Map<String, Integer> lines;
  private final String prefix;

  private FieldLines(Map<String, Integer> lines, String prefix) {
    this.lines = lines;
    this.prefix = prefix;
  }

  /** Scans a document's bytes with the parser factory that read it; a document that does not scan gets no lines. */
  public static FieldLines scan(byte[] document, JsonFactory factory) {
    Map<String, Integer> out = new HashMap<>();
    try (JsonParser p = factory.createParser(document)) {
      // Per open container: its path, and for a list the index of the next element.
      Deque<String> paths = new ArrayDeque<>();
      Deque<int[]> indexes = new ArrayDeque<>();
      String pending = "";
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        int line = p.currentTokenLocation().getLineNr();
        if (t == JsonToken.FIELD_NAME) {
          pending = FieldReader.path(paths.isEmpty() ? "" : paths.peek(), p.currentName());
          out.putIfAbsent(pending, line);
          continue;
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          paths.pop();
          indexes.pop();
          continue;
        }
        String here = pending;
        if (!indexes.isEmpty() && indexes.peek()[0] >= 0) {
          here = paths.peek() + "[" + indexes.peek()[0]++ + "]";
          out.putIfAbsent(here, line);
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          paths.push(here);
          indexes.push(new int[] {t == JsonToken.START_ARRAY ? 0 : -1});
        }
      }
    } catch (IOException | RuntimeException e) {
      // The tree parser already accepted the document; positions are a help, not a requirement.
    }
    return new FieldLines(Map.copyOf(out), "");
  }

  /** The same lines for a document nested at {@code path} (its fields are reported as {@code path.field}). */
  public FieldLines nested(String path) {
    return new FieldLines(lines, path(path));
  }

  /** A field of this document as the whole file names it. */
  public String path(String field) {
    if (field == null || field.isEmpty()) {
      return prefix.isEmpty() ? field : prefix;
    }
    if (prefix.isEmpty()) {
      return field;
    }
    return field.startsWith("[") ? prefix + field : prefix + "." + field;
  }

  /**
   * The line of a field path of the whole file, or of the nearest enclosing field that has one; 0 when unknown.
   */
  public int lineOf(String fullPath) {
    String p = fullPath;
    while (p != null && !p.isEmpty()) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut > 0 ? p.substring(0, cut) : null;
    }
    return 0;
  }

  /** An error about a field of this document, naming the file, the line and the field. */
  public ProposalException error(String file, String field, String problem) {
    String full = path(field);
    return new ProposalException(file, full == null ? 0 : lineOf(full), full, problem);
  }
}
