package dev.loopline.gtfs.validate;

import dev.loopline.gtfs.Notice;
import dev.loopline.gtfs.Severity;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.read.GtfsRead;
import dev.loopline.gtfs.read.SourceLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Checks a feed as read and lists what is wrong with it: structural checks (required files and fields, value
 * ranges, unique ids, stop time order) and referential ones (every id used exists and has the right kind), with
 * severity ERROR (consumers will misread or reject the feed) or WARNING (suspicious but usable). Every notice names
 * the file, the 1-based source line and the field.
 *
 * <p>The result is deterministic: sorted by file, line, field and code, so two runs over the same feed print the
 * same lines. The rules follow the GTFS reference and, where the reference is silent, the MobilityData validator's
 * choice of severity; {@code docs/methods.md} and {@code gtfs/README.md} list them.
 */
public final class FeedValidator {
  /** Sort order of reports: by place in the feed, so notices about one row stay together. */
  public static final Comparator<Notice> ORDER = Comparator
      .comparing((Notice n) -> n.file() == null ? "" : n.file())
      .thenComparingLong(Notice::line)
      .thenComparing(n -> n.field() == null ? "" : n.field())
      .thenComparing(Notice::code)
      .thenComparing(n -> n.severity().ordinal())
      .thenComparing(Notice::message);

  /** Notices kept per kind before the rest are summarised in one line. */
  public static final int MAX_PER_KIND = 50;

  /** Two shape points closer than this (metres) may share a shape_dist_traveled (MobilityData's threshold). */
  public static final double SAME_POINT_METERS = 1.11;
  /** A trip may end past its shape's end by rounding when its last stop is this close (metres) to that end. */
  public static final double END_TOLERANCE_METERS = 11.1;

  private FeedValidator() {}

  /** The reader's own notices plus every check's, without repeats, sorted by {@link #ORDER}. */
  public static List<Notice> validate(GtfsRead read) {
    List<Notice> all = new ArrayList<>(read.notices());
    all.addAll(validate(read.feed(), read.lines()));
    return sorted(all);
  }

  /**
   * Runs every check over a feed. {@code lines} may be {@code null} for a feed built in memory (notices then carry
   * line 0, except stop_times rows that know their line).
   */
  public static List<Notice> validate(Feed feed, SourceLines lines) {
    ValidationContext ctx = new ValidationContext(feed, lines);
    RequiredContentCheck.run(ctx);
    UniqueIdCheck.run(ctx);
    ReferenceCheck.run(ctx);
    AgencyCheck.run(ctx);
    FieldFormatCheck.run(ctx);
    StopTimeCheck.run(ctx);
    ShapeCheck.run(ctx);
    BlockCheck.run(ctx);
    FrequencyCheck.run(ctx);
    CalendarCheck.run(ctx);
    UsageCheck.run(ctx);
    return capped(sorted(ctx.notices()));
  }

  /**
   * Keeps the first {@link #MAX_PER_KIND} notices of each kind (severity, code, file, field) and says how many more
   * there were: a defect repeated in every row of a big file is one finding, and a million lines would hide the
   * others.
   */
  static List<Notice> capped(List<Notice> sorted) {
    java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    java.util.Map<String, Notice> firsts = new java.util.HashMap<>();
    List<Notice> out = new ArrayList<>();
    for (Notice n : sorted) {
      String kind = n.severity() + "\u0000" + n.code() + "\u0000" + n.file() + "\u0000" + n.field();
      int c = counts.merge(kind, 1, Integer::sum);
      firsts.putIfAbsent(kind, n);
      if (c <= MAX_PER_KIND) {
        out.add(n);
      }
    }
    counts.forEach((kind, c) -> {
      if (c > MAX_PER_KIND) {
        Notice f = firsts.get(kind);
        out.add(new Notice(f.severity(), f.code(), f.file(), 0, f.field(), (c - MAX_PER_KIND) + " more "
            + f.code() + " notices like the above are not listed (" + c + " in all)"));
      }
    });
    out.sort(ORDER);
    return List.copyOf(out);
  }

  public static long count(List<Notice> notices, Severity severity) {
    return notices.stream().filter(n -> n.severity() == severity).count();
  }

  public static boolean hasErrors(List<Notice> notices) {
    return notices.stream().anyMatch(n -> n.severity() == Severity.ERROR);
  }

  private static List<Notice> sorted(List<Notice> notices) {
    List<Notice> list = new ArrayList<>(new LinkedHashSet<>(notices));
    list.sort(ORDER);
    return List.copyOf(list);
  }
}
