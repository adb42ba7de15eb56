package dev.loopline.planner.sample;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What a generation produced, for the CLI's summary and the docs. */
public record SampleSummary(Path dir, SampleOptions options, List<FeedStats> feeds, int osmNodes, int osmWays,
                            PopulationGrid.Totals population, int proposals, double seconds) {
  public SampleSummary {
    feeds = List.copyOf(feeds);
  }

  /** Bus feeds only (the six districts). */
  public FeedStats busTotals() {
    int s = 0;
    int r = 0;
    int t = 0;
    int st = 0;
    int wt = 0;
    int wst = 0;
    for (FeedStats f : feeds) {
      if (!f.feedId().equals("rail")) {
        s += f.stops();
        r += f.routes();
        t += f.trips();
        st += f.stopTimes();
        wt += f.weekdayTrips();
        wst += f.weekdayStopTimes();
      }
    }
    return new FeedStats("bus", s, r, t, st, wt, wst);
  }

  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Synthetic Science City sample (seed %d, scale %d) in %s, %.1f s%n",
        options.seed(), options.scale(), dir, seconds));
    sb.append(String.format(Locale.ROOT, "  %-10s %7s %7s %8s %10s %13s %17s%n", "feed", "stops", "routes", "trips",
        "stop_times", "weekday trips", "weekday stop_times"));
    for (FeedStats f : feeds) {
      sb.append(row(f));
    }
    sb.append(row(busTotals()));
    sb.append(String.format(Locale.ROOT, "  streets: %d OSM nodes, %d ways%n", osmNodes, osmWays));
    sb.append(String.format(Locale.ROOT, "  population: %,d residents, %,d jobs in %,d cells of 250 m%n",
        population.residents(), population.jobs(), population.cells()));
    sb.append(String.format(Locale.ROOT, "  proposals: %d%n", proposals));
    return sb.toString();
  }

  private static String row(FeedStats f) {
    return String.format(Locale.ROOT, "  %-10s %7d %7d %8d %10d %13d %17d%n", f.feedId(), f.stops(), f.routes(),
        f.trips(), f.stopTimes(), f.weekdayTrips(), f.weekdayStopTimes());
  }
}
