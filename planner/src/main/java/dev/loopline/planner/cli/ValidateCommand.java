package dev.loopline.planner.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopline.gtfs.Notice;
import dev.loopline.gtfs.Severity;
import dev.loopline.planner.app.ValidateRequest;
import dev.loopline.planner.app.ValidateResult;
import dev.loopline.planner.app.ValidateService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code loopline validate FEED}: reads a feed and prints every problem found, one line each, then a summary; with
 * {@code --json}, one JSON document instead. Exits 1 when there is at least one ERROR, so scripts can gate on it.
 */
@Command(name = "validate",
    header = "Check a GTFS feed; exits 1 when there are ERRORs.", mixinStandardHelpOptions = true,
    description = {"Check a GTFS feed: required files and fields, unique ids, references, stop time order,",
        "calendars, unused stops and shapes, implausible speeds. Exits 1 when there are ERRORs."})
public final class ValidateCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FEED", description = "GTFS zip or folder")
  Path feed;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "text encoding of the files, e.g. gbk (default: detected per file)")
  String encoding;

  @Option(names = "--crs", paramLabel = "CRS",
      description = "coordinate system of the feed: wgs84, gcj02 or bd09 (default: ${DEFAULT-VALUE})")
  String crs;

  @Option(names = "--json", description = "print one JSON document instead of lines")
  boolean json;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ValidateResult result = new ValidateService().validate(ValidateRequest.of(feed, crs, encoding));
    List<Notice> notices = result.notices();
    long errors = result.count(Severity.ERROR);
    long warnings = result.count(Severity.WARNING);
    long infos = result.count(Severity.INFO);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.print(toJson(result.source(), notices, errors, warnings, infos));
    } else {
      for (Notice n : notices) {
        out.println(n.format());
      }
      out.println(result.source() + ": " + plural(errors, "error") + ", " + plural(warnings, "warning") + ", "
          + plural(infos, "info") + (errors == 0 ? " - valid" : " - invalid"));
    }
    out.flush();
    return result.valid() ? 0 : CliErrors.FAILED;
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static String toJson(String source, List<Notice> notices, long errors, long warnings, long infos)
      throws java.io.IOException {
    ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    ObjectNode root = mapper.createObjectNode();
    root.put("feed", source);
    root.put("valid", errors == 0);
    ObjectNode summary = root.putObject("summary");
    summary.put("errors", errors);
    summary.put("warnings", warnings);
    summary.put("infos", infos);
    ArrayNode list = root.putArray("notices");
    for (Notice n : notices) {
      ObjectNode o = list.addObject();
      o.put("severity", n.severity().name());
      o.put("code", n.code());
      o.put("file", n.file());
      o.put("line", n.line());
      o.put("field", n.field());
      o.put("message", n.message());
    }
    return mapper.writeValueAsString(root) + System.lineSeparator();
  }
}
