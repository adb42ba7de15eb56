package dev.loopline.planner.sample;

/** What a generated bus line is for, which sets its headways and service hours. */
public enum LineKind {
  /** Between two towns of the district. */
  TRUNK,
  /** A loop around a town centre. */
  CIRCULAR,
  /** From a rail station into the neighbourhoods. */
  FEEDER,
  /** Between two neighbourhoods. */
  LOCAL,
  /** From a village to its town. */
  VILLAGE,
  /** Between towns of two districts; both operators publish it, with identical trips. */
  CROSS_BORDER,
  /** From a town to the first stop over the border (published by one operator, ending at a twin stop). */
  BORDER
}
