package io.roster.adapter.rest.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.roster.adapter.rest.superoffice.patch.Patches;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An integer property takes whole numbers only: a fraction (or any JSON number written with a
 * fraction or an exponent, {@code 1.0} too) is a 400 naming the property, in every body type, and
 * nothing changes.
 */
class SoWholeNumbersTest {
  private final TestServer server = new TestServer();
  private final SoApi api = new SoApi(server);

  @AfterEach
  void close() {
    server.close();
  }

  private HttpResponse<Buffer> put(int id, String type, String body) {
    return api.send(HttpMethod.PUT, "/api/v1/User/" + id, Map.of("Content-Type", type), body);
  }

  @Test
  void a_json_rank_with_a_fraction_is_a_400_naming_rank_and_changes_nothing() {
    int id = api.user("fraction@example.test", "Fraction");
    JsonObject before = api.read(id);

    for (String rank : new String[] {"1.5", "1.0", "1e0", "-0.5"}) {
      String body = api.read(id).put("Rank", 0).encode().replace("\"Rank\":0", "\"Rank\":" + rank);

      String message = SoApi.assertError(put(id, SoApi.JSON, body), 400);

      assertThat(message).as(rank).contains("Rank: must be a whole number");
    }
    assertThat(api.read(id)).isEqualTo(before);
  }

  @Test
  void a_whole_json_rank_is_still_taken() {
    int id = api.user("whole@example.test", "Whole");

    HttpResponse<Buffer> response = api.put(id, api.read(id).put("Rank", 4));

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    assertThat(api.read(id).getInteger("Rank")).isEqualTo(4);
  }

  @Test
  void a_fraction_in_a_list_item_or_a_merge_patch_is_a_400_naming_the_property() {
    int id = api.user("items@example.test", "Items");
    JsonObject before = api.read(id);
    int group = api.number(io.roster.domain.reference.ReferenceKind.USER_GROUP, 0);

    String item =
        SoApi.assertError(
            api.send(
                HttpMethod.PUT,
                "/api/v1/User/" + id,
                Map.of(),
                "{\"UserName\": \"items@example.test\", \"Person\": {\"Lastname\": \"Items\"}, \"OtherGroups\": [{\"Id\": "
                    + group
                    + ".5}]}"),
            400);
    String patched =
        SoApi.assertError(
            api.send(
                HttpMethod.PATCH,
                "/api/v1/User/" + id,
                Map.of("Content-Type", Patches.MERGE_PATCH),
                "{\"Rank\": 2.5}"),
            400);

    assertThat(item).contains("OtherGroups.[0].Id: must be a whole number");
    assertThat(patched).contains("Rank: must be a whole number");
    assertThat(api.read(id)).isEqualTo(before);
  }

  @Test
  void a_fraction_in_an_xml_or_a_form_body_is_a_400_naming_rank() {
    int id = api.user("markup@example.test", "Markup");
    JsonObject before = api.read(id);

    String xml =
        SoApi.assertError(
            put(
                id,
                "application/xml",
                "<User><UserName>markup@example.test</UserName><Rank>1.5</Rank></User>"),
            400);
    String form =
        SoApi.assertError(
            put(id, "application/x-www-form-urlencoded", "UserName=markup%40example.test&Rank=1.5"),
            400);

    assertThat(xml).contains("Rank: must be a whole number");
    assertThat(form).contains("Rank must be a whole number");
    assertThat(api.read(id)).isEqualTo(before);
  }

  @Test
  void text_that_is_no_number_is_still_told_it_must_be_a_number() {
    int id = api.user("text@example.test", "Text");

    String form =
        SoApi.assertError(
            put(id, "application/x-www-form-urlencoded", "UserName=text%40example.test&Rank=abc"),
            400);

    assertThat(form).contains("Rank must be a number");
  }
}
