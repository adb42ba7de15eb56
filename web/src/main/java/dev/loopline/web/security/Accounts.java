package dev.loopline.web.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The users who may sign in: read from a users file, or made up for the demo. A users file is YAML:
 * <pre>
 * users:
 *   - name: alice
 *     password: "$2y$10$..."     # bcrypt only, e.g. htpasswd -nbB alice 'secret'
 *     roles: [planner]
 *     team: north                # proposals are private to the team unless shared
 * </pre>
 */
public final class Accounts {
  private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private final Map<String, Account> byName;
  private final Map<String, String> demoPasswords;

  private Accounts(List<Account> accounts, Map<String, String> demoPasswords) {
    Map<String, Account> m = new LinkedHashMap<>();
    for (Account a : accounts) {
      if (m.putIfAbsent(a.name(), a) != null) {
        throw new IllegalStateException("user '" + a.name() + "' is listed twice");
      }
    }
    this.byName = Map.copyOf(m);
    this.demoPasswords = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(demoPasswords));
  }

  public static Accounts of(List<Account> accounts) {
    return new Accounts(accounts, Map.of());
  }

  /**
   * Local accounts for the demo, one per role ({@code planner}, {@code operator}, both in team {@code demo}), with
   * passwords made up now (printed by the demo, never stored).
   */
  public static Accounts demo() {
    SecureRandom random = new SecureRandom();
    BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    List<Account> accounts = new ArrayList<>();
    Map<String, String> passwords = new LinkedHashMap<>();
    for (Role r : Role.values()) {
      StringBuilder pw = new StringBuilder();
      for (int i = 0; i < 12; i++) {
        pw.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      accounts.add(new Account(r.id(), bcrypt.encode(pw), List.of(r.id()), "demo"));
      passwords.put(r.id(), pw.toString());
    }
    return new Accounts(accounts, passwords);
  }

  /**
   * Reads a users file.
   *
   * @throws IllegalArgumentException naming the file and the user when an entry is incomplete or its password is not
   *     a bcrypt hash
   */
  public static Accounts read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read the users file (" + e.getMessage() + ")", e);
    }
    JsonNode users = root == null ? null : root.get("users");
    if (users == null || !users.isArray()) {
      throw new IllegalArgumentException(file + ": users: expected a list of users (name, password, roles, team)");
    }
    List<Account> out = new ArrayList<>();
    int i = 0;
    for (JsonNode u : users) {
      String where = file + ": users[" + i++ + "]";
      String name = text(u, "name");
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException(where + ".name: required");
      }
      String hash = text(u, "password");
      if (hash == null || !BCRYPT.matcher(hash).matches()) {
        throw new IllegalArgumentException(where + ".password (" + name + "): must be a bcrypt hash such as "
            + "'htpasswd -nbB " + name + " PASSWORD' prints after the colon; plain passwords are refused");
      }
      List<String> roles = new ArrayList<>();
      JsonNode r = u.get("roles");
      if (r != null && r.isArray()) {
        r.forEach(x -> roles.add(x.asText().toLowerCase(Locale.ROOT)));
      } else if (r != null && r.isTextual()) {
        roles.add(r.asText().toLowerCase(Locale.ROOT));
      }
      out.add(new Account(name, hash, roles, text(u, "team")));
    }
    return new Accounts(out, Map.of());
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  public List<Account> all() {
    return List.copyOf(byName.values());
  }

  public Optional<Account> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The demo's made-up passwords by user name (empty unless {@link #demo}). */
  public Map<String, String> demoPasswords() {
    return demoPasswords;
  }
}
