package dev.loopline.planner.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Draws the sample proposals: for each {@link ProposalPlan}, a bus line routed over the generated streets from one
 * rail station through a border gap to a station of another line. Along the way it stops at existing stops that
 * survive the merge (stops no neighbour publishes a twin of, named as in the unified feed, {@code feed:id}) about
 * every 600 m, and at new stops beside the streets inside the gap, which is what the proposal is for.
 */
final class ProposalBuilder {
  private static final String[] NEW_STOP_SUFFIX = {"中心", "东", "西", "南", "北", "新村", "广场", "路口"};
  /** The English of {@link #NEW_STOP_SUFFIX}, as the sample's other stop names are translated. */
  private static final String[] NEW_STOP_SUFFIX_EN = {" Centre", " East", " West", " South", " North",
      " New Village", " Square", " Junction"};

  private final Layout layout;
  private final Streets streets;
  private final RoadGraph graph;
  private final DistrictMap districts;
  private final BusNetworkBuilder.Result net;
  private final List<Map<Integer, String>> publishedIds;

  ProposalBuilder(Layout layout, Streets streets, RoadGraph graph, DistrictMap districts,
                  BusNetworkBuilder.Result net, List<Map<Integer, String>> publishedIds) {
    this.layout = layout;
    this.streets = streets;
    this.graph = graph;
    this.districts = districts;
    this.net = net;
    this.publishedIds = publishedIds;
  }

  List<ProposalDraft> build() {
    List<ProposalDraft> out = new ArrayList<>();
    for (ProposalPlan p : layout.proposals) {
      ProposalDraft d = draft(p);
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }

  private int node(Xy p) {
    int best = -1;
    double bestD = 800;
    for (int v = 0; v < streets.nodeCount(); v++) {
      if (graph.degree(v) == 0) {
        continue;
      }
      double d = Math.hypot(streets.x(v) - p.x(), streets.y(v) - p.y());
      if (d < bestD) {
        bestD = d;
        best = v;
      }
    }
    return best;
  }

  private ProposalDraft draft(ProposalPlan p) {
    RailStation from = layout.station(p.fromStation());
    RailStation to = layout.station(p.toStation());
    BorderGap gap = layout.gap(p.gapId());
    // Through the gap along the line's general direction: enter 450 m before its centre, leave 450 m after.
    double dx = to.position().x() - from.position().x();
    double dy = to.position().y() - from.position().y();
    double len = Math.hypot(dx, dy);
    Xy enter = gap.centre().plus(-dx / len * 450, -dy / len * 450);
    Xy leave = gap.centre().plus(dx / len * 450, dy / len * 450);
    int a = node(from.position());
    int g1 = node(enter);
    int g2 = node(leave);
    int b = node(to.position());
    if (a < 0 || g1 < 0 || g2 < 0 || b < 0) {
      return null;
    }
    RoadGraph.EdgeCost cost = e -> e.length() * switch (e.clazz()) {
      case TRUNK, PRIMARY, SECONDARY -> 1.0;
      case TERTIARY -> 1.1;
      default -> 1.5;
    };
    List<RoadGraph.Step> steps = new ArrayList<>();
    int[] via = {a, g1, g2, b};
    for (int k = 1; k < via.length; k++) {
      List<RoadGraph.Step> leg = via[k - 1] == via[k] ? List.of() : graph.path(via[k - 1], via[k], v -> true, cost);
      if (leg == null) {
        return null;
      }
      steps.addAll(leg);
    }
    List<ProposalDraft.Entry> stops = new ArrayList<>();
    stops.add(new ProposalDraft.Entry("rail:" + from.stopId(), null, null, from.position(),
        districts.locate(from.position().x(), from.position().y())));
    Xy last = from.position();
    double meters = 0;
    int newCount = 0;
    Set<Integer> seen = new java.util.HashSet<>();
    for (RoadGraph.Step s : steps) {
      StreetEdge e = streets.edges().get(s.edge());
      meters += e.length();
      if (!e.stopSlot() || !seen.add(e.id())) {
        continue;
      }
      Xy mid = new Xy((streets.x(e.a()) + streets.x(e.b())) / 2, (streets.y(e.a()) + streets.y(e.b())) / 2);
      boolean inGap = mid.distanceTo(gap.centre()) < gap.noStopRadius();
      if (inGap) {
        if (mid.distanceTo(last) < 300 || newCount >= NEW_STOP_SUFFIX.length) {
          continue;
        }
        double ux = (streets.x(e.b()) - streets.x(e.a())) / e.length();
        double uy = (streets.y(e.b()) - streets.y(e.a())) / e.length();
        Xy pos = mid.plus(-uy * 9, ux * 9);
        stops.add(new ProposalDraft.Entry(null, gap.zh() + NEW_STOP_SUFFIX[newCount],
            gap.en() + NEW_STOP_SUFFIX_EN[newCount], pos, districts.locate(pos.x(), pos.y())));
        newCount++;
        last = pos;
        continue;
      }
      StopSite site = net.sites().get(e.id());
      if (site == null || mid.distanceTo(last) < 600 || twinned(site)) {
        continue;
      }
      String id = publishedIds.get(site.territory()).get(site.edge());
      if (id == null) {
        continue;
      }
      stops.add(new ProposalDraft.Entry(DistrictSpec.ALL.get(site.territory()).id() + ":" + id, null, null,
          site.position(), site.territory()));
      last = site.position();
    }
    stops.add(new ProposalDraft.Entry("rail:" + to.stopId(), null, null, to.position(),
        districts.locate(to.position().x(), to.position().y())));
    Set<String> crossed = new LinkedHashSet<>();
    for (ProposalDraft.Entry e : stops) {
      if (e.district() >= 0) {
        crossed.add(DistrictSpec.ALL.get(e.district()).id());
      }
    }
    return new ProposalDraft(p, stops, meters, List.copyOf(crossed));
  }

  /** A stop that some neighbour also publishes may be merged away; proposals avoid it. */
  private boolean twinned(StopSite s) {
    for (int d = 0; d < DistrictSpec.ALL.size(); d++) {
      if (net.twins().containsKey((long) s.edge() * 8 + d)) {
        return true;
      }
    }
    return false;
  }

  /** Writes one proposal in the format {@code dev.loopline.planner.proposal.ProposalReader} reads. */
  static void write(ProposalDraft d, Path file) throws IOException {
    ProposalPlan p = d.plan();
    StringBuilder y = new StringBuilder();
    y.append("# Synthetic sample proposal (Loopline sample generator). A bus line from a rail station through the\n");
    y.append("# border gap '").append(p.gapId()).append("' to a station of another line, closing a loop with rail.\n");
    y.append("# Districts along it: ").append(String.join(", ", d.districtsCrossed())).append('\n');
    y.append("id: ").append(p.id()).append('\n');
    y.append("name: ").append(p.zh()).append('\n');
    y.append("name_en: ").append(p.en()).append('\n');
    y.append("operator: ").append(p.operator()).append('\n');
    y.append("circular: false\n");
    y.append("stops:\n");
    for (ProposalDraft.Entry e : d.stops()) {
      if (e.existing() != null) {
        y.append("  - stop: ").append(e.existing()).append('\n');
      } else {
        y.append(String.format(Locale.ROOT, "  - new: { name: %s, name_en: %s, lat: %.7f, lon: %.7f }%n",
            e.newName(), e.newNameEn(), Projection.lat(e.position()), Projection.lon(e.position())));
      }
    }
    y.append("service:\n");
    y.append(p.weekends() ? "  days: [mon, tue, wed, thu, fri, sat, sun]\n" : "  days: [mon, tue, wed, thu, fri]\n");
    y.append("  periods:\n");
    y.append("    - { from: \"06:30\", to: \"09:00\", headway_min: 8 }\n");
    y.append("    - { from: \"09:00\", to: \"17:00\", headway_min: 15 }\n");
    y.append("    - { from: \"17:00\", to: \"19:30\", headway_min: 8 }\n");
    y.append("    - { from: \"19:30\", to: \"22:00\", headway_min: 20 }\n");
    y.append("vehicle: { type: 12m, capacity: 80 }\n");
    y.append("fare: 2.0\n");
    int roundTrip = (int) Math.round(2 * (d.meters() / (18 / 3.6) + d.stops().size() * 25) / 60);
    y.append("round_trip_minutes: ").append(roundTrip).append('\n');
    y.append("layover: { share: 0.10, min_minutes: 3 }\n");
    Files.writeString(file, y.toString().replace("\r\n", "\n"));
  }
}
