package dev.loopline.planner.proposal;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * One change to the bus network, as a planner writes it in a proposal ({@link NetworkProposal}): a new line, or a
 * change to an existing route of the unified feed named by its route id. {@code field} is where it was written
 * ({@code changes[2]}), for error messages. See docs/proposal.schema.json for the format and docs/methods.md for how
 * each kind is applied ({@link ChangeApplier}).
 */
public sealed interface Change {
  /** Where the change was written in its proposal ({@code changes[2]}). */
  String field();

  /** The kind as written in the file ({@code headway}, {@code withdraw}, ...). */
  String kind();

  /** The existing routes this change acts on, in the order written (none for a new line). */
  List<String> routeIds();

  /** One line for reports and the command line, e.g. {@code withdraw beibei:7}. */
  String describe();

  /** Which directions of a route a timetable change applies to (GTFS direction_id 0, 1, or both). */
  enum Direction {
    BOTH, OUTBOUND, INBOUND;

    public boolean includes(int directionId) {
      return this == BOTH || (this == OUTBOUND ? directionId == 0 : directionId == 1);
    }

    String label() {
      return this == BOTH ? "both directions" : this == OUTBOUND ? "direction 0" : "direction 1";
    }
  }

  /** Which terminal an extension leaves from, in the running order of direction 0. */
  enum End { START, END }

  /** A new line (the format of {@link Proposal}). */
  record AddLine(Proposal line, String field) implements Change {
    public String kind() {
      return "new_line";
    }

    public List<String> routeIds() {
      return List.of();
    }

    public String describe() {
      return "new line " + line.id() + " " + line.displayName();
    }
  }

  /**
   * New headways in periods of the day: the route's departures in each period (in the chosen directions, on the
   * chosen days of the week; all days the route runs when {@code days} is empty) are replaced by departures every
   * headway from the period's start.
   */
  record Headway(String routeId, Set<DayOfWeek> days, Direction direction, List<ServicePeriod> periods,
                 String field) implements Change {
    public Headway {
      days = Set.copyOf(days);
      periods = List.copyOf(periods);
    }

    public String kind() {
      return "headway";
    }

    public List<String> routeIds() {
      return List.of(routeId);
    }

    public String describe() {
      StringBuilder sb = new StringBuilder("headway " + routeId + ":");
      for (ServicePeriod p : periods) {
        sb.append(' ').append(ServicePeriod.clock(p.fromSeconds())).append('-')
            .append(ServicePeriod.clock(p.toSeconds())).append(" every ")
            .append(FieldReader.plain(p.headwaySeconds() / 60.0)).append(" min");
      }
      return sb.append(" (").append(direction.label()).append(daysLabel(days)).append(')').toString();
    }
  }

  /**
   * A new service span: the first departure no earlier than {@code firstSeconds}, the last no later than
   * {@code lastSeconds} ({@code -1}: that end unchanged). A span made longer is filled at the headway the route runs
   * at that end of its day; a shorter one drops the departures outside it.
   */
  record Span(String routeId, Set<DayOfWeek> days, Direction direction, int firstSeconds, int lastSeconds,
              String field) implements Change {
    public Span {
      days = Set.copyOf(days);
    }

    public String kind() {
      return "span";
    }

    public List<String> routeIds() {
      return List.of(routeId);
    }

    public String describe() {
      return "span " + routeId + ": " + (firstSeconds < 0 ? "first departure unchanged"
          : "first departure " + ServicePeriod.clock(firstSeconds)) + ", " + (lastSeconds < 0
          ? "last departure unchanged" : "last departure by " + ServicePeriod.clock(lastSeconds)) + " ("
          + direction.label() + daysLabel(days) + ")";
    }
  }

  /**
   * The route cut back to the part between two of its stops (in direction 0's order; {@code null}: that terminal
   * stays). Every trip keeps its times at the stops it still serves.
   */
  record Truncate(String routeId, String fromStop, String toStop, String field) implements Change {
    public String kind() {
      return "truncate";
    }

    public List<String> routeIds() {
      return List.of(routeId);
    }

    public String describe() {
      return "truncate " + routeId + " to " + (fromStop == null ? "its first terminal" : fromStop) + " - "
          + (toStop == null ? "its last terminal" : toStop);
    }
  }

  /**
   * The route run on beyond one terminal through more stops (listed outward from the terminal); the new legs are
   * routed on the streets with the network's calibrated running times.
   */
  record Extend(String routeId, End end, List<ProposalStop> stops, String field) implements Change {
    public Extend {
      stops = List.copyOf(stops);
    }

    public String kind() {
      return "extend";
    }

    public List<String> routeIds() {
      return List.of(routeId);
    }

    public String describe() {
      return "extend " + routeId + " beyond its " + (end == End.START ? "first" : "last") + " terminal by "
          + stops.size() + " stop" + (stops.size() == 1 ? "" : "s");
    }
  }

  /**
   * The route between two of its stops sent another way: the stops between {@code fromStop} and {@code toStop} are
   * replaced by {@code via} (possibly none), the new legs routed on the streets.
   */
  record Reroute(String routeId, String fromStop, String toStop, List<ProposalStop> via, String field)
      implements Change {
    public Reroute {
      via = List.copyOf(via);
    }

    public String kind() {
      return "reroute";
    }

    public List<String> routeIds() {
      return List.of(routeId);
    }

    public String describe() {
      return "reroute " + routeId + " between " + fromStop + " and " + toStop + " via " + via.size() + " stop"
          + (via.size() == 1 ? "" : "s");
    }
  }

  /** The route withdrawn: its trips leave the network. */
  record Withdraw(String routeId, String field) implements Change {
    public String kind() {
      return "withdraw";
    }

    public List<String> routeIds() {
      return List.of(routeId);
    }

    public String describe() {
      return "withdraw " + routeId;
    }
  }

  /**
   * Two routes that meet at a terminal joined into one through line {@code id} ({@code first}'s stops, then
   * {@code second}'s), run by {@code operator} (null: the first route's agency) under the unified brand; both routes
   * are withdrawn. {@code service} null: the through line runs the busier route's timetable pattern.
   */
  record Merge(String first, String second, String id, String name, String nameEn, String operator,
               ServicePlan service, OptionalDouble fare, String field) implements Change {
    public String kind() {
      return "merge";
    }

    public List<String> routeIds() {
      return List.of(first, second);
    }

    public String describe() {
      return "merge " + first + " and " + second + " into " + id + " " + name;
    }
  }

  /** The route withdrawn and a new line run instead. */
  record Replace(String routeId, Proposal line, String field) implements Change {
    public String kind() {
      return "replace";
    }

    public List<String> routeIds() {
      return List.of(routeId);
    }

    public String describe() {
      return "replace " + routeId + " by new line " + line.id() + " " + line.displayName();
    }
  }

  private static String daysLabel(Set<DayOfWeek> days) {
    if (days.isEmpty()) {
      return "";
    }
    TreeSet<DayOfWeek> sorted = new TreeSet<>(days);
    return ", " + String.join(" ", sorted.stream()
        .map(d -> d.name().substring(0, 3).toLowerCase(Locale.ROOT)).toList());
  }
}
