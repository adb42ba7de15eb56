package dev.loopline.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;

/**
 * The rules of {@link dev.loopline.web.security}: public reads ({@link PublicEndpoints}) and pages open, feed uploads
 * and merges for role {@code operator} ({@link OperatorEndpoints}), every other {@code /api} call for role
 * {@code planner} or {@code operator}; form sign-in for the browser, HTTP Basic for API
 * clients; CSRF tokens in a cookie the pages read; bcrypt passwords.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {
  /** Property naming the users file ({@code LOOPLINE_USERS} in the environment does too). */
  public static final String USERS_FILE = "loopline.users-file";
  /** Property that makes up the demo's accounts (set by {@code demo}). */
  public static final String DEMO_ACCOUNTS = "loopline.demo-accounts";

  @Bean
  public Accounts accounts(@Value("${" + USERS_FILE + ":}") String usersFile,
                           @Value("${" + DEMO_ACCOUNTS + ":false}") boolean demo) {
    String file = StringUtils.hasText(usersFile) ? usersFile : System.getenv("LOOPLINE_USERS");
    if (StringUtils.hasText(file)) {
      return Accounts.read(Path.of(file));
    }
    return demo ? Accounts.demo() : Accounts.of(List.of());
  }

  @Bean
  public PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  @Bean
  public UserDetailsService users(Accounts accounts) {
    InMemoryUserDetailsManager m = new InMemoryUserDetailsManager();
    for (Account a : accounts.all()) {
      m.createUser(User.withUsername(a.name()).password(a.passwordHash())
          .authorities(a.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.toUpperCase(Locale.ROOT)))
              .toList())
          .build());
    }
    return m;
  }

  @Bean
  public SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectMapper json) throws Exception {
    ProblemResponses problems = new ProblemResponses(json);
    RequestMatcher api = new AntPathRequestMatcher("/api/**");
    http.authorizeHttpRequests(a -> {
      for (String path : PublicEndpoints.API_READS) {
        a.requestMatchers(HttpMethod.GET, path).permitAll();
      }
      for (String path : OperatorEndpoints.POSTS) {
        a.requestMatchers(HttpMethod.POST, path).hasRole(Role.OPERATOR.name());
      }
      a.requestMatchers(api).hasAnyRole(Role.PLANNER.name(), Role.OPERATOR.name());
      a.anyRequest().permitAll();
    });
    http.httpBasic(b -> b.authenticationEntryPoint(problems));
    http.formLogin(f -> f.defaultSuccessUrl("/planner.html"));
    http.logout(l -> l.logoutSuccessUrl("/"));
    http.csrf(c -> c.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
        .csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
        // A client that sends its credentials itself (HTTP Basic) is not a browser riding on a cookie. And a request
        // another site could forge without CORS (which this server never allows) is a "simple" one: a form or
        // text/plain POST. JSON bodies and PUT/DELETE make the browser ask first (preflight), so they cannot be
        // forged; the token guards the rest (sign-in, sign-out, uploads, form posts).
        .ignoringRequestMatchers(r -> r.getHeader("Authorization") != null || !forgeable(r)));
    http.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(problems, api).accessDeniedHandler(problems));
    return http.build();
  }

  /** Whether a cross-site page could send this request without a CORS preflight (and so forge it). */
  static boolean forgeable(HttpServletRequest r) {
    String method = r.getMethod();
    if (!"POST".equals(method)) {
      return !"PUT".equals(method) && !"DELETE".equals(method) && !"PATCH".equals(method);
    }
    String type = r.getContentType() == null ? "" : r.getContentType().toLowerCase(Locale.ROOT);
    return type.isEmpty() || type.startsWith("application/x-www-form-urlencoded")
        || type.startsWith("multipart/form-data") || type.startsWith("text/plain");
  }

  /**
   * The token from the {@code X-XSRF-TOKEN} header as the pages send it (raw, read from the cookie), or from a form
   * field masked per request (BREACH protection) for server-rendered forms such as the sign-in page.
   */
  static final class SpaCsrfTokenRequestHandler implements CsrfTokenRequestHandler {
    private final CsrfTokenRequestHandler plain = new CsrfTokenRequestAttributeHandler();
    private final CsrfTokenRequestHandler xor = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                       Supplier<CsrfToken> token) {
      xor.handle(request, response, token);
      token.get(); // render the token now, so the cookie is set on the first page load
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
      String header = request.getHeader(token.getHeaderName());
      return (StringUtils.hasText(header) ? plain : xor).resolveCsrfTokenValue(request, token);
    }
  }
}
