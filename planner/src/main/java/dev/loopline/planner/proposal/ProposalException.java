package dev.loopline.planner.proposal;

/**
 * A mistake in a proposal file, reported as one line naming the file and the field, e.g.
 * {@code proposals/sc-l1.yaml: stops[2].stop: unknown stop id 'rail:L7-99'}. Planners edit these files by hand, so
 * the message must point at the exact place to fix; field paths use 0-based list indexes.
 */
public class ProposalException extends RuntimeException {
  private final String file;
  private final String field;

  public ProposalException(String file, String field, String problem) {
    super(file + ": " + (field == null || field.isEmpty() ? "" : field + ": ") + problem);
    this.file = file;
    this.field = field;
  }

  /** The file as the user named it. */
  public String file() {
    return file;
  }

  /** The field path ({@code service.periods[1].headway_min}), or {@code null} for the whole file. */
  public String field() {
    return field;
  }
}
