package dev.loopline.gtfs.merge;

import dev.loopline.gtfs.merge.MergeReport.RouteRename;
import dev.loopline.gtfs.model.Route;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Resolves route short names used by more than one feed's operators (both Shapingba and Beibei run a route "1"),
 * so a rider and a journey planner can tell them apart.
 *
 * <p>The rule: a short name (compared trimmed and case-insensitively) that routes of two or more feeds use is
 * prefixed, on every such route, with its feed's <em>district prefix</em>: the shortest leading part of the feed id
 * that no other feed id starts with, in upper case ({@code shapingba} → {@code S}, {@code beibei} → {@code BE}
 * next to {@code bishan} → {@code BI}). Every clashing route is renamed, none is privileged, so the result does
 * not depend on which feed came first. Should the new name itself be taken, {@code PREFIX-name} and then
 * {@code feedid:name} are tried. Names used by a single feed are untouched even if repeated inside it: that is the
 * operator's own numbering.
 */
final class RouteNameClashes {
  private RouteNameClashes() {}

  /**
   * @param routes     namespaced routes of all feeds, sorted by id
   * @param feedOfRoute the feed id of each route
   * @param feedIds    all feed ids of the merge
   * @param renames    receives one entry per renamed route, in route id order
   * @return route id to new short name, for renamed routes only
   */
  static Map<String, String> resolve(List<Route> routes, Map<String, String> feedOfRoute,
                                     Collection<String> feedIds, List<RouteRename> renames) {
    Map<String, String> prefixes = prefixes(feedIds);
    Map<String, List<Route>> byName = new TreeMap<>();
    for (Route r : routes) {
      if (r.shortName() != null && !r.shortName().isBlank()) {
        byName.computeIfAbsent(key(r.shortName()), k -> new ArrayList<>()).add(r);
      }
    }
    Set<String> taken = new HashSet<>(byName.keySet());
    Map<String, String> renamed = new TreeMap<>();
    Map<String, RouteRename> entries = new TreeMap<>();
    for (Map.Entry<String, List<Route>> e : byName.entrySet()) {
      Set<String> feeds = new TreeSet<>();
      e.getValue().forEach(r -> feeds.add(feedOfRoute.get(r.id())));
      if (feeds.size() < 2) {
        continue;
      }
      for (Route r : e.getValue()) {
        String feed = feedOfRoute.get(r.id());
        String name = r.shortName().trim();
        String prefix = prefixes.get(feed);
        String chosen = null;
        for (String candidate : List.of(prefix + name, prefix + "-" + name, feed + ":" + name)) {
          if (!taken.contains(key(candidate))) {
            chosen = candidate;
            break;
          }
        }
        if (chosen == null) {
          chosen = r.id();
        }
        taken.add(key(chosen));
        renamed.put(r.id(), chosen);
        Set<String> others = new TreeSet<>(feeds);
        others.remove(feed);
        entries.put(r.id(), new RouteRename(r.id(), r.agencyId(), feed, r.shortName(), chosen, List.copyOf(others)));
      }
    }
    renames.addAll(entries.values());
    return renamed;
  }

  /** Each feed's district prefix: its shortest leading part no other feed id starts with, upper case. */
  static Map<String, String> prefixes(Collection<String> feedIds) {
    Map<String, String> out = new HashMap<>();
    List<String> lower = feedIds.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
    List<String> ids = List.copyOf(feedIds);
    for (int i = 0; i < ids.size(); i++) {
      String id = lower.get(i);
      String prefix = id;
      for (int len = 1; len <= id.length(); len++) {
        String p = id.substring(0, len);
        boolean unique = true;
        for (int j = 0; j < ids.size() && unique; j++) {
          unique = j == i || !lower.get(j).startsWith(p);
        }
        if (unique) {
          prefix = p;
          break;
        }
      }
      out.put(ids.get(i), prefix.toUpperCase(Locale.ROOT));
    }
    return out;
  }

  private static String key(String shortName) {
    return shortName.trim().toLowerCase(Locale.ROOT);
  }
}
