package dev.loopline.planner.proposal;

import java.util.List;

/**
 * A proposal as a list of changes to the network: new lines, and changes to existing routes (headways, span,
 * truncation, extension, reroute, withdrawal, merging two routes, replacing one by a new line). A file written in
 * the new-line format is a proposal with one change, {@link Change.AddLine}. Changes apply in the order written;
 * several proposals evaluated together (a package) apply one after the other.
 *
 * @param source the file it came from, as the user named it
 * @param lines where each field was written in it
 */
public record NetworkProposal(String id, String name, String nameEn, List<Change> changes, String source,
                              FieldLines lines) {
  public NetworkProposal {
    changes = List.copyOf(changes);
    lines = lines == null ? FieldLines.NONE : lines;
  }

  /** A new-line proposal as a proposal of one change. */
  public static NetworkProposal of(Proposal line) {
    return new NetworkProposal(line.id(), line.name(), line.nameEn(), List.of(new Change.AddLine(line, "")),
        line.source(), line.lines());
  }

  /** The new line, when this proposal is exactly one new line (the format {@code evaluate} ranks). */
  public java.util.Optional<Proposal> singleNewLine() {
    return changes.size() == 1 && changes.get(0) instanceof Change.AddLine a && a.field().isEmpty()
        ? java.util.Optional.of(a.line()) : java.util.Optional.empty();
  }

  /** An error about {@code field} of this proposal, naming its file and line. */
  public ProposalException error(String field, String problem) {
    return lines.error(source, field, problem);
  }

  /** The name planners see: the Chinese name with the English one after it when both are given. */
  public String displayName() {
    return nameEn == null || nameEn.isEmpty() ? name : name + " (" + nameEn + ")";
  }
}
