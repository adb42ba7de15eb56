package dev.loopline.planner.proposal;

import dev.loopline.gtfs.io.IoErrors;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Typed access to a parsed YAML/JSON tree whose every complaint names the file and the field path
 * ({@code service.periods[1].headway_min}). Planners write proposals and cost files by hand; a wrong type or an
 * unknown key must point at the place to fix, never fall through to a default.
 */
public final class FieldReader {
  private final String file;
  private final FieldLines lines;

  public FieldReader(String file) {
    this(file, FieldLines.NONE);
  }

  /** A reader whose errors also name the line of the field ({@code lines} may place the document inside another). */
  public FieldReader(String file, FieldLines lines) {
    this.file = file;
    this.lines = lines;
  }

  /** A parsed document and where each of its fields was written. */
  public record Document(JsonNode root, FieldLines lines) {}

  /**
   * {@link #readTree} and the line of every field, for errors found after parsing.
   */
  public static Document readDocument(Path path, String kind) {
    JsonNode root = readTree(path, kind);
    try {
      String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
      JsonFactory factory = name.endsWith(".json") ? new JsonFactory() : new YAMLFactory();
      return new Document(root, FieldLines.scan(Files.readAllBytes(path), factory));
    } catch (IOException e) {
      return new Document(root, FieldLines.NONE);
    }
  }

  public String file() {
    return file;
  }

  public FieldLines lines() {
    return lines;
  }

  /**
   * Parses a {@code .yaml}/{@code .yml} or {@code .json} file (by extension) into a tree; duplicate keys, syntax
   * errors and a missing file become one-line errors naming the file ({@code kind} says what the file should be).
   */
  public static JsonNode readTree(Path path, String kind) {
    String file = path.toString();
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    ObjectMapper mapper;
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      mapper = new ObjectMapper(new YAMLFactory());
    } else if (name.endsWith(".json")) {
      mapper = new ObjectMapper();
    } else {
      throw new ProposalException(file, null, "a " + kind + " must be a .yaml, .yml or .json file");
    }
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    JsonNode root;
    try {
      root = mapper.readTree(Files.readAllBytes(path));
    } catch (NoSuchFileException e) {
      throw new ProposalException(file, null, "file not found");
    } catch (JsonProcessingException e) {
      if (IoErrors.describe(e).equals(IoErrors.NOT_UTF8)) {
        throw new ProposalException(file, null, IoErrors.NOT_UTF8);
      }
      JsonLocation at = e.getLocation();
      throw new ProposalException(file, at == null ? 0 : Math.max(0, at.getLineNr()), null, "not valid "
          + (name.endsWith(".json") ? "JSON" : "YAML") + ": " + IoErrors.plain(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ProposalException(file, null, IoErrors.describe(e));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new ProposalException(file, null, "the file is empty");
    }
    return root;
  }

  public ProposalException error(String field, String problem) {
    return lines.error(file, field, problem);
  }

  public static String path(String parent, String key) {
    return parent == null || parent.isEmpty() ? key : parent + "." + key;
  }

  public static String describe(JsonNode v) {
    if (v.isTextual()) {
      return "the text '" + v.asText() + "'";
    }
    if (v.isNumber()) {
      return "the number " + v.asText();
    }
    if (v.isBoolean()) {
      return v.asText();
    }
    if (v.isArray()) {
      return "a list";
    }
    if (v.isObject()) {
      return "a mapping";
    }
    return "nothing";
  }

  public static String plain(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  public ObjectNode object(JsonNode v, String at) {
    if (v == null || !v.isObject()) {
      throw error(at.isEmpty() ? null : at, "must be a mapping of keys to values, got "
          + (v == null ? "nothing" : describe(v)));
    }
    return (ObjectNode) v;
  }

  public void onlyKeys(ObjectNode o, String at, Set<String> allowed) {
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        throw error(path(at, key), "unknown key (allowed here: " + String.join(", ", new java.util.TreeSet<>(allowed))
            + ")");
      }
    }
  }

  public JsonNode required(ObjectNode o, String key, String at) {
    JsonNode v = o.get(key);
    if (v == null || v.isNull()) {
      throw error(path(at, key), "is required");
    }
    return v;
  }

  public String text(ObjectNode o, String key, boolean required) {
    return text(o, key, required, "");
  }

  public String text(ObjectNode o, String key, boolean required, String at) {
    JsonNode v = o.get(key);
    if (v == null || v.isNull()) {
      if (required) {
        throw error(path(at, key), "is required");
      }
      return null;
    }
    if (!v.isTextual()) {
      throw error(path(at, key), "must be text, got " + describe(v));
    }
    String s = v.asText().strip();
    if (s.isEmpty()) {
      throw error(path(at, key), "must not be empty");
    }
    return s;
  }

  public boolean bool(ObjectNode o, String key, boolean fallback) {
    JsonNode v = o.get(key);
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (!v.isBoolean()) {
      throw error(key, "must be true or false, got " + describe(v));
    }
    return v.booleanValue();
  }

  public double number(ObjectNode o, String key, boolean required, double fallback) {
    return number(o, key, required, fallback, "");
  }

  public double number(ObjectNode o, String key, boolean required, double fallback, String at) {
    JsonNode v = o.get(key);
    if (v == null || v.isNull()) {
      if (required) {
        throw error(path(at, key), "is required");
      }
      return fallback;
    }
    if (!v.isNumber()) {
      throw error(path(at, key), "must be a number, got " + describe(v));
    }
    double d = v.doubleValue();
    if (!Double.isFinite(d)) {
      throw error(path(at, key), "must be a finite number");
    }
    return d;
  }

  public int integer(ObjectNode o, String key, String at) {
    JsonNode v = required(o, key, at);
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw error(path(at, key), "must be a whole number, got " + describe(v));
    }
    return v.intValue();
  }

  public List<JsonNode> list(ObjectNode o, String key, boolean required) {
    return list(o, key, required, "");
  }

  public List<JsonNode> list(ObjectNode o, String key, boolean required, String at) {
    JsonNode v = o.get(key);
    if (v == null || v.isNull()) {
      if (required) {
        throw error(path(at, key), "is required");
      }
      return List.of();
    }
    if (!v.isArray()) {
      throw error(path(at, key), "must be a list, got " + describe(v));
    }
    List<JsonNode> out = new ArrayList<>();
    v.forEach(out::add);
    return out;
  }
}
