package dev.loopline.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Users files hold bcrypt hashes only; the demo's made-up accounts sign in with the passwords it prints. */
class AccountsTest {
  @TempDir
  Path dir;

  @Test
  void aPlainPasswordIsRefusedNamingTheFileAndTheUser() throws Exception {
    Path f = dir.resolve("users.yaml");
    Files.writeString(f, "users:\n  - name: alice\n    password: secret\n    roles: [planner]\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Accounts.read(f));
    assertTrue(e.getMessage().startsWith(f + ": users[0].password (alice): must be a bcrypt hash"), e.getMessage());
  }

  @Test
  void htpasswdHashesAreTakenAndTheTeamDefaultsToTheUser() throws Exception {
    Path f = dir.resolve("users.yaml");
    // htpasswd -nbB writes $2y$ hashes; Spring's bcrypt reads them.
    String hash = new BCryptPasswordEncoder(BCryptPasswordEncoder.BCryptVersion.$2Y).encode("pw");
    Files.writeString(f, "users:\n  - {name: bo, password: '" + hash + "', roles: Planner}\n");
    Account bo = Accounts.read(f).find("bo").orElseThrow();
    assertEquals(List.of("planner"), bo.roles());
    assertEquals("bo", bo.team());
    assertTrue(new BCryptPasswordEncoder().matches("pw", bo.passwordHash()));
  }

  @Test
  void theDemoAccountsSignInWithThePrintedPasswords() {
    Accounts demo = Accounts.demo();
    assertEquals(List.of("planner", "operator"), List.copyOf(demo.demoPasswords().keySet()));
    for (Account a : demo.all()) {
      String pw = demo.demoPasswords().get(a.name());
      assertTrue(pw.length() >= 12);
      assertTrue(new BCryptPasswordEncoder().matches(pw, a.passwordHash()));
      assertEquals(List.of(a.name()), a.roles());
    }
    assertTrue(!Accounts.demo().demoPasswords().equals(demo.demoPasswords()), "made up anew each time");
  }
}
