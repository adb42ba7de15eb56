package dev.loopline.web.bench;

import dev.loopline.planner.app.NetworkInfoService;
import dev.loopline.planner.bench.BenchmarksPageOption;
import dev.loopline.planner.bench.Goals;
import dev.loopline.planner.bench.MachineInfo;
import dev.loopline.planner.bench.SampleDirOption;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loopline bench web-load}: many residents planning trips at once. Starts the web application on the
 * synthetic sample on a free loopback port, then runs {@code --clients} concurrent clients (each its own HTTP
 * connection, keep-alive, no think time) asking {@code GET /api/plan} for {@code --seconds}; counts every answer that
 * is not a 200 with a plan as an error, and reports latency percentiles, throughput and the heap. Bounded in clients
 * and time, loopback only. Writes the section "Web API under load" of docs/benchmarks.md with {@code --out}.
 */
@Command(name = "web-load",
    header = "Concurrent residents planning trips at the web API (loopback, bounded).",
    mixinStandardHelpOptions = true, sortOptions = false,
    description = {"N concurrent clients plan trips over HTTP for S seconds on the synthetic sample;",
        "writes docs/benchmarks.md, section 'Web API under load'."})
public final class BenchWebLoadCommand implements Callable<Integer> {
  static final String SECTION = "## Web API under load";

  @CommandLine.Mixin
  SampleDirOption sample;

  @Option(names = "--clients", paramLabel = "N", defaultValue = "50", description = "concurrent clients (1..200)")
  int clients;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "60", description = "how long they ask (1..600)")
  int seconds;

  @CommandLine.Mixin
  BenchmarksPageOption page;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (clients < 1 || clients > 200 || seconds < 1 || seconds > 600) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--clients 1..200 and --seconds 1..600");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (BenchServer server = BenchServer.start(sample.workspace(out))) {
      ConfigurableApplicationContext ctx = server.context();
      int port = server.port();
      List<String[]> qs = BenchWebCommand.queries(ctx.getBean(NetworkInfoService.class), 2000);
      String base = "http://127.0.0.1:" + port + "/api/plan?from=";
      // Warm-up: one client, so the first timed requests do not measure class loading and JIT.
      HttpClient warm = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      for (int i = 0; i < 30; i++) {
        warm.send(request(base, qs.get(i)), HttpResponse.BodyHandlers.discarding());
      }
      out.printf("%d clients planning trips for %d s ...%n", clients, seconds);
      out.flush();
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      AtomicLong maxHeap = new AtomicLong();
      List<long[]> latencies = new ArrayList<>();
      Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
      AtomicInteger next = new AtomicInteger();
      CountDownLatch start = new CountDownLatch(1);
      long deadline = System.nanoTime() + seconds * 1_000_000_000L;
      List<Thread> threads = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        long[] mine = new long[200_000];
        latencies.add(mine);
        Thread t = new Thread(() -> {
          HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10)).build();
          int n = 0;
          try {
            start.await();
          } catch (InterruptedException e) {
            return;
          }
          while (System.nanoTime() < deadline && n < mine.length - 1) {
            String[] q = qs.get(Math.floorMod(next.getAndIncrement(), qs.size()));
            long t0 = System.nanoTime();
            try {
              HttpResponse<String> r = http.send(request(base, q), HttpResponse.BodyHandlers.ofString());
              if (r.statusCode() != 200 || !r.body().contains("\"status\"")) {
                errors.computeIfAbsent("HTTP " + r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
              }
            } catch (IOException e) {
              errors.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
            } catch (InterruptedException e) {
              return;
            }
            mine[++n] = System.nanoTime() - t0;
          }
          mine[0] = n;
        }, "load-client-" + c);
        threads.add(t);
        t.start();
      }
      start.countDown();
      while (threads.stream().anyMatch(Thread::isAlive)) {
        maxHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        Thread.sleep(200);
      }
      int total = 0;
      for (long[] l : latencies) {
        total += (int) l[0];
      }
      long[] all = new long[total];
      int k = 0;
      for (long[] l : latencies) {
        for (int i = 1; i <= l[0]; i++) {
          all[k++] = l[i];
        }
      }
      int errorCount = errors.values().stream().mapToInt(AtomicInteger::get).sum();
      String body = render(all, errorCount, new TreeMap<>(errors), maxHeap.get(), peakRss(),
          Runtime.getRuntime().maxMemory(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      page.print(out, SECTION, body);
      return errorCount == 0 ? 0 : 1;
    }
  }

  private static HttpRequest request(String base, String[] q) {
    return HttpRequest.newBuilder(URI.create(base + BenchWebCommand.enc(q[0]) + "&to=" + BenchWebCommand.enc(q[1])
        + "&at=" + BenchWebCommand.enc(q[2]))).timeout(Duration.ofSeconds(120)).build();
  }

  /** The process's peak resident memory (Linux {@code VmHWM}), bytes; -1 elsewhere. */
  private static long peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  private String render(long[] nanos, int errors, Map<String, AtomicInteger> byKind, long heap, long rss,
                        long maxHeap, double loadAverage) {
    MachineInfo m = MachineInfo.current();
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, """
        Run: `./loopline bench web-load` (%d concurrent clients for %d s, each its own keep-alive HTTP connection \
        to 127.0.0.1, no think time, after 30 warm-up requests). %s Measured on a shared machine (system load \
        average at the end: %.1f): the clients run in the server's JVM and compete with it (and with other \
        processes) for the two cores, so the figures are upper bounds. The server runs on the synthetic sample at \
        scale 1; each request is `GET /api/plan` between two random stops 2-15 km apart, leaving between 07:00 and \
        09:00 of the typical weekday, every other option at its default. The server lets %s requests work at once \
        and queues the rest (up to 30 s, then 503: see `OverloadGuard`).

        """, clients, seconds, m.describe().endsWith(".") ? m.describe() : m.describe() + ".", loadAverage,
        "2 × cores"));
    b.append("| measure | synthetic sample, scale 1 | goal |\n|---|---|---|\n");
    b.append(String.format(Locale.ROOT, "| requests answered | %d (%.1f per second) | |%n", nanos.length,
        nanos.length / (double) seconds));
    b.append(String.format(Locale.ROOT, "| errors (not a 200 with a plan) | %d%s | 0: %s |%n", errors,
        byKind.isEmpty() ? "" : " " + byKind, Goals.verdict(errors == 0)));
    b.append(String.format(Locale.ROOT, "| latency p50 / p99 / max, wall | %.0f / %.0f / %.0f ms | |%n",
        BenchWebCommand.pct(nanos, 50), BenchWebCommand.pct(nanos, 99), BenchWebCommand.pct(nanos, 100)));
    b.append(String.format(Locale.ROOT, "| heap used, peak (sampled every 200 ms; server and clients) | %.0f MiB "
        + "of %.0f MiB | |%n", heap / 1048576.0, maxHeap / 1048576.0));
    if (rss > 0) {
      b.append(String.format(Locale.ROOT, "| process resident memory, peak | %.0f MiB | |%n", rss / 1048576.0));
    }
    return b.toString();
  }
}
