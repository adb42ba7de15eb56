package dev.loopline.web.security;

import dev.loopline.web.store.ProposalViewer;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in user as the proposal store's viewer: the user's name for the history and the user's team for
 * privacy. Read per call from the request's security context; nobody signed in sees only what is shared.
 */
@Component
public class SignedInViewer implements ProposalViewer {
  private final Accounts accounts;

  public SignedInViewer(Accounts accounts) {
    this.accounts = accounts;
  }

  private static Optional<Authentication> who() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    return a == null || a instanceof AnonymousAuthenticationToken || !a.isAuthenticated() ? Optional.empty()
        : Optional.of(a);
  }

  @Override
  public String name() {
    return who().map(Authentication::getName).orElse("anonymous");
  }

  @Override
  public Optional<String> team() {
    // Nobody signed in belongs to no team: an impossible team name sees the shared proposals only.
    return Optional.of(who().map(a -> accounts.find(a.getName()).map(Account::team).orElse(a.getName()))
        .orElse("\u0000anonymous"));
  }
}
