package dev.loopline.web.security;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is signed in, for the pages: they show the user and the planning tools, or a sign-in link when this answers
 * 401.
 */
@RestController
public class SignedInController {
  private final Accounts accounts;

  public SignedInController(Accounts accounts) {
    this.accounts = accounts;
  }

  /** The signed-in user: name, roles ({@code planner}, {@code operator}, ...) and team. */
  public record SignedIn(String name, List<String> roles, String team) {}

  @GetMapping("/api/me")
  public SignedIn me(Authentication who) {
    List<String> roles = who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .map(a -> a.startsWith("ROLE_") ? a.substring(5).toLowerCase(java.util.Locale.ROOT) : a).sorted().toList();
    return new SignedIn(who.getName(), roles, accounts.find(who.getName()).map(Account::team).orElse(who.getName()));
  }
}
