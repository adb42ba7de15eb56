package dev.loopline.gtfs.merge;

import dev.loopline.gtfs.io.IoErrors;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.loopline.gtfs.GtfsException;
import dev.loopline.gtfs.geo.CoordinateSystem;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The feeds.yaml an operator keeps next to the district feeds, listing what to merge:
 *
 * <pre>
 * feeds:
 *   - id: shapingba
 *     path: shapingba/gtfs.zip     # relative to this file
 *     crs: gcj02                   # wgs84 (default), gcj02 or bd09
 *     encoding: gbk                # optional; detected when absent
 * </pre>
 *
 * Paths are relative to the yaml file so the folder can move as a whole. Mistakes (unknown keys, a missing path,
 * an id used twice) are reported with the file and line, since this file is edited by hand.
 *
 * @param baseDir the folder of the yaml file
 * @param feeds   the feeds in file order
 */
public record FeedsConfig(Path baseDir, List<FeedSource> feeds) {
  private static final List<String> KEYS = List.of("id", "path", "crs", "encoding");

  public FeedsConfig {
    feeds = List.copyOf(feeds);
  }

  public static FeedsConfig load(Path feedsYaml) throws GtfsException {
    Path file = feedsYaml.toAbsolutePath().normalize();
    Path baseDir = file.getParent();
    String name = feedsYaml.toString();
    List<FeedSource> feeds = new ArrayList<>();
    Map<String, Integer> idLines = new HashMap<>();
    try (JsonParser p = new YAMLFactory().createParser(Files.newBufferedReader(file))) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw error(name, 1, "the file is empty; expected 'feeds:' with a list of {id, path, crs, encoding}");
      }
      expect(p, JsonToken.START_OBJECT, name, "a mapping with the key 'feeds'");
      boolean sawFeeds = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        int line = line(p);
        p.nextToken();
        if (!key.equals("feeds")) {
          throw error(name, line, "unknown key '" + key + "' (expected 'feeds')");
        }
        sawFeeds = true;
        expect(p, JsonToken.START_ARRAY, name, "a list of feeds under 'feeds'");
        while (p.nextToken() != JsonToken.END_ARRAY) {
          int itemLine = line(p);
          expect(p, JsonToken.START_OBJECT, name, "a feed entry {id, path, crs, encoding}");
          Map<String, String> values = new LinkedHashMap<>();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String k = p.currentName();
            int keyLine = line(p);
            JsonToken v = p.nextToken();
            if (!KEYS.contains(k)) {
              throw error(name, keyLine, "unknown key '" + k + "' in a feed entry (expected id, path, crs, encoding)");
            }
            if (!v.isScalarValue()) {
              throw error(name, keyLine, "'" + k + "' must be a single value");
            }
            values.put(k, v == JsonToken.VALUE_NULL ? null : p.getText());
          }
          feeds.add(entry(name, itemLine, values, baseDir, idLines));
        }
      }
      if (!sawFeeds || feeds.isEmpty()) {
        throw error(name, 1, "no feeds listed: expected 'feeds:' with at least one {id, path}");
      }
    } catch (NoSuchFileException e) {
      throw new GtfsException(name + ": file not found");
    } catch (JsonProcessingException e) {
      if (IoErrors.describe(e).equals(IoErrors.NOT_UTF8)) {
        throw new GtfsException(name + ": " + IoErrors.NOT_UTF8, e);
      }
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw error(name, line, "not valid YAML: " + IoErrors.plain(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new GtfsException(name + ": " + IoErrors.describe(e), e);
    }
    return new FeedsConfig(baseDir, feeds);
  }

  private static FeedSource entry(String name, int line, Map<String, String> values, Path baseDir,
                                  Map<String, Integer> idLines) {
    String id = values.get("id");
    String path = values.get("path");
    if (id == null || id.isBlank()) {
      throw error(name, line, "feed entry without 'id'");
    }
    if (path == null || path.isBlank()) {
      throw error(name, line, "feed '" + id + "' has no 'path'");
    }
    Integer previous = idLines.putIfAbsent(id, line);
    if (previous != null) {
      throw error(name, line, "feed id '" + id + "' is listed twice (also on line " + previous + ")");
    }
    String where = name + ":" + line;
    CoordinateSystem crs = values.get("crs") == null ? CoordinateSystem.WGS84
        : FeedSource.crs(values.get("crs"), where);
    Charset encoding = values.get("encoding") == null ? null : FeedSource.charset(values.get("encoding"), where);
    Path resolved = baseDir.resolve(path).normalize();
    if (!Files.exists(resolved)) {
      throw error(name, line, "feed '" + id + "': path '" + path + "' does not exist (looked at " + resolved + ")");
    }
    try {
      return new FeedSource(id, resolved, crs, encoding);
    } catch (GtfsException e) {
      throw error(name, line, e.getMessage());
    }
  }

  private static void expect(JsonParser p, JsonToken token, String name, String what) {
    if (p.currentToken() != token) {
      throw error(name, line(p), "expected " + what);
    }
  }

  private static int line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }

  private static GtfsException error(String name, int line, String message) {
    return new GtfsException(name + (line > 0 ? ":" + line : "") + ": " + message);
  }
}
