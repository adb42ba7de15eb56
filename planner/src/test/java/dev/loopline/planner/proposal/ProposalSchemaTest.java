package dev.loopline.planner.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * docs/proposal.schema.json documents what the reader accepts: every key the schema lists must be read, and every key
 * the reader knows must be in the schema, at each level.
 */
class ProposalSchemaTest {
  static JsonNode schema() throws IOException {
    return new ObjectMapper().readTree(Files.readString(Path.of("../docs/proposal.schema.json")));
  }

  static Set<String> keys(JsonNode object) {
    Set<String> out = new TreeSet<>();
    object.get("properties").fieldNames().forEachRemaining(out::add);
    return out;
  }

  /** A definition of the schema ({@code $defs}). */
  static JsonNode def(String name) throws IOException {
    return schema().get("$defs").get(name);
  }

  @Test
  void schemaKeysMatchTheReader() throws IOException {
    JsonNode s = def("line");
    assertEquals(Set.of("id", "name", "name_en", "operator", "circular", "stops", "service", "vehicle", "fare",
        "round_trip_minutes", "layover"), keys(s));
    JsonNode service = def("service");
    assertEquals(Set.of("days", "periods"), keys(service));
    assertEquals(Set.of("from", "to", "headway_min"), keys(def("periods").get("items")));
    assertEquals(Set.of("type", "capacity"), keys(s.get("properties").get("vehicle")));
    assertEquals(Set.of("share", "min_minutes"), keys(s.get("properties").get("layover")));
    JsonNode stopKinds = def("stop").get("oneOf");
    assertEquals(Set.of("stop"), keys(stopKinds.get(0)));
    assertEquals(Set.of("new"), keys(stopKinds.get(1)));
    assertEquals(Set.of("name", "name_en", "lat", "lon"), keys(stopKinds.get(1).get("properties").get("new")));
  }

  @Test
  void everySchemaKeyIsAcceptedAndAnyOtherRefused() throws IOException {
    JsonNode example = new ObjectMapper(new YAMLFactory()).readTree(ProposalReaderTest.EXAMPLE);
    Proposal p = ProposalReader.parse(example, "example.yaml");
    assertEquals("SC-L1", p.id());
    for (String key : keys(def("line"))) {
      assertEquals(true, example.has(key) || key.equals("name_en"), "the example uses " + key);
    }
    ((com.fasterxml.jackson.databind.node.ObjectNode) example).put("colour", "red");
    assertThrows(ProposalException.class, () -> ProposalReader.parse(example, "example.yaml"));
  }

  @Test
  void everyKindOfChangeInTheSchemaHasTheKeysTheReaderAccepts() throws IOException {
    assertEquals(NetworkProposalReader.topKeys(), keys(def("changes")));
    java.util.Set<String> kinds = new java.util.TreeSet<>();
    for (JsonNode ref : def("changes").get("properties").get("changes").get("items").get("oneOf")) {
      String name = ref.get("$ref").asText().replace("#/$defs/", "");
      JsonNode kind = def(name);
      String k = kind.get("properties").get("change").get("const").asText();
      kinds.add(k);
      assertEquals(NetworkProposalReader.keys(k), keys(kind), k);
      for (JsonNode required : kind.get("required")) {
        assertEquals(true, NetworkProposalReader.keys(k).contains(required.asText()), k + "." + required.asText());
      }
    }
    assertEquals(new java.util.TreeSet<>(NetworkProposalReader.kinds()), kinds);
  }
}
