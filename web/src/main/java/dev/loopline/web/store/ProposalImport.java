package dev.loopline.web.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.loopline.planner.app.ProposalService;
import dev.loopline.planner.proposal.NetworkProposal;
import dev.loopline.planner.proposal.ProposalException;
import dev.loopline.web.NetworkConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Starts an empty proposal store with the proposal files of a folder ({@code serve --proposals DIR}; the demo gives
 * the sample's), so that planners find them on the first page. A store that holds anything is left alone: what
 * planners saved is never overwritten. A file that does not read is skipped with a warning naming it.
 */
@Component
public class ProposalImport implements ApplicationRunner {
  private static final Logger LOG = LoggerFactory.getLogger(ProposalImport.class);

  private final ProposalStore store;
  private final ProposalService proposals;
  private final ObjectMapper json;
  private final String folder;

  public ProposalImport(ProposalStore store, ProposalService proposals, ObjectMapper json,
                        @Value("${" + NetworkConfiguration.PROPOSALS_PROPERTY + ":}") String folder) {
    this.store = store;
    this.proposals = proposals;
    this.json = json;
    this.folder = folder;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (folder.isBlank() || !store.list(ProposalViewer.SYSTEM).isEmpty() || !Files.isDirectory(Path.of(folder))) {
      return;
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(folder))) {
      files = s.filter(p -> p.getFileName().toString().matches(".*\\.(ya?ml|json)$")).sorted().toList();
    }
    YAMLMapper yaml = new YAMLMapper();
    for (Path f : files) {
      try {
        JsonNode doc = f.getFileName().toString().endsWith(".json") ? json.readTree(f.toFile())
            : yaml.readTree(f.toFile());
        NetworkProposal p = proposals.parse(doc);
        store.create(ProposalViewer.SYSTEM, p.id(), p.name(), json.writeValueAsString(doc));
      } catch (IOException | ProposalException e) {
        LOG.warn("{}: not imported: {}", f, e.getMessage());
      }
    }
  }
}
