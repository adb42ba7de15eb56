package dev.loopline.planner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.routing.BatchPlanner;
import dev.loopline.planner.routing.TripPlanner;
import dev.loopline.planner.routing.TripRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Multi-criteria {@code plan} against the full OpenTripPlanner 2.9 application on the same 200 Porto Alegre queries,
 * in the same run: Loopline in process (as {@code plan}: 60-minute window, up to 5 itineraries with geometry), then
 * OTP through the shared peer ({@code ../shared/tools/otp-peer/run}: its own JVM and HTTP server, queries one at a
 * time after warm-up). Both at OTP's walking speed. Skipped, saying why, when the peer or a JDK 25 is missing.
 *
 * @param loopP50 Loopline's p50 wall time (ms), the mean of the passes before and after OTP's
 * @param loopP95 Loopline's p95 wall time (ms)
 * @param otpP50  OTP's p50 client wall time (ms, includes its HTTP round trip, about 1 ms); NaN when skipped
 * @param otpP95  OTP's p95
 * @param note    why OTP was skipped, or what ran
 */
record OtpPeerRun(double loopP50, double loopP95, double otpP50, double otpP95, String note) {
  /** OTP's own JDK (the peer needs Java 25). */
  private static final Path OTP_JAVA = Path.of(System.getenv().getOrDefault("OTP_JAVA",
      "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"));

  static OtpPeerRun measure(Network net, Path fixtures, Path workDir, PrintWriter out) throws Exception {
    Path dir = fixtures.resolve("porto-alegre");
    Path queriesCsv = dir.resolve("otp-2.9-answers").resolve("queries-midday.csv");
    Path peer = fixtures.toAbsolutePath().getParent().resolve("tools").resolve("otp-peer").resolve("run");
    List<BatchPlanner.Query> queries = BatchPlanner.read(queriesCsv);
    TripPlanner planner = new TripPlanner(net);
    time(planner, queries);   // warms the JIT up
    Timed before = time(planner, queries);
    double p50 = before.p50Wall;
    double p95 = before.p95Wall;
    if (!Files.isExecutable(peer)) {
      return new OtpPeerRun(p50, p95, Double.NaN, Double.NaN, "OTP skipped: no peer at " + peer);
    }
    if (!Files.isExecutable(OTP_JAVA)) {
      return new OtpPeerRun(p50, p95, Double.NaN, Double.NaN, "OTP skipped: no JDK 25 at " + OTP_JAVA
          + " (set OTP_JAVA)");
    }
    Path results = workDir.toAbsolutePath().resolve("otp-peer-results.csv");
    Files.createDirectories(results.getParent());
    out.println("running OpenTripPlanner 2.9 through " + peer + " (builds its graph once, ~3 min) ...");
    out.flush();
    List<String> cmd = new ArrayList<>(List.of(peer.toString(), dir.toAbsolutePath().toString(), "2019-05-13",
        queriesCsv.toAbsolutePath().toString(), results.toString(), "--warmup", "50"));
    Path log = workDir.toAbsolutePath().resolve("otp-peer.log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(30, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      return new OtpPeerRun(p50, p95, Double.NaN, Double.NaN, "OTP skipped: the peer did not finish in 30 min");
    }
    Path summary = Path.of(results + ".summary.json");
    if (p.exitValue() != 0 || !Files.isRegularFile(summary)) {
      return new OtpPeerRun(p50, p95, Double.NaN, Double.NaN, "OTP skipped: the peer failed (exit "
          + p.exitValue() + ", see " + log + ")");
    }
    JsonNode lat = new ObjectMapper().readTree(summary.toFile()).get("latency_ms");
    // Loopline again right after OTP: on a shared machine the load changes during the minutes OTP runs, so its
    // figure is compared with Loopline's measured on both sides of it.
    Timed after = time(planner, queries);
    return new OtpPeerRun((before.p50Wall + after.p50Wall) / 2, (before.p95Wall + after.p95Wall) / 2,
        lat.get("p50").asDouble(), lat.get("p95").asDouble(),
        String.format(Locale.ROOT, "Loopline measured just before OTP (p50 %.0f ms wall, %.0f ms CPU; system load "
            + "average %.1f) and just after (p50 %.0f ms wall, %.0f ms CPU; load %.1f), the mean of the two compared; "
            + "OTP's latency includes its HTTP round trip (about 1 ms) and is wall time", before.p50Wall,
            before.p50Cpu, before.load, after.p50Wall, after.p50Cpu, after.load));
  }

  /** One timed pass of Loopline's full plan over the queries at OTP's walking speed. */
  private record Timed(double p50Wall, double p95Wall, double p50Cpu, double load) {}

  private static Timed time(TripPlanner planner, List<BatchPlanner.Query> queries) {
    var threads = ManagementFactory.getThreadMXBean();
    long[] wall = new long[queries.size()];
    long[] cpu = new long[queries.size()];
    for (int i = 0; i < queries.size(); i++) {
      BatchPlanner.Query q = queries.get(i);
      TripRequest r = TripRequest.departAt(q.from(), q.to(), q.departure()).withWalkSpeed(1.33);
      long c = threads.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      planner.plan(r);
      wall[i] = System.nanoTime() - t;
      cpu[i] = threads.getCurrentThreadCpuTime() - c;
    }
    return new Timed(pct(wall, 50), pct(wall, 95), pct(cpu, 50),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** The comparison as a small Markdown table with the goal's verdict (p50 at least 3 times faster than OTP). */
  String render() {
    StringBuilder b = new StringBuilder("""

        **Against OpenTripPlanner 2.9** (same run, same 200 Porto Alegre midday queries of \
        `otp-2.9-answers/queries-midday.csv`, walk 1.33 m/s; Loopline's full `plan` in process, OTP's \
        `planConnection` through the peer's HTTP client, one query at a time after warm-up; both on this shared \
        2-core machine). %s.

        | planner | p50 | p95 | goal |
        |---|---|---|---|
        """.formatted(note));
    String verdict = Double.isNaN(otpP50) ? "not measured (OTP skipped)"
        : String.format(Locale.ROOT, "p50 %.1f× faster than OTP (≥ 3×): %s", otpP50 / loopP50,
            Goals.verdict(otpP50 >= 3 * loopP50));
    b.append(String.format(Locale.ROOT, "| Loopline `plan` (multi-criteria) | %.0f ms | %.0f ms | %s |%n", loopP50,
        loopP95, verdict));
    b.append(Double.isNaN(otpP50) ? "| OpenTripPlanner 2.9 | skipped | skipped | |\n"
        : String.format(Locale.ROOT, "| OpenTripPlanner 2.9 | %.0f ms | %.0f ms | |%n", otpP50, otpP95));
    return b.toString();
  }

  private static double pct(long[] nanos, int p) {
    long[] v = nanos.clone();
    Arrays.sort(v);
    int i = Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1);
    return v[Math.max(0, i)] / 1e6;
  }
}
