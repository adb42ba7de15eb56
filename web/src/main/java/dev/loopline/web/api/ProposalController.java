package dev.loopline.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopline.planner.app.ProposalCheck;
import dev.loopline.planner.app.ProposalService;
import dev.loopline.planner.proposal.Change;
import dev.loopline.planner.proposal.NetworkProposal;
import dev.loopline.web.store.ProposalStore;
import dev.loopline.web.store.ProposalVersion;
import dev.loopline.web.store.ProposalViewer;
import dev.loopline.web.store.StoredProposal;
import io.swagger.v3.oas.annotations.Operation;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proposals as JSON documents with the fields of the YAML proposal format — a new line ({@code id, name, stops,
 * service, ...}) or changes to existing routes ({@code id, name, changes: [...]}). Saving checks everything that
 * needs no network (fast); {@code validate} also applies the proposal to the network (unknown route and stop ids,
 * routes that do not meet) and says what it would do.
 */
@RestController
public class ProposalController {
  private final ProposalStore store;
  private final ProposalViewer viewer;
  private final ProposalService proposals;
  private final ObjectMapper json;

  public ProposalController(ProposalStore store, ProposalService proposals, ObjectMapper json,
                            ProposalViewer viewer) {
    this.store = store;
    this.viewer = viewer;
    this.proposals = proposals;
    this.json = json;
  }

  /** A proposal in a list. */
  public record ProposalSummary(String id, String name, String nameEn, List<String> changes, Instant created,
                                Instant updated, String team, boolean shared) {}

  @Operation(summary = "Every saved proposal: id, names, kinds of change, when saved")
  @GetMapping("/api/proposals")
  public List<ProposalSummary> list() {
    return store.list(viewer).stream().map(this::summary).toList();
  }

  @Operation(summary = "Save a new proposal (checked without the network); 409 when its id is taken")
  @PostMapping("/api/proposals")
  public ResponseEntity<JsonNode> create(@RequestBody JsonNode body) {
    NetworkProposal p = proposals.parse(body);
    if (!store.create(viewer, p.id(), p.name(), write(body))) {
      throw new ApiException(HttpStatus.CONFLICT, "id", "id: a proposal '" + p.id() + "' exists; PUT /api/proposals/"
          + p.id() + " replaces it");
    }
    return ResponseEntity.created(URI.create("/api/proposals/" + p.id())).body(body);
  }

  @Operation(summary = "One proposal's document")
  @GetMapping("/api/proposals/{id}")
  public JsonNode get(@PathVariable String id) {
    return read(stored(id));
  }

  @Operation(summary = "Replace a proposal's document (its id, if given, must be the one in the path)")
  @PutMapping("/api/proposals/{id}")
  public JsonNode replace(@PathVariable String id, @RequestBody JsonNode body) {
    if (body instanceof ObjectNode o) {
      JsonNode given = o.get("id");
      if (given == null) {
        o.put("id", id);
      } else if (!given.asText().equals(id)) {
        throw ApiException.badRequest("id", "id: '" + given.asText() + "' differs from the proposal in the path, '"
            + id + "' (to rename, POST the new one and DELETE the old)");
      }
    }
    NetworkProposal p = proposals.parse(body);
    if (!store.update(viewer, id, p.name(), write(body))) {
      throw ApiException.notFound("id", "id: no proposal '" + id + "'");
    }
    return body;
  }

  @Operation(summary = "Delete a proposal")
  @DeleteMapping("/api/proposals/{id}")
  public ResponseEntity<Void> delete(@PathVariable String id) {
    if (!store.delete(viewer, id)) {
      throw ApiException.notFound("id", "id: no proposal '" + id + "'");
    }
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Every saved state of a proposal, oldest first (created, updated, shared, deleted), with who"
      + " saved it and when; kept after a deletion")
  @GetMapping("/api/proposals/{id}/history")
  public List<ProposalVersion> history(@PathVariable String id) {
    List<ProposalVersion> h = store.history(viewer, id);
    if (h.isEmpty()) {
      throw ApiException.notFound("id", "id: no proposal '" + id + "'");
    }
    return h;
  }

  /** Whether a proposal is shared beyond its team. */
  public record Sharing(boolean shared) {}

  @Operation(summary = "Share a proposal with every planner and operator, or make it private to its team again"
      + " (only its own team may)")
  @PutMapping("/api/proposals/{id}/shared")
  public Sharing share(@PathVariable String id, @RequestBody Sharing sharing) {
    if (!store.share(viewer, id, sharing.shared())) {
      throw ApiException.notFound("id", "id: no proposal '" + id + "' of your team");
    }
    return sharing;
  }

  @Operation(summary = "Check a proposal against the network without saving it: what it would do to each route, "
      + "with warnings; a mistake is a 400 naming the field")
  @PostMapping("/api/proposals/validate")
  public ProposalCheck validate(@RequestBody JsonNode body) {
    return proposals.check(body);
  }

  /** The saved proposal or a 404 naming it. */
  StoredProposal stored(String id) {
    return store.find(viewer, id).orElseThrow(() -> ApiException.notFound("id", "id: no proposal '" + id + "'"));
  }

  JsonNode read(StoredProposal s) {
    try {
      return json.readTree(s.body());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ProposalSummary summary(StoredProposal s) {
    NetworkProposal p = proposals.parse(read(s));
    return new ProposalSummary(s.id(), p.name(), p.nameEn(), p.changes().stream().map(Change::kind).toList(),
        s.created(), s.updated(), s.team(), s.shared());
  }

  private String write(JsonNode body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
