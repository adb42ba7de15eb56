package dev.loopline.planner.bench;

import dev.loopline.gtfs.GtfsException;
import dev.loopline.gtfs.io.AtomicFiles;
import dev.loopline.gtfs.merge.FeedMerger;
import dev.loopline.gtfs.merge.MergeInput;
import dev.loopline.gtfs.merge.MergeOptions;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.read.GtfsRead;
import dev.loopline.gtfs.read.GtfsReader;
import dev.loopline.gtfs.read.ReadOptions;
import dev.loopline.gtfs.write.GtfsWriter;
import dev.loopline.gtfs.write.WriteOptions;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The GTFS benchmark: reading, merging and writing the Porto Alegre fixtures (EPTC buses and TRENSURB metro, the
 * closest real analogue of a district bus feed plus a rail feed), stop_times throughput and memory per row, and
 * the same reads and writes with OneBusAway in the same JVM as the baseline. Produces the body of the GTFS section
 * of docs/benchmarks.md.
 */
public final class GtfsBenchmark {
  /** The section of docs/benchmarks.md this benchmark owns. */
  public static final String HEADING = "## GTFS: read, merge, write (issue: foundation)";
  /** Progress steps {@link #run} reports, for a progress bar. */
  public static final int STEPS = 10;

  static final String EPTC = "porto-alegre/poa_eptc.zip";
  static final String TRENSURB = "porto-alegre/poa_trensurb.zip";
  /** Copies of EPTC in the large feed. */
  static final int LARGE_COPIES = 3;

  /**
   * @param fixtures          the shared fixtures folder (holding porto-alegre/)
   * @param warmups           untimed runs before timing each task
   * @param runs              timed runs per task; medians are reported
   * @param compareOneBusAway also time OneBusAway on the same files
   */
  public record Options(Path fixtures, int warmups, int runs, boolean compareOneBusAway) {}

  private final Options options;
  private final Consumer<String> progress;
  private final Path work;

  private GtfsBenchmark(Options options, Consumer<String> progress, Path work) {
    this.options = options;
    this.progress = progress;
    this.work = work;
  }

  /** Runs everything and returns the markdown section body. {@code progress} hears one call per step. */
  public static String run(Options options, Consumer<String> progress) throws Exception {
    Path work = Files.createTempDirectory("loopline-bench-gtfs");
    try {
      return new GtfsBenchmark(options, progress, work).measure();
    } finally {
      AtomicFiles.deleteTree(work);
    }
  }

  private Timing time(String label, Measurement.Task task) throws Exception {
    progress.accept(label);
    return Measurement.time(label, options.warmups(), options.runs(), task);
  }

  /**
   * Times Loopline's task(s) and, when the baseline runs, OneBusAway's task interleaved with them; the last timing
   * is OneBusAway's (or {@code null}).
   */
  private List<Timing> against(String label, Measurement.Task baseline, Measurement.Task... own) throws Exception {
    progress.accept(label);
    List<String> labels = new ArrayList<>();
    List<Measurement.Task> tasks = new ArrayList<>(List.of(own));
    for (int i = 0; i < own.length; i++) {
      labels.add(label + " " + i);
    }
    if (baseline != null) {
      labels.add(label + " (OneBusAway)");
      tasks.add(baseline);
    }
    List<Timing> t = new ArrayList<>(Measurement.interleaved(labels, options.warmups(), options.runs(), tasks));
    if (baseline == null) {
      t.add(null);
    }
    return t;
  }

  private String measure() throws Exception {
    MachineInfo machine = MachineInfo.current();
    Path eptcZip = options.fixtures().resolve(EPTC);
    Path trensurbZip = options.fixtures().resolve(TRENSURB);
    Path withStopTimes = work.resolve("eptc-stop-times");
    Path withoutStopTimes = work.resolve("eptc-no-stop-times");
    unzip(eptcZip, withStopTimes, false);
    unzip(eptcZip, withoutStopTimes, true);
    ReadOptions ro = ReadOptions.defaults();

    String skipped = options.compareOneBusAway() ? null : "not run (--no-onebusaway)";
    OneBusAwayGtfs oba = null;
    if (skipped == null) {
      try {
        oba = OneBusAwayGtfs.load();
      } catch (IllegalStateException e) {
        skipped = e.getMessage();
      }
    }
    OneBusAwayGtfs b = oba;

    GtfsRead eptc = GtfsReader.read(eptcZip, ro);
    GtfsRead trensurb = GtfsReader.read(trensurbZip, ro);
    int stopTimes = eptc.feed().stopTimes().size();

    List<Timing> readEptc = against("read EPTC", b == null ? null : () -> b.read(eptcZip),
        () -> GtfsReader.read(eptcZip, ro));
    Timing readTrensurb = time("read TRENSURB", () -> GtfsReader.read(trensurbZip, ro));
    List<Timing> readFolder = against("read EPTC folder", b == null ? null : () -> b.read(withStopTimes),
        () -> GtfsReader.read(withStopTimes, ro));
    List<Timing> readFolderBare = against("read EPTC folder without stop_times",
        b == null ? null : () -> b.read(withoutStopTimes), () -> GtfsReader.read(withoutStopTimes, ro));

    Timing merge = null;
    String mergeNote;
    Feed merged = null;
    List<MergeInput> inputs = List.of(new MergeInput("eptc", eptc), new MergeInput("trensurb", trensurb));
    try {
      merged = FeedMerger.merge(inputs, MergeOptions.defaults()).feed();
      merge = time("merge", () -> FeedMerger.merge(inputs, MergeOptions.defaults()));
      mergeNote = "merged feed: " + fmt(merged.stopTimes().size()) + " stop_times, " + fmt(merged.stops().size())
          + " stops, " + fmt(merged.trips().size()) + " trips";
    } catch (GtfsException e) {
      mergeNote = "the merger refused the two feeds: " + e.getMessage();
      progress.accept("merge");
    }

    Path out = work.resolve("out.zip");
    Path level6 = work.resolve("out6.zip");
    Path obaOut = work.resolve("oba.zip");
    Feed eptcFeed = eptc.feed();
    Object dao = b == null ? null : b.read(eptcZip);
    int obaStopTimes = b == null ? 0 : b.stopTimeCount(dao);
    List<Timing> write = against("write EPTC", b == null ? null : () -> {
      b.write(dao, obaOut);
      return obaOut;
    }, () -> {
      GtfsWriter.write(eptcFeed, out, WriteOptions.defaults());
      return out;
    }, () -> {
      GtfsWriter.write(eptcFeed, level6, WriteOptions.defaults().withCompressionLevel(6));
      return level6;
    });
    long zipBytes = Files.size(out);
    Timing writeMerged = null;
    if (merged != null) {
      Feed m = merged;
      Path mergedOut = work.resolve("merged.zip");
      writeMerged = time("write merged", () -> {
        GtfsWriter.write(m, mergedOut, WriteOptions.defaults());
        return mergedOut;
      });
    } else {
      progress.accept("write merged");
    }

    // The largest real feed the fixtures make, written by Loopline once; both libraries read and write it.
    Path largeZip = work.resolve("large.zip");
    GtfsWriter.write(LargeFeed.of(eptc, trensurb, LARGE_COPIES), largeZip, WriteOptions.defaults());
    Path largeOut = work.resolve("large-out.zip");
    Path obaLargeOut = work.resolve("oba-large.zip");
    List<Timing> readLarge = against("read large", b == null ? null : () -> b.read(largeZip),
        () -> GtfsReader.read(largeZip, ro));
    Feed largeFeed = GtfsReader.read(largeZip, ro).feed();
    int largeStopTimes = largeFeed.stopTimes().size();
    Object largeDao = b == null ? null : b.read(largeZip);
    List<Timing> writeLarge = against("write large", b == null ? null : () -> {
      b.write(largeDao, obaLargeOut);
      return obaLargeOut;
    }, () -> {
      GtfsWriter.write(largeFeed, largeOut, WriteOptions.defaults());
      return largeOut;
    });
    Reference.reachabilityFence(largeDao);
    Large large = new Large(largeStopTimes, Files.size(largeZip), readLarge.get(0), writeLarge.get(0),
        readLarge.get(1), writeLarge.get(1));

    progress.accept("memory");
    double estimated = eptcFeed.stopTimes().estimatedBytes() / (double) stopTimes;
    long before = HeapMeter.usedAfterGc();
    StopTimes kept = GtfsReader.read(eptcZip, ro).feed().stopTimes();
    long stopTimesHeap = HeapMeter.usedAfterGc() - before;
    Reference.reachabilityFence(kept);
    kept = null;
    before = HeapMeter.usedAfterGc();
    Feed keptFeed = GtfsReader.read(eptcZip, ro).feed();
    long feedHeap = HeapMeter.usedAfterGc() - before;
    Reference.reachabilityFence(keptFeed);
    keptFeed = null;
    long obaHeap = 0;
    if (b != null) {
      before = HeapMeter.usedAfterGc();
      Object keptDao = b.read(eptcZip);
      obaHeap = HeapMeter.usedAfterGc() - before;
      Reference.reachabilityFence(keptDao);
    }

    Baseline baseline = b == null ? Baseline.skipped(skipped)
        : new Baseline(null, obaStopTimes, readEptc.get(1), readFolder.get(1), readFolderBare.get(1), write.get(2),
            Files.size(obaOut), obaHeap);
    Report r = new Report(machine, MachineInfo.current().loadAverage(), stopTimes,
        trensurb.feed().stopTimes().size(), readEptc.get(0), readTrensurb, readFolder.get(0),
        readFolderBare.get(0), merge, mergeNote, write.get(0), write.get(1), zipBytes, Files.size(level6),
        writeMerged, estimated, stopTimesHeap / (double) stopTimes, feedHeap, baseline, large);
    return r.markdown(options);
  }

  /** OneBusAway's figures, or why there are none. */
  record Baseline(String skipped, int stopTimes, Timing read, Timing folder, Timing folderBare, Timing write,
                  long zipBytes, long feedHeap) {
    static Baseline skipped(String why) {
      return new Baseline(why, 0, null, null, null, null, 0, 0);
    }
  }

  /** The large feed's size and both libraries' timings on it (OneBusAway's {@code null} when it did not run). */
  record Large(int stopTimes, long zipBytes, Timing read, Timing write, Timing obaRead, Timing obaWrite) {}

  record Report(MachineInfo machine, double loadAfter, int stopTimes, int trensurbStopTimes, Timing readEptc,
                Timing readTrensurb, Timing readFolder, Timing readFolderBare, Timing merge, String mergeNote,
                Timing writeEptc, Timing writeEptcLevel6, long zipBytes, long zipBytesLevel6, Timing writeMerged,
                double estimatedBytes, double heapBytes, long feedHeap, Baseline oba, Large large) {

    String markdown(Options o) {
      StringBuilder sb = new StringBuilder();
      sb.append("Measured ").append(LocalDate.now()).append(" with `./loopline bench gtfs --runs ").append(o.runs())
          .append(" --warmup ").append(o.warmups()).append("` on ").append(machine.describe()).append(". ")
          .append(String.format(Locale.ROOT, "Load average %.1f when the run started and %.1f when it ended",
              machine.loadAverage(), loadAfter))
          .append(" (the machine is shared: wall-clock times include waiting for a core, CPU times do not).\n\n");
      sb.append("**Data.** The Porto Alegre fixtures: EPTC city buses (`poa_eptc.zip`: ").append(fmt(stopTimes))
          .append(" stop_times, 57,723 shape points, 2,374 trips, 3,986 stops; 5.7 MB unzipped) and TRENSURB metro ")
          .append("(`poa_trensurb.zip`: ").append(fmt(trensurbStopTimes)).append(" stop_times). The *large* feed is ")
          .append("the largest real feed they make: EPTC ").append(LARGE_COPIES).append(" times, each copy's trips ")
          .append(LargeFeed.SHIFT_MINUTES).append(" minutes after the previous copy's, merged with TRENSURB by ")
          .append("Loopline's merger (the copies' stops merge, no trip is a duplicate) and written once by Loopline: ")
          .append(fmt(large.stopTimes())).append(" stop_times, a ").append(mb(large.zipBytes())).append(" zip.\n\n");
      sb.append("**Method.** One JVM, one thread. Each figure is the median of ").append(o.runs())
          .append(" timed runs after ").append(o.warmups()).append(" warm-up runs, with a full garbage collection ")
          .append("before each run. *CPU* is the timing thread's CPU time (what \"on one core\" means; the ")
          .append("collector's own threads are not included), *wall* the elapsed time. The stop_times rate is ")
          .append("isolated by reading the unzipped EPTC feed (without shapes.txt) twice, with and without the ")
          .append("stop_times rows, and dividing the rows by the difference. Memory: `StopTimes.estimatedBytes()`, ")
          .append("and the heap still in use after full collections while only the StopTimes read from EPTC is ")
          .append("kept (its id strings included). The baseline is OneBusAway GTFS 14.2.0 (`GtfsReader` into ")
          .append("`GtfsRelationalDaoImpl`, `GtfsWriter` to a zip) on the same files in the same JVM; its runs ")
          .append("alternate with Loopline's (A, B, A, B, ...) so that a busy spell on the shared machine slows ")
          .append("both alike.\n\n");

      sb.append("| task | Loopline CPU | Loopline wall | OneBusAway CPU | OneBusAway wall | speedup (CPU) |\n");
      sb.append("|---|--:|--:|--:|--:|--:|\n");
      row(sb, "read EPTC zip (whole feed)", readEptc, oba.read());
      row(sb, "read TRENSURB zip", readTrensurb, null);
      row(sb, "read unzipped EPTC without shapes", readFolder, oba.folder());
      row(sb, "read the same without stop_times rows", readFolderBare, oba.folderBare());
      long ownCpu = readFolder.cpuNanos() - readFolderBare.cpuNanos();
      long ownWall = readFolder.wallNanos() - readFolderBare.wallNanos();
      sb.append("| **stop_times rows/s** (").append(fmt(stopTimes)).append(" rows, difference of the two above) | ")
          .append(rate(stopTimes, ownCpu)).append(" | ").append(rate(stopTimes, ownWall)).append(" | ");
      if (oba.read() != null) {
        long obaCpu = oba.folder().cpuNanos() - oba.folderBare().cpuNanos();
        long obaWall = oba.folder().wallNanos() - oba.folderBare().wallNanos();
        sb.append(rate(oba.stopTimes(), obaCpu)).append(" | ").append(rate(oba.stopTimes(), obaWall)).append(" | ")
            .append(ratio(obaCpu, ownCpu)).append(" |\n");
      } else {
        sb.append("– | – | – |\n");
      }
      if (merge != null) {
        row(sb, "merge EPTC + TRENSURB", merge, null);
      } else {
        sb.append("| merge EPTC + TRENSURB | – | – | – | – | – |\n");
      }
      row(sb, "write EPTC zip (deflate level 1, the default)", writeEptc, oba.write());
      row(sb, "write EPTC zip at level 6 (OneBusAway's level)", writeEptcLevel6, oba.write());
      if (writeMerged != null) {
        row(sb, "write merged zip", writeMerged, null);
      }
      if (oba.read() != null) {
        sum(sb, "**read + write EPTC**", readEptc, writeEptc, oba.read(), oba.write());
      }
      row(sb, "read large zip (" + fmt(large.stopTimes()) + " stop_times)", large.read(), large.obaRead());
      row(sb, "write large zip (deflate level 1)", large.write(), large.obaWrite());
      if (large.obaRead() != null) {
        sum(sb, "**read + write large**", large.read(), large.write(), large.obaRead(), large.obaWrite());
      }
      sb.append('\n').append("Merge: ").append(mergeNote).append(". Zip sizes: Loopline ").append(fmt(zipBytes))
          .append(" bytes at level 1, ").append(fmt(zipBytesLevel6)).append(" at level 6");
      if (oba.read() != null) {
        sb.append("; OneBusAway ").append(fmt(oba.zipBytes())).append(" bytes");
      }
      sb.append(".\n\n");

      sb.append("| memory | Loopline | OneBusAway |\n|---|--:|--:|\n");
      sb.append(String.format(Locale.ROOT, "| stop_times, `estimatedBytes()` | %.1f B/row | – |%n", estimatedBytes));
      sb.append(String.format(Locale.ROOT, "| stop_times, heap after GC | %.1f B/row | – |%n", heapBytes));
      sb.append("| whole EPTC feed, heap after GC | ").append(mb(feedHeap)).append(" | ")
          .append(oba.read() == null ? "–" : mb(oba.feedHeap())).append(" |\n\n");

      double rowsPerSecond = stopTimes / (ownCpu / 1e9);
      sb.append("**Goals.** ≥ 1,000,000 stop_time rows/s read on one core: ")
          .append(Goals.verdict(rowsPerSecond >= 1_000_000)).append(" (").append(rate(stopTimes, ownCpu))
          .append(" CPU). ≤ 64 bytes per stop_time in memory: ").append(Goals.verdict(heapBytes <= 64))
          .append(String.format(Locale.ROOT, " (%.1f B measured on the heap)", heapBytes)).append(". ");
      if (oba.read() != null) {
        double speedup = (oba.read().cpuNanos() + oba.write().cpuNanos())
            / (double) (readEptc.cpuNanos() + writeEptc.cpuNanos());
        double sameLevel = (oba.read().cpuNanos() + oba.write().cpuNanos())
            / (double) (readEptc.cpuNanos() + writeEptcLevel6.cpuNanos());
        double largeSpeedup = (large.obaRead().cpuNanos() + large.obaWrite().cpuNanos())
            / (double) (large.read().cpuNanos() + large.write().cpuNanos());
        double readSpeedup = oba.read().cpuNanos() / (double) readEptc.cpuNanos();
        double largeReadSpeedup = large.obaRead().cpuNanos() / (double) large.read().cpuNanos();
        sb.append("≥ 5× faster than OneBusAway at reading + writing the same feed: EPTC ")
            .append(Goals.verdict(speedup >= 5))
            .append(String.format(Locale.ROOT, " (%.1f× CPU; %.1f× when Loopline also deflates at level 6), ",
                speedup, sameLevel))
            .append("large ").append(Goals.verdict(largeSpeedup >= 5))
            .append(String.format(Locale.ROOT, " (%.1f× CPU). ", largeSpeedup))
            .append("≥ 3× faster at reading alone: EPTC ").append(Goals.verdict(readSpeedup >= 3))
            .append(String.format(Locale.ROOT, " (%.1f×), large ", readSpeedup))
            .append(Goals.verdict(largeReadSpeedup >= 3))
            .append(String.format(Locale.ROOT, " (%.1f×).", largeReadSpeedup));
      } else {
        sb.append("OneBusAway comparison: ").append(oba.skipped()).append('.');
      }
      sb.append('\n');
      return sb.toString();
    }

    /** A row adding a read and a write, for both libraries. */
    private static void sum(StringBuilder sb, String label, Timing read, Timing write, Timing obaRead,
                            Timing obaWrite) {
      sb.append("| ").append(label).append(" | ").append(ms(read.cpuNanos() + write.cpuNanos())).append(" | ")
          .append(ms(read.wallNanos() + write.wallNanos())).append(" | ")
          .append(ms(obaRead.cpuNanos() + obaWrite.cpuNanos())).append(" | ")
          .append(ms(obaRead.wallNanos() + obaWrite.wallNanos())).append(" | ")
          .append(ratio(obaRead.cpuNanos() + obaWrite.cpuNanos(), read.cpuNanos() + write.cpuNanos()))
          .append(" |\n");
    }

    private static void row(StringBuilder sb, String label, Timing own, Timing oba) {
      sb.append("| ").append(label).append(" | ").append(ms(own.cpuNanos())).append(" | ")
          .append(ms(own.wallNanos())).append(" | ");
      if (oba == null) {
        sb.append("– | – | – |\n");
      } else {
        sb.append(ms(oba.cpuNanos())).append(" | ").append(ms(oba.wallNanos())).append(" | ")
            .append(ratio(oba.cpuNanos(), own.cpuNanos())).append(" |\n");
      }
    }
  }

  static String ms(long nanos) {
    return String.format(Locale.ROOT, "%,.1f ms", nanos / 1e6);
  }

  static String mb(long bytes) {
    return String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
  }

  static String rate(long rows, long nanos) {
    if (nanos <= 0) {
      return "n/a (too fast to separate)";
    }
    return String.format(Locale.ROOT, "%,.2f M/s", rows / (nanos / 1e9) / 1e6);
  }

  static String ratio(long baseline, long own) {
    return own <= 0 ? "–" : String.format(Locale.ROOT, "%.1f×", baseline / (double) own);
  }

  static String fmt(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** Unzips a feed without shapes.txt; with {@code bareStopTimes}, stop_times.txt keeps only its header. */
  private static void unzip(Path zip, Path dir, boolean bareStopTimes) throws IOException {
    Files.createDirectories(dir);
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (ZipEntry e : Collections.list(z.entries())) {
        String name = e.getName();
        if (e.isDirectory() || name.contains("/") || name.equals("shapes.txt")) {
          continue;
        }
        try (InputStream in = z.getInputStream(e)) {
          byte[] bytes = in.readAllBytes();
          if (bareStopTimes && name.equals("stop_times.txt")) {
            int eol = 0;
            while (eol < bytes.length && bytes[eol] != '\n') {
              eol++;
            }
            bytes = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, eol + 1));
          }
          Files.write(dir.resolve(name), bytes);
        }
      }
    }
  }
}
