package dev.loopline.web.security;

import java.util.Locale;

/** The roles that may change the network's plans. Any other role a users file names grants nothing more. */
public enum Role {
  PLANNER, OPERATOR;

  /** The name users files and the API use: {@code planner}, {@code operator}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
