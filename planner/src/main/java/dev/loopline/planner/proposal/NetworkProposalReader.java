package dev.loopline.planner.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads any proposal file: a new line (the format {@link ProposalReader} reads) or a list of changes to the network
 * ({@code id, name, name_en, changes}), and checks everything that can be checked without the network. Route ids,
 * stop ids and whether two merged routes meet are checked when the changes are applied ({@link ChangeApplier}),
 * with errors naming the same file, line and field.
 */
public final class NetworkProposalReader {
  private static final Set<String> TOP_KEYS = Set.of("id", "name", "name_en", "changes");
  private static final Map<String, Set<String>> KEYS = Map.of(
      "new_line", Set.of("change", "line"),
      "headway", Set.of("change", "route", "direction", "days", "periods"),
      "span", Set.of("change", "route", "direction", "days", "first", "last"),
      "truncate", Set.of("change", "route", "from", "to"),
      "extend", Set.of("change", "route", "at", "stops"),
      "reroute", Set.of("change", "route", "from", "to", "via"),
      "withdraw", Set.of("change", "route"),
      "merge", Set.of("change", "routes", "id", "name", "name_en", "operator", "service", "fare"),
      "replace", Set.of("change", "route", "line"));

  private NetworkProposalReader() {}

  /** The kinds of change a proposal can list, sorted. */
  public static List<String> kinds() {
    return KEYS.keySet().stream().sorted().toList();
  }

  /** The keys a change of this kind may have (for the schema test). */
  static Set<String> keys(String kind) {
    return KEYS.get(kind);
  }

  /** The keys of a change proposal's top level. */
  static Set<String> topKeys() {
    return TOP_KEYS;
  }

  /** Reads and checks a proposal file of either format; {@code path} is named in errors as given. */
  public static NetworkProposal read(Path path) {
    FieldReader.Document d = FieldReader.readDocument(path, "proposal");
    return parse(d.root(), path.toString(), d.lines());
  }

  /** Checks an already parsed document of either format; {@code file} is the name used in errors. */
  public static NetworkProposal parse(JsonNode root, String file, FieldLines lines) {
    if (root != null && root.isObject() && root.has("changes")) {
      return changes(new FieldReader(file, lines), (ObjectNode) root);
    }
    return NetworkProposal.of(ProposalReader.parse(root, file, lines));
  }

  private static NetworkProposal changes(FieldReader f, ObjectNode top) {
    f.onlyKeys(top, "", TOP_KEYS);
    String id = f.text(top, "id", true);
    if (!ProposalReader.ID.matcher(id).matches()) {
      throw f.error("id", "'" + id + "' must be 1-40 letters, digits, '_', '-' or '.', starting with a letter or digit");
    }
    String name = f.text(top, "name", true);
    String nameEn = f.text(top, "name_en", false);
    List<JsonNode> items = f.list(top, "changes", true);
    if (items.isEmpty()) {
      throw f.error("changes", "list at least one change (" + String.join(", ", kinds()) + ")");
    }
    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      changes.add(change(f, items.get(i), "changes[" + i + "]"));
    }
    return new NetworkProposal(id, name, nameEn, changes, f.file(), f.lines());
  }

  private static Change change(FieldReader f, JsonNode node, String at) {
    ObjectNode c = f.object(node, at);
    String kind = f.text(c, "change", true, at);
    Set<String> keys = KEYS.get(kind);
    if (keys == null) {
      throw f.error(at + ".change", "unknown kind of change '" + kind + "' (use " + String.join(", ", kinds()) + ")");
    }
    f.onlyKeys(c, at, keys);
    return switch (kind) {
      case "new_line" -> new Change.AddLine(line(f, c, at), at);
      case "headway" -> new Change.Headway(route(f, c, at), days(f, c, at), direction(f, c, at),
          ProposalReader.periods(f, f.list(c, "periods", true, at), at + ".periods"), at);
      case "span" -> span(f, c, at);
      case "truncate" -> {
        String from = f.text(c, "from", false, at);
        String to = f.text(c, "to", false, at);
        if (from == null && to == null) {
          throw f.error(at, "give 'from' (the new first stop), 'to' (the new last stop) or both");
        }
        yield new Change.Truncate(route(f, c, at), from, to, at);
      }
      case "extend" -> {
        String end = f.text(c, "at", true, at).toLowerCase(Locale.ROOT);
        if (!end.equals("start") && !end.equals("end")) {
          throw f.error(at + ".at", "must be 'start' (before the first stop of direction 0) or 'end' (after its "
              + "last stop), got '" + end + "'");
        }
        List<JsonNode> stops = f.list(c, "stops", true, at);
        if (stops.isEmpty()) {
          throw f.error(at + ".stops", "list at least one stop to extend the route to");
        }
        yield new Change.Extend(route(f, c, at), end.equals("start") ? Change.End.START : Change.End.END,
            ProposalReader.stopList(f, stops, at + ".stops"), at);
      }
      case "reroute" -> new Change.Reroute(route(f, c, at), f.text(c, "from", true, at), f.text(c, "to", true, at),
          ProposalReader.stopList(f, f.list(c, "via", true, at), at + ".via"), at);
      case "withdraw" -> new Change.Withdraw(route(f, c, at), at);
      case "merge" -> merge(f, c, at);
      case "replace" -> new Change.Replace(route(f, c, at), line(f, c, at), at);
      default -> throw new IllegalStateException(kind);
    };
  }

  private static String route(FieldReader f, ObjectNode c, String at) {
    return f.text(c, "route", true, at);
  }

  private static Proposal line(FieldReader f, ObjectNode c, String at) {
    String field = at + ".line";
    return ProposalReader.parse(f.object(f.required(c, "line", at), field), f.file(), f.lines().nested(field));
  }

  private static Set<DayOfWeek> days(FieldReader f, ObjectNode c, String at) {
    if (!c.has("days")) {
      return Set.of();
    }
    List<JsonNode> items = f.list(c, "days", true, at);
    if (items.isEmpty()) {
      throw f.error(at + ".days", "list at least one day, or leave 'days' out for every day the route runs");
    }
    return ProposalReader.days(f, items, at + ".days");
  }

  private static Change.Direction direction(FieldReader f, ObjectNode c, String at) {
    JsonNode v = c.get("direction");
    if (v == null || v.isNull()) {
      return Change.Direction.BOTH;
    }
    String s = v.asText().toLowerCase(Locale.ROOT);
    return switch (v.isValueNode() ? s : "") {
      case "both" -> Change.Direction.BOTH;
      case "0" -> Change.Direction.OUTBOUND;
      case "1" -> Change.Direction.INBOUND;
      default -> throw f.error(at + ".direction", "must be 0, 1 (GTFS direction_id) or both, got "
          + FieldReader.describe(v));
    };
  }

  private static Change span(FieldReader f, ObjectNode c, String at) {
    int first = c.has("first") ? ProposalReader.clock(f, c, "first", at) : -1;
    int last = c.has("last") ? ProposalReader.clock(f, c, "last", at) : -1;
    if (first < 0 && last < 0) {
      throw f.error(at, "give 'first' (the first departure), 'last' (the last departure) or both");
    }
    if (first >= 0 && last >= 0 && last <= first) {
      throw f.error(at + ".last", "'" + ServicePeriod.clock(last) + "' must be after first '"
          + ServicePeriod.clock(first) + "'");
    }
    return new Change.Span(route(f, c, at), days(f, c, at), direction(f, c, at), first, last, at);
  }

  private static Change merge(FieldReader f, ObjectNode c, String at) {
    List<JsonNode> routes = f.list(c, "routes", true, at);
    if (routes.size() != 2) {
      throw f.error(at + ".routes", "name exactly two route ids to merge, got " + routes.size());
    }
    String[] ids = new String[2];
    for (int i = 0; i < 2; i++) {
      JsonNode r = routes.get(i);
      if (!r.isTextual() || r.asText().isBlank()) {
        throw f.error(at + ".routes[" + i + "]", "must be a route id, got " + FieldReader.describe(r));
      }
      ids[i] = r.asText().strip();
    }
    if (ids[0].equals(ids[1])) {
      throw f.error(at + ".routes[1]", "names the same route as routes[0]; merge two different routes");
    }
    String id = f.text(c, "id", true, at);
    if (!ProposalReader.ID.matcher(id).matches()) {
      throw f.error(at + ".id", "'" + id + "' must be 1-40 letters, digits, '_', '-' or '.', starting with a letter "
          + "or digit");
    }
    ServicePlan service = c.has("service") ? ProposalReader.service(f, c.get("service"), at + ".service") : null;
    OptionalDouble fare = OptionalDouble.empty();
    if (c.has("fare")) {
      double v = f.number(c, "fare", true, 0, at);
      if (v < 0) {
        throw f.error(at + ".fare", "must not be negative, got " + FieldReader.plain(v));
      }
      fare = OptionalDouble.of(v);
    }
    return new Change.Merge(ids[0], ids[1], id, f.text(c, "name", true, at), f.text(c, "name_en", false, at),
        f.text(c, "operator", false, at), service, fare, at);
  }
}
