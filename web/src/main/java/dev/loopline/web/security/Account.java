package dev.loopline.web.security;

import java.util.List;
import java.util.Objects;

/**
 * One user who may sign in.
 *
 * @param name         the sign-in name
 * @param passwordHash a bcrypt hash ({@code $2a$}/{@code $2b$}/{@code $2y$}, e.g. from {@code htpasswd -nbB}),
 *                     never the password itself
 * @param roles        role names ({@code planner}, {@code operator}; others grant nothing)
 * @param team         the team whose private proposals the user shares (defaults to the user's own name)
 */
public record Account(String name, String passwordHash, List<String> roles, String team) {
  public Account {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(passwordHash, "passwordHash");
    roles = List.copyOf(roles);
    team = team == null || team.isBlank() ? name : team;
  }
}
