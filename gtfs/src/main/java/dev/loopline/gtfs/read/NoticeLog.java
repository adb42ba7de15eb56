package dev.loopline.gtfs.read;

import dev.loopline.gtfs.Notice;
import dev.loopline.gtfs.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the notices of one read. A feed with a systematic defect (one bad column in every one of a million rows)
 * would otherwise produce a million notices: each kind (file, code, field) keeps its first
 * {@link #MAX_PER_KIND} occurrences and the rest are counted into one summary notice when the file ends.
 */
final class NoticeLog {
  static final int MAX_PER_KIND = 50;

  private final List<Notice> notices = new ArrayList<>();
  private final Map<String, Kind> kinds = new LinkedHashMap<>();

  private static final class Kind {
    final Severity severity;
    final String code;
    final String file;
    final String field;
    long count;

    Kind(Severity severity, String code, String file, String field) {
      this.severity = severity;
      this.code = code;
      this.file = file;
      this.field = field;
    }
  }

  void add(Severity severity, String code, String file, long line, String field, String message) {
    String key = file + '\u0000' + code + '\u0000' + field;
    Kind kind = kinds.computeIfAbsent(key, k -> new Kind(severity, code, file, field));
    if (++kind.count <= MAX_PER_KIND) {
      notices.add(new Notice(severity, code, file, line, field, message));
    }
  }

  void error(String code, String file, long line, String field, String message) {
    add(Severity.ERROR, code, file, line, field, message);
  }

  void warning(String code, String file, long line, String field, String message) {
    add(Severity.WARNING, code, file, line, field, message);
  }

  void info(String code, String file, long line, String field, String message) {
    add(Severity.INFO, code, file, line, field, message);
  }

  /** Adds the "and N more" summaries for the kinds of {@code file} that went over the cap. */
  void endFile(String file) {
    for (Kind k : kinds.values()) {
      if (k.file != null && k.file.equals(file) && k.count > MAX_PER_KIND) {
        notices.add(new Notice(k.severity, k.code, k.file, 0, k.field,
            (k.count - MAX_PER_KIND) + " more " + k.code + " notices like the above are not listed ("
                + k.count + " in all)"));
        k.count = MAX_PER_KIND;
      }
    }
  }

  List<Notice> notices() {
    return notices;
  }
}
