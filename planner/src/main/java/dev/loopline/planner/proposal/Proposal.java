package dev.loopline.planner.proposal;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A proposed bus line as a planner writes it (see docs/proposal.schema.json): which operator runs it, its stops in
 * order, when and how often it runs, the bus and the fare. {@code roundTripMinutes} replaces the routed running
 * time when the planner knows better (e.g. from a test run); the line is still routed for its length and path.
 * {@code source} is the file it came from, as the user named it, and {@code lines} where each field was written in
 * it, so that later checks can name both too.
 */
public record Proposal(String id, String name, String nameEn, String operator, boolean circular,
                       List<ProposalStop> stops, ServicePlan service, Vehicle vehicle, double fare,
                       OptionalDouble roundTripMinutes, Layover layover, String source, FieldLines lines) {
  public Proposal {
    stops = List.copyOf(stops);
    lines = lines == null ? FieldLines.NONE : lines;
  }

  /** A proposal built in code, whose errors name the field but no line. */
  public Proposal(String id, String name, String nameEn, String operator, boolean circular, List<ProposalStop> stops,
                  ServicePlan service, Vehicle vehicle, double fare, OptionalDouble roundTripMinutes, Layover layover,
                  String source) {
    this(id, name, nameEn, operator, circular, stops, service, vehicle, fare, roundTripMinutes, layover, source,
        FieldLines.NONE);
  }

  /** An error about this proposal's {@code field}, naming its file and the field's line. */
  public ProposalException error(String field, String problem) {
    return lines.error(source, field, problem);
  }

  /** The name planners see: the Chinese name with the English one after it when both are given. */
  public String displayName() {
    if (nameEn == null || nameEn.isEmpty()) {
      return name;
    }
    return name + " (" + nameEn + ")";
  }
}
