package dev.loopline.web;

import dev.loopline.planner.app.NetworkSources;
import dev.loopline.planner.network.Network;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code loopline serve}: the web application on a built network, until the process is stopped. */
@Command(name = "serve",
    header = "Serve the web application (map, trip planner, API) on a built network.", mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {"Serve a network built by 'loopline build' over HTTP: the browser pages and the REST API",
        "(OpenAPI at /v3/api-docs, browsable at /swagger-ui.html). Runs until stopped (Ctrl+C)."})
public final class ServeCommand implements Callable<Integer> {

  @Option(names = "--network", required = true, paramLabel = "DIR", description = "a network built by 'loopline build'")
  Path network;

  @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: ${DEFAULT-VALUE})")
  int port = 8080;

  @Option(names = "--db", paramLabel = "JDBC_URL", description = {"where proposals, their history and jobs are kept",
      "(default: LOOPLINE_DB_URL, else an H2 file beside the network), e.g.",
      "jdbc:postgresql://127.0.0.1:5432/loopline?user=postgres"})
  String db;

  @Option(names = "--feeds", paramLabel = "FEEDS.yaml",
      description = "the district feeds the network was merged from, shown to operators with their validation notices")
  Path feeds;

  @Option(names = "--merge-report", paramLabel = "REPORT.json", description = "the merge's report ('merge --report')")
  Path mergeReport;

  @Option(names = "--proposals", paramLabel = "DIR",
      description = "proposal files to start an empty proposal store with")
  Path proposals;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    java.io.PrintWriter out = spec.commandLine().getOut();
    if (db != null) {
      System.setProperty(LooplineWebApplication.DB_URL_PROPERTY, db);
    }
    out.println("opening the network in " + network.toAbsolutePath().normalize() + " ...");
    out.flush();
    WebServer.start(Network.load(network), new NetworkSources(feeds, mergeReport, proposals), port, out);
    return 0;
  }
}
