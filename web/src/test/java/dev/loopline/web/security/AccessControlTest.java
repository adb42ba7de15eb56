package dev.loopline.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopline.web.NetworkConfiguration;
import dev.loopline.web.SampleNetwork;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.AntPathMatcher;

/**
 * Every endpoint the OpenAPI description lists is tried anonymously and with a signed-in user of the wrong role:
 * each one that is not a public read must refuse both (401, then 403, as problem details), so an endpoint added
 * later cannot be left open by mistake. Real accounts from a users file, real bcrypt, the real filter chain.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessControlTest {
  static final String PASSWORD = TestUsers.PASSWORD;

  @Autowired
  MockMvc mvc;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add(NetworkConfiguration.NETWORK_PROPERTY, () -> SampleNetwork.dir().toString());
    registry.add(SecurityConfiguration.USERS_FILE, () -> TestUsers.file().toString());
  }

  /** One operation of the API description. */
  record Operation(HttpMethod method, String path) {
    boolean publicRead() {
      AntPathMatcher m = new AntPathMatcher();
      // Outside /api (pages, map tiles) everything is public; under /api only the listed reads.
      return !path.startsWith("/api/")
          || method == HttpMethod.GET && PublicEndpoints.API_READS.stream().anyMatch(p -> m.match(p, path));
    }

    /** Only operators may change the feeds and merge them; planners get 403 there. */
    boolean operatorsOnly() {
      AntPathMatcher m = new AntPathMatcher();
      return method == HttpMethod.POST && OperatorEndpoints.POSTS.stream().anyMatch(p -> m.match(p, path));
    }

    MockHttpServletRequestBuilder request() {
      String concrete = path.replaceAll("\\{[^}]+}", "x");
      MockHttpServletRequestBuilder r = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
          .request(method, concrete);
      return method == HttpMethod.GET || method == HttpMethod.DELETE ? r
          : r.contentType(MediaType.APPLICATION_JSON).content("{}");
    }
  }

  private List<Operation> operations() throws Exception {
    MvcResult r = mvc.perform(get("/v3/api-docs")).andReturn();
    assertEquals(200, r.getResponse().getStatus(), "the API description is public");
    JsonNode paths = new ObjectMapper().readTree(r.getResponse().getContentAsString()).get("paths");
    List<Operation> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      for (Iterator<String> m = p.getValue().fieldNames(); m.hasNext(); ) {
        out.add(new Operation(HttpMethod.valueOf(m.next().toUpperCase(java.util.Locale.ROOT)), p.getKey()));
      }
    }
    return out;
  }

  @Test
  void everyProtectedEndpointRefusesAnonymousAndWrongRoleUsers() throws Exception {
    List<Operation> ops = operations();
    List<Operation> protectedOps = ops.stream().filter(o -> !o.publicRead()).toList();
    assertTrue(ops.stream().anyMatch(Operation::publicRead), "the public reads are in the description");
    assertTrue(protectedOps.stream().anyMatch(Operation::operatorsOnly), "the feed upload is in the description");
    assertTrue(protectedOps.stream().anyMatch(o -> o.path().startsWith("/api/proposals"))
        && protectedOps.stream().anyMatch(o -> o.path().startsWith("/api/evaluations")), protectedOps.toString());
    List<String> wrong = new ArrayList<>();
    for (Operation o : protectedOps) {
      MvcResult anonymous = mvc.perform(o.request()).andReturn();
      if (anonymous.getResponse().getStatus() != 401
          || !String.valueOf(anonymous.getResponse().getContentType()).startsWith("application/problem+json")) {
        wrong.add(o + " anonymous: " + anonymous.getResponse().getStatus());
      }
      MvcResult resident = mvc.perform(o.request().with(httpBasic("vic", PASSWORD))).andReturn();
      if (resident.getResponse().getStatus() != 403) {
        wrong.add(o + " as a resident: " + resident.getResponse().getStatus());
      }
      MvcResult badPassword = mvc.perform(o.request().with(httpBasic("alice", "guess"))).andReturn();
      if (badPassword.getResponse().getStatus() != 401) {
        wrong.add(o + " with a wrong password: " + badPassword.getResponse().getStatus());
      }
      for (String who : List.of("alice", "olga")) {
        int status = mvc.perform(o.request().with(httpBasic(who, PASSWORD))).andReturn().getResponse().getStatus();
        boolean refused = status == 401 || status == 403;
        boolean mayNot = who.equals("alice") && o.operatorsOnly();
        if (mayNot ? status != 403 : refused) {
          wrong.add(o + " as " + who + ": " + status);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void thePagesCanAskWhoIsSignedIn() throws Exception {
    MvcResult me = mvc.perform(get("/api/me").with(httpBasic("alice", PASSWORD))).andReturn();
    assertEquals(200, me.getResponse().getStatus());
    JsonNode body = new ObjectMapper().readTree(me.getResponse().getContentAsString());
    assertEquals("alice", body.get("name").asText());
    assertEquals("planner", body.get("roles").get(0).asText());
    assertEquals("north", body.get("team").asText());
    assertEquals(401, mvc.perform(get("/api/me")).andReturn().getResponse().getStatus());
  }

  @Test
  void anApiPathNobodyListedIsClosedByDefault() throws Exception {
    for (HttpMethod m : List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE)) {
      Operation o = new Operation(m, "/api/some-endpoint-added-later");
      assertEquals(401, mvc.perform(o.request()).andReturn().getResponse().getStatus(), m.name());
      assertEquals(403, mvc.perform(o.request().with(httpBasic("vic", PASSWORD))).andReturn().getResponse()
          .getStatus(), m.name());
    }
  }

  @Test
  void publicReadsNeedNoSignIn() throws Exception {
    for (Operation o : operations()) {
      if (o.publicRead()) {
        int status = mvc.perform(o.request()).andReturn().getResponse().getStatus();
        assertNotEquals(401, status, o.toString());
        assertNotEquals(403, status, o.toString());
      }
    }
    assertEquals(200, mvc.perform(get("/api/network")).andReturn().getResponse().getStatus());
  }

  @Test
  void aBrowserSessionMustSendTheCsrfTokenWithWhatAnotherSiteCouldForge() throws Exception {
    // A signed-in browser (session, no Authorization header) posting a form without the token: refused, even for a
    // planner. A form or text/plain POST is what another site can make the browser send.
    for (MediaType forgeable : List.of(MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN)) {
      MvcResult without = mvc.perform(request(HttpMethod.POST, "/api/proposals").with(user("alice").roles("PLANNER"))
          .contentType(forgeable).content("{}")).andReturn();
      assertEquals(403, without.getResponse().getStatus(), forgeable.toString());
      assertTrue(without.getResponse().getContentAsString().contains("CSRF"), without.getResponse()
          .getContentAsString());
    }
    MvcResult with = mvc.perform(request(HttpMethod.POST, "/api/proposals").with(user("alice").roles("PLANNER"))
        .with(csrf()).contentType(MediaType.TEXT_PLAIN).content("{}")).andReturn();
    assertNotEquals(403, with.getResponse().getStatus());
    // JSON (and PUT/DELETE) cannot cross sites without a CORS preflight, which this server never grants.
    MvcResult json = mvc.perform(request(HttpMethod.POST, "/api/proposals").with(user("alice").roles("PLANNER"))
        .header("Origin", "https://elsewhere.example").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andReturn();
    assertNotEquals(401, json.getResponse().getStatus());
    MvcResult preflight = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
        .options("/api/proposals").header("Origin", "https://elsewhere.example")
        .header("Access-Control-Request-Method", "POST")).andReturn();
    assertTrue(preflight.getResponse().getHeader("Access-Control-Allow-Origin") == null,
        "no site is allowed to call the API from a browser");
  }

  @Test
  void theSignInPageIsThereAndAFailedSignInSaysNothingAboutWhichPartWasWrong() throws Exception {
    assertEquals(200, mvc.perform(get("/login")).andReturn().getResponse().getStatus());
    MvcResult bad = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
        .param("username", "alice").param("password", "guess").with(csrf())).andReturn();
    assertEquals("/login?error", bad.getResponse().getRedirectedUrl());
    MvcResult good = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
        .param("username", "alice").param("password", PASSWORD).with(csrf())).andReturn();
    assertEquals("/planner.html", good.getResponse().getRedirectedUrl());
  }
}
