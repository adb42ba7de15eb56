package dev.loopline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.planner.app.NetworkSources;
import dev.loopline.planner.cli.UserException;
import dev.loopline.planner.network.Network;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * {@code loopline serve} as the launcher runs it: the server starts on a network, says where it listens and answers
 * there; a bad folder or a busy port is one line and a non-zero exit, never a Spring stack trace. Every server a test
 * starts is closed by it.
 */
class ServeTest {

  @Test
  void serveListensWhereItSaysAndAnswers() throws Exception {
    int port = freePort();
    Path store = SampleNetwork.dir().getParent().resolve("web-store");
    if (java.nio.file.Files.exists(store)) {
      dev.loopline.gtfs.io.AtomicFiles.deleteTree(store);
    }
    StringWriter out = new StringWriter();
    ConfigurableApplicationContext ctx = WebServer.start(Network.load(SampleNetwork.dir()), SampleNetwork.sources(),
        port, new PrintWriter(out, true), true);
    try {
      assertTrue(out.toString().contains("at http://localhost:" + port + "/"), out.toString());
      assertTrue(out.toString().contains("SYNTHETIC SAMPLE"), out.toString());
      HttpResponse<String> r = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/network")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode());
      assertTrue(r.body().contains("\"synthetic\":true"), r.body());
      // The demo prints made-up local accounts and how to sign in; the printed password signs in, another does not.
      java.util.regex.Matcher account = java.util.regex.Pattern.compile("\n\\s+planner / (\\S+)")
          .matcher(out.toString());
      assertTrue(account.find(), out.toString());
      assertTrue(out.toString().contains("http://localhost:" + port + "/login"), out.toString());
      assertEquals(401, get(port, "/api/proposals", "planner", "wrong-password").statusCode());
      // The demo's sources reach the server: the sample's proposals were imported into its (new) store.
      HttpResponse<String> proposals = get(port, "/api/proposals", "planner", account.group(1));
      assertTrue(proposals.body().contains("\"SC-L1\"") && proposals.body().contains("\"SC-W1\""), proposals.body());
    } finally {
      ctx.close();
    }
  }

  private static HttpResponse<String> get(int port, String path, String user, String password) throws Exception {
    String basic = java.util.Base64.getEncoder().encodeToString((user + ":" + password)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aBusyPortIsOneLine() throws Exception {
    try (ServerSocket busy = new ServerSocket(0)) {
      UserException e = assertThrows(UserException.class,
          () -> WebServer.start(Network.load(SampleNetwork.dir()), NetworkSources.NONE, busy.getLocalPort(),
              new PrintWriter(new StringWriter())));
      assertTrue(e.getMessage().contains("port " + busy.getLocalPort() + " is in use"), e.getMessage());
    }
  }

  @Test
  void aMissingNetworkIsOneLineAndExitOne(@TempDir Path empty) {
    StringWriter err = new StringWriter();
    CommandLine cl = LooplineWebMain.commandLine();
    cl.setErr(new PrintWriter(err, true));
    cl.setOut(new PrintWriter(new StringWriter(), true));
    int code = cl.execute("serve", "--network", empty.resolve("nothing").toString());
    assertEquals(1, code);
    assertTrue(err.toString().startsWith("loopline serve: "), err.toString());
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
  }

  @Test
  void demoKeepsItsPrintAndExitForm() {
    StringWriter help = new StringWriter();
    CommandLine cl = LooplineWebMain.commandLine();
    cl.setOut(new PrintWriter(help, true));
    assertEquals(0, cl.execute("demo", "--help"));
    assertTrue(help.toString().contains("--no-serve"), help.toString());
    assertTrue(help.toString().contains("--port"), help.toString());
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
