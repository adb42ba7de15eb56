package dev.loopline.planner.cli;

import dev.loopline.gtfs.io.NamedPath;
import dev.loopline.gtfs.io.OutputGuard;
import dev.loopline.gtfs.merge.FeedSource;
import dev.loopline.gtfs.merge.FeedsConfig;
import dev.loopline.gtfs.merge.MergeOptions;
import dev.loopline.gtfs.merge.MergeReport;
import dev.loopline.planner.app.MergeRequest;
import dev.loopline.planner.app.MergeService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loopline merge}: the district feeds into one unified feed (see {@link MergeService} and docs/methods.md,
 * "Merging"). Feeds come from {@code --feed ID=PATH} options, a {@code --feeds feeds.yaml}, or both. Nothing is
 * written unless the merge succeeds; the zip and the report are each replaced atomically.
 */
@Command(name = "merge",
    header = "Merge district GTFS feeds into one unified feed, with a report of every decision.", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Merge district GTFS feeds into one unified feed: ids namespaced by feed id, twin stops merged,",
        "near stops linked by transfers, duplicate trips kept once, route short-name clashes resolved,",
        "all routes in one brand network. The report (--report) explains every decision."})
public final class MergeCommand implements Callable<Integer> {

  @Option(names = "--feed", paramLabel = "ID=PATH[,crs=gcj02][,encoding=gbk]",
      description = "a feed to merge (repeatable); ID namespaces its ids, e.g. shapingba=shapingba.zip,crs=gcj02")
  List<String> feeds = new ArrayList<>();

  @Option(names = "--feeds", paramLabel = "FEEDS.YAML",
      description = "a feeds.yaml listing id, path (relative to the yaml), crs and encoding of each feed")
  Path feedsYaml;

  @Option(names = "--out", required = true, paramLabel = "ZIP", description = "the unified feed to write")
  Path out;

  @Option(names = "--report", paramLabel = "JSON", description = "write the decisions as JSON here")
  Path report;

  @Option(names = "--repair",
      description = "drop or mend what would make the output invalid (reported) instead of stopping")
  boolean repair;

  @Option(names = "--brand", paramLabel = "NAME", description = "network name (default: ${DEFAULT-VALUE})")
  String brand;

  @Option(names = "--brand-en", paramLabel = "NAME",
      description = "English network name, as a translation (default: ${DEFAULT-VALUE})")
  String brandEn;

  @Option(names = "--brand-url", paramLabel = "URL",
      description = "feed_info publisher URL (default: the URL of the agency with the smallest id)")
  String brandUrl;

  @Option(names = "--dedup-distance", paramLabel = "METRES",
      description = "merge twin stops up to this far apart (default: ${DEFAULT-VALUE})")
  double dedupDistance;

  @Option(names = "--link-distance", paramLabel = "METRES",
      description = "link stops of different feeds up to this far apart by transfers (default: ${DEFAULT-VALUE})")
  double linkDistance;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<FeedSource> sources = new ArrayList<>();
    if (feedsYaml != null) {
      sources.addAll(FeedsConfig.load(feedsYaml).feeds());
    }
    Path cwd = Path.of("").toAbsolutePath();
    for (String feedSpec : feeds) {
      sources.add(FeedSource.parse(feedSpec, cwd));
    }
    if (sources.isEmpty()) {
      throw new UserException("no feeds: give --feed ID=PATH (repeatable) or --feeds feeds.yaml");
    }
    checkOutputs(sources);
    MergeOptions options = new MergeOptions(brand, brandEn, dedupDistance, Math.max(linkDistance, dedupDistance),
        repair, brandUrl);
    try (TerminalProgress bar = TerminalProgress.start()) {
      MergeReport merged = new MergeService().merge(new MergeRequest(sources, options, out, report), bar);
      bar.close();
      print(merged, spec.commandLine().getOut());
    }
    return 0;
  }

  /** Refuses, before any reading, outputs that would overwrite an input or each other. */
  private void checkOutputs(List<FeedSource> sources) {
    List<NamedPath> inputs = new ArrayList<>();
    if (feedsYaml != null) {
      inputs.add(new NamedPath("--feeds", feedsYaml));
    }
    for (FeedSource s : sources) {
      inputs.add(new NamedPath("--feed " + s.id(), s.path()));
    }
    List<NamedPath> outputs = new ArrayList<>();
    outputs.add(new NamedPath("--out", out));
    if (report != null) {
      outputs.add(new NamedPath("--report", report));
    }
    OutputGuard.checkPaths(inputs, outputs);
    outputs.forEach(OutputGuard::checkFile);
  }

  private void print(MergeReport r, PrintWriter w) {
    MergeReport.OutputSummary o = r.output();
    List<String> ids = r.inputs().stream().map(MergeReport.InputSummary::feedId).toList();
    w.println("merged " + ids.size() + " feeds (" + String.join(", ", ids) + ") into " + out);
    w.println("  agencies " + o.agencies() + ", routes " + o.routes() + " (short names renamed: "
        + r.routeRenames().size() + ", without trips dropped: " + r.droppedRoutes() + "), trips " + o.trips() + " (duplicates dropped: " + r.duplicateTrips().size()
        + "), stop times " + o.stopTimes());
    w.println("  stops " + o.stops() + " (twins merged: " + r.mergedStops() + ", near pairs linked: "
        + r.linkedPairs() + "), transfers " + o.transfers());
    w.println("  service " + o.startDate() + " to " + o.endDate() + ", version " + o.feedVersion()
        + (repair ? ", repairs: " + r.repairs().size() : ""));
    if (report != null) {
      w.println("  report: " + report);
    }
    w.flush();
  }
}
