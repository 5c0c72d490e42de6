package io.roster.adapter.rest.superoffice.patch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonSizeTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "1                                             | 0",
        "'text'                                        | 0",
        "null                                          | 0",
        "true                                          | 0",
        "-12.5                                         | 0",
        "{}                                            | 1",
        "[]                                            | 1",
        "{'a':1}                                       | 1",
        "[1,'b',null,false]                            | 1",
        "{'a':{'b':[1,{'c':[]}]},'d':'e'}              | 5",
        "{'Person':{'Firstname':'Ann'},'Groups':[{'Id':1},{'Id':2}]} | 3",
      })
  void theLengthIsThatOfTheCompactJsonAndTheDepthCountsContainers(String json, int depth)
      throws Exception {
    JsonNode node = MAPPER.readTree(json.replace('\'', '"'));

    assertThat(JsonSize.of(node).length()).isEqualTo(MAPPER.writeValueAsString(node).length());
    assertThat(JsonSize.of(node).depth()).isEqualTo(depth);
  }
}
