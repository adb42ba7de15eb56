package dev.loopline.planner.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopline.planner.app.ItineraryJson;
import dev.loopline.planner.app.NetworkInfoService;
import dev.loopline.planner.app.StopMatch;
import dev.loopline.planner.network.Network;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loopline stops}: find a stop by part of its name (the feed's or the English one), its id or its code, to
 * plan from or to it ({@code plan --from LAT,LON}). The same search as the web's stop box.
 */
@Command(name = "stops", header = "Find stops by name (Chinese or English), id or code.",
    mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Stops whose name, English name, id or code contains the text: exact ids and codes first, then",
        "names that start with it, then the rest. Prints id, name, English name, LAT,LON and district."},
    footer = {"", "Exit status: 0 stops found, 1 bad input, 3 no stop matches."})
public final class StopsCommand implements Callable<Integer> {
  @Option(names = "--network", required = true, paramLabel = "DIR", description = "a network built by 'loopline build'")
  Path network;

  @Option(names = "--name", required = true, paramLabel = "TEXT",
      description = "part of a stop name (e.g. 科学城 or Science City), an id or a code")
  String name;

  @Option(names = "--limit", paramLabel = "N", description = "most stops listed, 1 to "
      + NetworkInfoService.MAX_LIMIT + " (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--json", description = "print JSON instead of text")
  boolean json;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<StopMatch> found;
    try (Network net = Network.load(network)) {
      found = new NetworkInfoService(net).searchStops(name, limit);
    }
    if (json) {
      ArrayNode a = ItineraryJson.JSON.createArrayNode();
      for (StopMatch s : found) {
        ObjectNode o = a.addObject();
        o.put("id", s.id());
        o.put("code", s.code());
        o.put("name", s.name());
        o.put("nameEn", s.nameEn());
        o.put("lat", s.lat());
        o.put("lon", s.lon());
        o.put("district", s.district());
      }
      out.println(ItineraryJson.JSON.writeValueAsString(a));
    } else if (found.isEmpty()) {
      out.println("No stop matches '" + name + "'");
    } else {
      for (StopMatch s : found) {
        out.printf(Locale.ROOT, "%s  %s%s  %.6f,%.6f%s%n", s.id(), s.name(),
            s.nameEn() == null || s.nameEn().equals(s.name()) ? "" : " (" + s.nameEn() + ")", s.lat(), s.lon(),
            s.district() == null ? "" : "  " + s.district());
      }
    }
    out.flush();
    return found.isEmpty() ? PlanCommand.NO_ITINERARY : 0;
  }
}
