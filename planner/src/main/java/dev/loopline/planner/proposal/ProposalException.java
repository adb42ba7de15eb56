package dev.loopline.planner.proposal;

/**
 * A mistake in a proposal file, reported as one line naming the file, the line (when the proposal was read from a
 * file) and the field, e.g. {@code proposals/sc-l1.yaml:14: stops[2].stop: unknown stop id 'rail:L7-99'}. Planners
 * edit these files by hand, so the message must point at the exact place to fix; field paths use 0-based list
 * indexes.
 */
public class ProposalException extends RuntimeException {
  private final String file;
  private final int line;
  private final String field;

  public ProposalException(String file, String field, String problem) {
    this(file, 0, field, problem);
  }

  /** @param line the 1-based line of the field in the file, or 0 when not known */
  public ProposalException(String file, int line, String field, String problem) {
    super(file + (line > 0 ? ":" + line : "") + ": " + (field == null || field.isEmpty() ? "" : field + ": ")
        + problem);
    this.file = file;
    this.line = line;
    this.field = field;
  }

  /** The 1-based line of the field in the file, or 0 when not known (a proposal built in code). */
  public int line() {
    return line;
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
