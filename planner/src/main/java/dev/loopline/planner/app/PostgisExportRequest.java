package dev.loopline.planner.app;

import dev.loopline.planner.gis.PostgisWriter;
import dev.loopline.planner.proposal.NetworkProposal;
import dev.loopline.planner.proposal.SimulationSettings;
import dev.loopline.planner.score.CostModel;
import dev.loopline.planner.score.CoverageSettings;
import java.util.List;
import java.util.Objects;

/**
 * Write the network as PostGIS tables for QGIS, with proposed new lines scored and split by district.
 *
 * @param jdbcUrl    the PostgreSQL database, {@code jdbc:postgresql://host:port/db?user=...}
 * @param schema     the schema to write (replaced as a whole when Loopline wrote it; never another's)
 * @param proposals  new lines to add as proposals (none: the network alone)
 * @param costs      unit costs and fares for the proposals' cost and split
 * @param simulation how the proposals' timetables are derived from their road routes
 * @param coverage   walking distances that count as covered
 */
public record PostgisExportRequest(String jdbcUrl, String schema, List<NetworkProposal> proposals, CostModel costs,
                                   SimulationSettings simulation, CoverageSettings coverage) {
  /** The schema written when none is named. */
  public static final String DEFAULT_SCHEMA = "loopline";

  public PostgisExportRequest {
    if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw InvalidRequestException.of("postgis", "must be a PostgreSQL JDBC URL such as "
          + "jdbc:postgresql://127.0.0.1:5432/gis?user=postgres, got '" + JdbcUrls.redact(jdbcUrl) + "'");
    }
    String problem = PostgisWriter.checkSchemaName(schema);
    if (problem != null) {
      throw InvalidRequestException.of("schema", problem);
    }
    proposals = List.copyOf(proposals);
    Objects.requireNonNull(costs, "costs");
    Objects.requireNonNull(simulation, "simulation");
    Objects.requireNonNull(coverage, "coverage");
  }

  /** Every default but the database, the schema and the proposals. */
  public static PostgisExportRequest of(String jdbcUrl, String schema, List<NetworkProposal> proposals,
                                        SimulationSettings simulation) {
    return new PostgisExportRequest(jdbcUrl, schema == null ? DEFAULT_SCHEMA : schema, proposals,
        CostModel.defaults(), simulation, CoverageSettings.DEFAULTS);
  }
}
