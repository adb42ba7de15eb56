package dev.loopline.planner.proposal;

import dev.loopline.gtfs.model.Agency;
import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.Snap;
import dev.loopline.osm.StreetMode;
import dev.loopline.osm.StreetNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Checks a proposal against the unified network: every existing stop id must be a boardable stop of the feed,
 * every new stop must lie near a road a bus can use, and the operator must be one of the feed ids the feeds were
 * merged under. The merged feed namespaces agency ids by feed id ({@code shapingba:1}), so the operator
 * {@code shapingba} is the agency whose id starts with {@code shapingba:} (the smallest such id when a district
 * feed has several agencies). A feed that was not merged can name an agency id directly.
 */
public final class ProposalResolver {
  private ProposalResolver() {}

  /**
   * Resolves a proposal.
   *
   * @param streets the street network, to check that new stops are on a bus road; {@code null} skips that check
   *     (for tools that only need the feed)
   * @throws ProposalException naming the file and the field of the first problem
   */
  public static ResolvedProposal resolve(Proposal p, FeedIndex index, StreetNetwork streets) {
    return resolve(p, index, streets == null ? null : point -> streets.snap(point, StreetMode.BUS));
  }

  /**
   * Resolves a proposal, checking new stops with {@code busSnap} (a point to its snap on bus roads); {@code null}
   * skips that check.
   */
  public static ResolvedProposal resolve(Proposal p, FeedIndex index, Function<LatLon, Snap> busSnap) {
    if (index.feed().stops().stream().anyMatch(s -> s.id().startsWith(p.id() + ":"))
        || index.route(p.id() + ":line") != null) {
      throw p.error("id", "'" + p.id() + "' is already used as an id namespace in the network; choose another id");
    }
    String agency = agencyOf(p, index);
    List<PlacedStop> placed = new ArrayList<>();
    for (int i = 0; i < p.stops().size(); i++) {
      ProposalStop s = p.stops().get(i);
      if (s instanceof ProposalStop.Existing e) {
        Stop stop = index.stop(e.stopId());
        if (stop == null) {
          throw p.error(e.field() + ".stop", "unknown stop id '" + e.stopId() + "'" + hint(e.stopId(), index));
        }
        if (!stop.isBoardable() || !stop.hasCoordinates()) {
          throw p.error(e.field() + ".stop", "'" + e.stopId() + "' is a station or entrance, not a stop a bus can "
              + "serve; name one of its platforms or stops");
        }
        placed.add(new PlacedStop(stop.id(), stop.name(), stop.lat(), stop.lon(), false, e.field()));
      } else if (s instanceof ProposalStop.New n) {
        if (busSnap != null) {
          Snap snap = busSnap.apply(new LatLon(n.lat(), n.lon()));
          if (!snap.ok()) {
            throw p.error(n.field() + ".new", "new stop '" + n.name() + "' is off the street network: "
                + snap.failureReason());
          }
        }
        placed.add(new PlacedStop(p.id() + ":stop-" + i, n.name(), n.lat(), n.lon(), true, n.field(), n.nameEn()));
      }
    }
    return new ResolvedProposal(p, agency, placed);
  }

  private static String agencyOf(Proposal p, FeedIndex index) {
    String prefix = p.operator() + ":";
    TreeSet<String> matches = new TreeSet<>();
    TreeSet<String> known = new TreeSet<>();
    for (Agency a : index.feed().agencies()) {
      String id = a.id() == null ? "" : a.id();
      if (id.startsWith(prefix)) {
        matches.add(id);
      }
      int colon = id.indexOf(':');
      known.add(colon > 0 ? id.substring(0, colon) : id);
    }
    if (!matches.isEmpty()) {
      return matches.first();
    }
    if (index.agency(p.operator()) != null) {
      return p.operator();
    }
    throw p.error("operator", "unknown operator '" + p.operator() + "' (operators in the network: "
        + String.join(", ", known) + ")");
  }

  private static String hint(String id, FeedIndex index) {
    boolean namespaced = !index.feed().stops().isEmpty() && index.feed().stops().get(0).id().contains(":");
    int colon = id.indexOf(':');
    if (colon < 0) {
      return namespaced ? " (stop ids in the unified feed are namespaced by feed, e.g. 'shapingba:1203')" : "";
    }
    String ns = id.substring(0, colon + 1);
    boolean namespaceExists = index.feed().stops().stream().anyMatch(s -> s.id().startsWith(ns));
    return namespaceExists || !namespaced ? "" : " (no stop id starts with '" + ns + "')";
  }
}
