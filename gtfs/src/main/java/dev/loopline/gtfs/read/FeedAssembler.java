package dev.loopline.gtfs.read;

import dev.loopline.gtfs.GtfsException;
import dev.loopline.gtfs.Notice;
import dev.loopline.gtfs.Severity;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedBuilder;
import dev.loopline.gtfs.model.FeedInfo;
import dev.loopline.gtfs.model.GtfsFile;
import dev.loopline.gtfs.model.RawTable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One read of one feed: checks that the required files are there, then reads every file in a fixed order, each
 * through its mapper, collecting notices and source lines. Whatever is fatal throws before a feed is returned, so
 * a caller never sees a partial feed.
 */
final class FeedAssembler {
  private final String source;
  private final FeedSource files;
  private final ReadOptions options;
  private final NoticeLog log = new NoticeLog();
  private final Map<String, int[]> lines = new HashMap<>();

  FeedAssembler(String source, FeedSource files, ReadOptions options) {
    this.source = source;
    this.files = files;
    this.options = options;
  }

  GtfsRead read() throws IOException {
    List<String> names = files.fileNames();
    checkRequiredFiles(names);
    for (String ignored : files.ignored()) {
      log.info("ignored_file", ignored, 0, null, "not a GTFS .txt file of the feed; ignored");
    }
    FeedBuilder feed = Feed.builder();
    for (GtfsFile spec : GtfsFile.values()) {
      if (names.contains(spec.fileName())) {
        readFile(spec, feed);
      }
    }
    for (String name : names) {
      if (GtfsFile.byFileName(name) == null) {
        Table t = open(name, null);
        if (t != null) {
          feed.otherFiles.add(new RawTable(name, t.header(), RecordReaders.rawRows(t)));
        }
        log.endFile(name);
      }
    }
    return new GtfsRead(source, feed.build(), log.notices(), new LineTable(lines));
  }

  private void checkRequiredFiles(List<String> names) {
    List<String> missing = new ArrayList<>();
    for (GtfsFile f : GtfsFile.values()) {
      if (f.required() && !names.contains(f.fileName())) {
        missing.add(f.fileName());
      }
    }
    if (!names.contains(GtfsFile.CALENDAR.fileName()) && !names.contains(GtfsFile.CALENDAR_DATES.fileName())) {
      missing.add("calendar.txt or calendar_dates.txt");
    }
    if (missing.isEmpty()) {
      return;
    }
    if (missing.size() == 6) {
      throw new GtfsException(source + ": not a GTFS feed: none of its required files (agency.txt, stops.txt, "
          + "routes.txt, trips.txt, stop_times.txt, calendar.txt) is there; found " + String.join(", ", names));
    }
    List<Notice> notices = missing.stream().map(m -> new Notice(Severity.ERROR, "missing_required_file", m, 0,
        null, "required file is missing")).toList();
    throw new GtfsException(source + ": missing required file" + (missing.size() > 1 ? "s" : "") + ": "
        + String.join(", ", missing), notices.size() > 1 ? notices : List.of());
  }

  private Table open(String name, GtfsFile spec) throws IOException {
    byte[] raw = files.read(name);
    TextEncoding.Text text = TextEncoding.decide(name, raw, options.encoding(), log);
    Table t = Table.open(source, name, text, spec, log);
    if (t == null) {
      if (spec != null && spec.required()) {
        throw new GtfsException(source + ": " + name + " is empty (it needs at least a header line)");
      }
      log.info("empty_file", name, 0, null, "the file is empty; ignored");
    }
    return t;
  }

  private void readFile(GtfsFile spec, FeedBuilder feed) throws IOException {
    String name = spec.fileName();
    Table t = open(name, spec);
    if (t == null) {
      return;
    }
    List<String> missing = t.missingColumns(spec);
    if (!missing.isEmpty()) {
      String what = String.join(", ", missing) + ": required column" + (missing.size() > 1 ? "s are" : " is")
          + " missing from the header";
      if (spec.required()) {
        throw new GtfsException(source + ": " + name + ":1 " + what);
      }
      // An optional file without its key columns (often an obsolete layout) cannot be interpreted; the rest of the
      // feed still can.
      log.error("missing_required_column", name, 1, String.join(", ", missing), "required column"
          + (missing.size() > 1 ? "s are" : " is") + " missing from the header; the file is ignored");
      log.endFile(name);
      return;
    }
    LineList fileLines = new LineList();
    switch (spec) {
      case AGENCY -> feed.agencies.addAll(RecordReaders.agencies(t, fileLines));
      case STOPS -> feed.stops.addAll(RecordReaders.stops(t, fileLines, options.crs()));
      case ROUTES -> feed.routes.addAll(RecordReaders.routes(t, fileLines));
      case TRIPS -> feed.trips.addAll(RecordReaders.trips(t, fileLines));
      case STOP_TIMES -> feed.stopTimes = StopTimesReader.read(t);
      case CALENDAR -> feed.calendars.addAll(RecordReaders.calendars(t, fileLines));
      case CALENDAR_DATES -> feed.calendarDates.addAll(RecordReaders.calendarDates(t, fileLines));
      case FARE_ATTRIBUTES -> feed.fareAttributes.addAll(RecordReaders.fareAttributes(t, fileLines));
      case FARE_RULES -> feed.fareRules.addAll(RecordReaders.fareRules(t, fileLines));
      case SHAPES -> feed.shapePoints.addAll(RecordReaders.shapePoints(t, fileLines, options.crs()));
      case FREQUENCIES -> feed.frequencies.addAll(RecordReaders.frequencies(t, fileLines));
      case TRANSFERS -> feed.transfers.addAll(RecordReaders.transfers(t, fileLines));
      case NETWORKS -> feed.networks.addAll(RecordReaders.networks(t, fileLines));
      case ROUTE_NETWORKS -> feed.routeNetworks.addAll(RecordReaders.routeNetworks(t, fileLines));
      case FEED_INFO -> {
        FeedInfo info = RecordReaders.feedInfo(t, fileLines);
        feed.feedInfo = info;
      }
      case TRANSLATIONS -> feed.translations.addAll(RecordReaders.translations(t, fileLines));
    }
    if (spec != GtfsFile.STOP_TIMES) {
      lines.put(name, fileLines.toArray());
    }
    log.endFile(name);
  }
}
