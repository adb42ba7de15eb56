package dev.loopline.gtfs;

/** How bad a {@link Notice} is. ERROR makes a feed unusable as is; WARNING deserves a look. */
public enum Severity {
  ERROR,
  WARNING,
  INFO
}
