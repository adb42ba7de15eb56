package dev.loopline.planner.app;

import dev.loopline.osm.district.Districts;
import dev.loopline.planner.gis.DatabaseException;
import dev.loopline.planner.gis.GisLayers;
import dev.loopline.planner.gis.GisTable;
import dev.loopline.planner.gis.PostgisWriter;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.network.NetworkException;
import dev.loopline.planner.progress.ProgressListener;
import dev.loopline.planner.proposal.NetworkProposal;
import dev.loopline.planner.proposal.Proposal;
import dev.loopline.planner.score.CoverageState;
import dev.loopline.planner.score.Evaluation;
import dev.loopline.planner.score.Evaluator;
import dev.loopline.planner.score.NetworkScoring;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The {@code export --postgis} operation on one open network: its stops, bus route shapes by operator and district,
 * rail, districts, border belt and population cells with their coverage, and proposed new lines with their
 * per-district splits, as PostGIS tables (SRID 4326, spatial indexes, comments) in one schema that QGIS opens
 * directly. Proposals are scored as {@code evaluate} scores them, without accessibility. The schema is replaced in
 * one transaction: a failure or a kill leaves the previous tables intact.
 */
public final class PostgisExportService {
  /** How the export's connection names itself on the server ({@code pg_stat_activity.application_name}). */
  public static final String APPLICATION_NAME = "loopline export";

  private final Network network;

  public PostgisExportService(Network network) {
    this.network = network;
  }

  /**
   * Scores the proposals, builds the tables and writes them.
   *
   * @throws dev.loopline.planner.proposal.ProposalException when a proposal cannot be placed on this network, or
   *     lists changes to existing routes (the tables hold new lines only)
   * @throws NetworkException  when the network was built without districts or population
   * @throws DatabaseException when the database cannot be reached or written, lacks PostGIS, or the schema is not
   *     Loopline's to replace; the database is then unchanged
   */
  public PostgisExportResult export(PostgisExportRequest request, ProgressListener progress) {
    List<Proposal> lines = new ArrayList<>();
    for (NetworkProposal p : request.proposals()) {
      lines.add(p.singleNewLine().orElseThrow(() -> p.error("changes", "lists changes to existing routes; the "
          + "PostGIS export holds new lines only (write a changed network's feed with 'export --out')")));
    }
    Districts districts = network.districts().orElseThrow(() -> new NetworkException(network.dir()
        + ": the network was built without districts; rebuild it with 'loopline build --districts FILE'"));
    Properties props = new Properties();
    props.setProperty("ApplicationName", APPLICATION_NAME);
    String shown = JdbcUrls.redact(request.jdbcUrl());
    try (Connection c = DriverManager.getConnection(request.jdbcUrl(), props)) {
      // Refused before the scoring when the database cannot take the tables.
      PostgisWriter.preflight(c, request.schema());
      LocalDate day = NetworkScoring.defaultDate(network);
      Evaluator evaluator = new Evaluator(NetworkScoring.context(network, day), request.costs(),
          request.simulation(), request.coverage(), null);
      Evaluation evaluation = evaluator.evaluate(lines, progress);
      CoverageState baseline = evaluator.baselineCoverage(progress);
      List<GisTable> tables = new GisLayers(network.feed(), districts, evaluation, evaluator.coverage(), baseline,
          FeedNames.of(network.feed())).tables();
      Map<String, Integer> rows = PostgisWriter.write(c, request.schema(), describe(evaluation, lines), tables,
          progress);
      return new PostgisExportResult(request.schema(), rows);
    } catch (SQLException e) {
      throw new DatabaseException(shown + ": " + oneLine(e) + " (nothing was changed in the database)", e);
    } catch (DatabaseException e) {
      throw new DatabaseException(shown + ": " + e.getMessage(), e);
    }
  }

  private String describe(Evaluation e, List<Proposal> lines) {
    String feed = network.feed().feedInfo() != null && network.feed().feedInfo().version() != null
        ? network.feed().feedInfo().version() : "unversioned";
    return "network " + network.dir().getFileName() + " (" + e.dataSource() + "), feed " + feed + ", scored on "
        + e.date() + ", proposals: " + (lines.isEmpty() ? "none"
        : String.join(", ", lines.stream().map(Proposal::id).toList()));
  }

  private static String oneLine(SQLException e) {
    String m = String.valueOf(e.getMessage()).strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
