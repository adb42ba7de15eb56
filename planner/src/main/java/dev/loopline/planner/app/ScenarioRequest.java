package dev.loopline.planner.app;

import dev.loopline.planner.proposal.NetworkProposal;
import java.util.List;
import java.util.Objects;

/**
 * A scenario to set beside the baseline: proposals applied together, in order (each may change existing routes and
 * add lines).
 *
 * @param id short id the report uses (a proposal id, {@code A+B} for a package, or a name the user gave)
 * @param name the name the report shows
 * @param withMembersAlone also score each proposal alone, to set the package against its members (the interaction
 *     of lines that share a corridor or meet)
 */
public record ScenarioRequest(String id, String name, List<NetworkProposal> proposals, boolean withMembersAlone) {
  public ScenarioRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    proposals = List.copyOf(proposals);
    if (id.isBlank()) {
      throw new IllegalArgumentException("a scenario needs an id");
    }
    if (proposals.isEmpty()) {
      throw new IllegalArgumentException("scenario " + id + " needs at least one proposal");
    }
  }

  /** One proposal alone. */
  public static ScenarioRequest of(NetworkProposal p) {
    return new ScenarioRequest(p.id(), p.displayName(), List.of(p), false);
  }

  /** A package: the proposals together ({@code A+B+C}), next to each alone. */
  public static ScenarioRequest packageOf(List<NetworkProposal> proposals) {
    List<String> ids = proposals.stream().map(NetworkProposal::id).toList();
    return new ScenarioRequest(String.join("+", ids), "package " + String.join(" + ", ids), proposals, true);
  }

  /**
   * A scenario the user named ({@code compare --scenario NAME=...}).
   *
   * @throws InvalidRequestException when the name is not a short id
   */
  public static ScenarioRequest named(String name, List<NetworkProposal> proposals) {
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.+-]{0,39}")) {
      throw InvalidRequestException.of("scenario", "'" + name + "' must be 1-40 letters, digits, '_', '-', '+' or "
          + "'.', starting with a letter or digit");
    }
    if (proposals.isEmpty()) {
      throw InvalidRequestException.of("scenario", name + " lists no proposal file");
    }
    return new ScenarioRequest(name, name, proposals, false);
  }

  /** The proposals that are exactly one new line: {@code evaluate} ranks these against each other. */
  public static List<dev.loopline.planner.proposal.Proposal> newLines(List<NetworkProposal> proposals) {
    return proposals.stream().flatMap(p -> p.singleNewLine().stream()).toList();
  }

  /**
   * The scenarios {@code evaluate} sets beside the baseline: each proposal that is not a single new line alone, then
   * each package together (next to its members alone).
   */
  public static List<ScenarioRequest> scenarios(List<NetworkProposal> proposals,
                                                List<List<NetworkProposal>> packages) {
    List<ScenarioRequest> out = new java.util.ArrayList<>();
    proposals.stream().filter(p -> p.singleNewLine().isEmpty()).forEach(p -> out.add(of(p)));
    packages.forEach(p -> out.add(p.size() == 1 ? of(p.get(0)) : packageOf(p)));
    return out;
  }
}
