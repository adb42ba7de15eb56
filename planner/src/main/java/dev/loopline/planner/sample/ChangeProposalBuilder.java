package dev.loopline.planner.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws the sample's proposals that change existing district lines, one of each kind the demo shows: more buses in
 * the peaks on a long line (headway), a little-used line withdrawn, two district lines that end at the same border
 * stop joined into one cross-border line (merge), and a line sent past a stop of another line (reroute). Each is
 * chosen from the generated network by a rule, not by id, so the proposals stay valid when the generator changes;
 * the ids they write are the unified feed's ({@code district:route}, {@code district:stop}).
 */
final class ChangeProposalBuilder {
  /** Terminals at most this far apart (metres) are taken as one border stop for the merge. */
  private static final double MEET = 150;

  private final BusNetworkBuilder.Result net;
  private final List<Map<Integer, String>> stopIds;
  private final List<Map<Integer, String>> routeIds;

  /**
   * @param stopIds per district ({@link DistrictSpec#ALL} order), site (edge id) to its stop id
   * @param routeIds per district, line (seq) to its route id
   */
  ChangeProposalBuilder(BusNetworkBuilder.Result net, List<Map<Integer, String>> stopIds,
                        List<Map<Integer, String>> routeIds) {
    this.net = net;
    this.stopIds = stopIds;
    this.routeIds = routeIds;
  }

  /** A change proposal: its id (the file name) and the YAML text. */
  record ChangeDraft(String id, String kind, String text) {
    void write(Path dir) throws IOException {
      Files.writeString(dir.resolve(id + ".yaml"), text.replace("\r\n", "\n"));
    }
  }

  /** Lines a proposal already changes: each proposal takes other lines, so they can all be applied together. */
  private final java.util.Set<Integer> used = new java.util.HashSet<>();

  /** The proposals, in file-name order; the most constrained choice (the merge) is made first. */
  List<ChangeDraft> build() {
    List<ChangeDraft> out = new ArrayList<>();
    java.util.Optional<ChangeDraft> m = merge(free());
    java.util.Optional<ChangeDraft> h = headway(free());
    java.util.Optional<ChangeDraft> r = reroute(free());
    java.util.Optional<ChangeDraft> w = withdrawal(free());
    for (java.util.Optional<ChangeDraft> d : List.of(h, m, r, w)) {
      d.ifPresent(out::add);
    }
    return out;
  }

  /** Two-way lines that one district publishes and no proposal changes yet. */
  private List<BusLine> free() {
    return net.lines().stream().filter(l -> !l.circular() && l.partner() < 0 && !used.contains(l.seq())).toList();
  }

  private String route(BusLine l) {
    return DistrictSpec.ALL.get(l.owner()).id() + ":" + routeIds.get(l.owner()).get(l.seq());
  }

  /** The unified id of a stop of a line's owner, or null for a stop a neighbour also publishes (merged away). */
  private String stop(BusLine l, StopSite s) {
    for (int d = 0; d < DistrictSpec.ALL.size(); d++) {
      if (net.twins().containsKey((long) s.edge() * 8 + d)) {
        return null;
      }
    }
    String id = stopIds.get(l.owner()).get(s.edge());
    return id == null ? null : DistrictSpec.ALL.get(l.owner()).id() + ":" + id;
  }

  /** A line as riders know it: its district and number ("九龙坡区208路", "Jiulongpo District line 208"). */
  private static String zh(BusLine l) {
    return DistrictSpec.ALL.get(l.owner()).zh() + l.shortName() + "路";
  }

  private static String en(BusLine l) {
    return DistrictSpec.ALL.get(l.owner()).en() + " line " + l.shortName();
  }

  private static String header(String what) {
    return "# Synthetic sample proposal (Loopline sample generator): " + what + "\n";
  }

  /** Twice the buses in the weekday peaks on the longest line: the peak headway halved (at least 4 minutes). */
  private java.util.Optional<ChangeDraft> headway(List<BusLine> lines) {
    BusLine best = null;
    for (BusLine l : lines) {
      if (best == null || l.stops0().size() > best.stops0().size()) {
        best = l;
      }
    }
    if (best == null) {
      return java.util.Optional.empty();
    }
    used.add(best.seq());
    int now = best.headways().peak();
    int next = Math.max(4, now / 2);
    String text = header("more buses in the weekday peaks on the longest district line.") + String.format(Locale.ROOT,
        """
        # The line runs every %d min in the peaks; this proposal runs it every %d min.
        id: SC-H1
        name: %s高峰加密
        name_en: %s peak service doubled
        changes:
          - change: headway
            route: %s
            days: [mon, tue, wed, thu, fri]
            periods:
              - { from: "07:00", to: "09:00", headway_min: %d }
              - { from: "17:00", to: "19:00", headway_min: %d }
        """, now, next, zh(best), en(best), route(best), next, next);
    return java.util.Optional.of(new ChangeDraft("SC-H1", "headway", text));
  }

  /** The least frequent line (largest off-peak headway, then the fewest stops) withdrawn. */
  private java.util.Optional<ChangeDraft> withdrawal(List<BusLine> lines) {
    BusLine worst = null;
    for (BusLine l : lines) {
      if (worst == null || l.headways().offPeak() > worst.headways().offPeak()
          || (l.headways().offPeak() == worst.headways().offPeak() && l.stops0().size() < worst.stops0().size())) {
        worst = l;
      }
    }
    if (worst == null) {
      return java.util.Optional.empty();
    }
    used.add(worst.seq());
    String text = header("the least frequent district line withdrawn.") + String.format(Locale.ROOT, """
        # It runs every %d min off-peak; the report shows who loses their only stop and what the district saves.
        id: SC-W1
        name: 撤销%s
        name_en: %s withdrawn
        changes:
          - change: withdraw
            route: %s
        """, worst.headways().offPeak(), zh(worst), en(worst), route(worst));
    return java.util.Optional.of(new ChangeDraft("SC-W1", "withdraw", text));
  }

  /** Two lines of different districts that end at the same border stop, joined (连线跨界). */
  private java.util.Optional<ChangeDraft> merge(List<BusLine> lines) {
    BusLine ba = null;
    BusLine bb = null;
    double best = MEET;
    for (int i = 0; i < lines.size(); i++) {
      for (int j = i + 1; j < lines.size(); j++) {
        BusLine a = lines.get(i);
        BusLine b = lines.get(j);
        if (a.owner() == b.owner()) {
          continue;
        }
        for (StopSite x : List.of(a.stops0().get(0), a.stops0().get(a.stops0().size() - 1))) {
          for (StopSite y : List.of(b.stops0().get(0), b.stops0().get(b.stops0().size() - 1))) {
            double d = x.edge() == y.edge() ? 0 : x.position().distanceTo(y.position());
            if (d < best || (d == best && ba == null)) {
              best = d;
              ba = a;
              bb = b;
            }
          }
        }
      }
    }
    if (ba == null) {
      return java.util.Optional.empty();
    }
    used.add(ba.seq());
    used.add(bb.seq());
    String text = header("two district lines that end at the same border stop joined into one cross-border line.")
        + String.format(Locale.ROOT, """
        # %s and %s meet at the border; the through line runs every 12 min (8 in the peaks), every day.
        id: SC-M1
        name: %s与%s跨界贯通
        name_en: %s and %s joined across the border
        changes:
          - change: merge
            routes: [%s, %s]
            id: SC-M1T
            name: %s—%s贯通线
            name_en: %s – %s through line
            service:
              days: [mon, tue, wed, thu, fri, sat, sun]
              periods:
                - { from: "06:30", to: "07:00", headway_min: 12 }
                - { from: "07:00", to: "09:00", headway_min: 8 }
                - { from: "09:00", to: "17:00", headway_min: 12 }
                - { from: "17:00", to: "19:00", headway_min: 8 }
                - { from: "19:00", to: "21:30", headway_min: 12 }
            fare: 2.0
        """, route(ba), route(bb), zh(ba), zh(bb), en(ba), en(bb), route(ba), route(bb),
        DistrictSpec.ALL.get(ba.owner()).zh(), DistrictSpec.ALL.get(bb.owner()).zh(),
        DistrictSpec.ALL.get(ba.owner()).en(), DistrictSpec.ALL.get(bb.owner()).en());
    return java.util.Optional.of(new ChangeDraft("SC-M1", "merge", text));
  }

  /**
   * A line sent past a stop of another line: between the stops before and after its middle stop, via the nearest
   * stop of another line of the same operator within 800 m that it does not serve.
   */
  private java.util.Optional<ChangeDraft> reroute(List<BusLine> lines) {
    for (BusLine l : lines) {
      int n = l.stops0().size();
      if (n < 8) {
        continue;
      }
      int k = n / 2;
      String from = stop(l, l.stops0().get(k - 1));
      String to = stop(l, l.stops0().get(k + 1));
      if (from == null || to == null) {
        continue;
      }
      java.util.Set<Integer> own = new java.util.HashSet<>();
      l.stops0().forEach(s -> own.add(s.edge()));
      String via = null;
      double best = 800;
      for (BusLine o : net.lines()) {
        if (o.owner() != l.owner() || o.seq() == l.seq()) {
          continue;
        }
        for (StopSite s : o.stops0()) {
          double d = s.position().distanceTo(l.stops0().get(k).position());
          String id = own.contains(s.edge()) ? null : stop(o, s);
          if (id != null && d < best) {
            best = d;
            via = id;
          }
        }
      }
      if (via == null) {
        continue;
      }
      used.add(l.seq());
      String text = header("a district line sent past a stop of another line.") + String.format(Locale.ROOT, """
          # Between %s and %s the line leaves its street to serve %s (%.0f m from the stop it skips).
          id: SC-R1
          name: %s改线
          name_en: %s rerouted
          changes:
            - change: reroute
              route: %s
              from: %s
              to: %s
              via:
                - stop: %s
          """, from, to, via, best, zh(l), en(l), route(l), from, to, via);
      return java.util.Optional.of(new ChangeDraft("SC-R1", "reroute", text));
    }
    return java.util.Optional.empty();
  }
}
