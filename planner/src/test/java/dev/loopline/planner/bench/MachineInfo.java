package dev.loopline.planner.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the figures were measured on: they mean little without it. */
public record MachineInfo(String cpu, int cores, long memoryBytes, String jdk, long maxHeapBytes, String os,
                          double loadAverage) {

  public static MachineInfo current() {
    String cpu = "unknown CPU";
    long memory = 0;
    try {
      Path cpuinfo = Path.of("/proc/cpuinfo");
      if (Files.isReadable(cpuinfo)) {
        cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name")).findFirst()
            .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
      }
      Path meminfo = Path.of("/proc/meminfo");
      if (Files.isReadable(meminfo)) {
        memory = Files.readAllLines(meminfo).stream().filter(l -> l.startsWith("MemTotal:")).findFirst()
            .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024).orElse(0L);
      }
    } catch (IOException | RuntimeException e) {
      // The description is a courtesy; an unreadable /proc just leaves it vaguer.
    }
    String jdk = System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
        + Runtime.version();
    String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch");
    double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return new MachineInfo(cpu, Runtime.getRuntime().availableProcessors(), memory, jdk,
        Runtime.getRuntime().maxMemory(), os, load);
  }

  /** One sentence for a benchmark page. */
  public String describe() {
    return String.format(Locale.ROOT, "%s, %d cores, %.0f GiB RAM; %s, max heap %.1f GiB; %s", cpu, cores,
        memoryBytes / (double) (1L << 30), jdk, maxHeapBytes / (double) (1L << 30), os);
  }
}
