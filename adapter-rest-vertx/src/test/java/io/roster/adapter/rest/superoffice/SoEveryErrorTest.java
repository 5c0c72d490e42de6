package io.roster.adapter.rest.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A body with a value that cannot be read (a date that is none, a type that does not exist, a list
 * item without an Id, an extra field of the wrong type) is answered with every field error of the
 * request at once, those of the rest of the body included. Nothing is saved.
 */
class SoEveryErrorTest {
  private final TestServer server = new TestServer();
  private final SoApi api = new SoApi(server);
  private int id;
  private JsonObject stored;

  @BeforeEach
  void aUser() {
    id = api.user("ada@example.test", "Lovelace");
    stored = api.read(id);
  }

  @AfterEach
  void close() {
    server.close();
  }

  private JsonObject edited() {
    return stored.copy();
  }

  private static void assertNames(HttpResponse<Buffer> response, String... properties) {
    String message = SoApi.assertError(response, 400);
    for (String property : properties) {
      assertThat(message).contains(property + ":");
    }
  }

  @Test
  void a_bad_date_and_a_missing_lastname_are_one_400_naming_both() {
    JsonObject body = edited();
    body.getJsonObject("Person").put("Birthdate", "2025-02-30").putNull("Lastname");

    assertNames(api.put(id, body), "Person.Birthdate", "Person.Lastname");
    assertThat(api.read(id)).isEqualTo(stored);
  }

  @Test
  void an_unknown_type_a_list_item_without_id_and_a_bad_email_are_named_together() {
    JsonObject body =
        edited().put("Type", "Robot").put("OtherGroups", new JsonArray().add(new JsonObject()));
    body.getJsonObject("Person").put("Email", "not an address");

    assertNames(api.put(id, body), "Type", "OtherGroups[0]", "Person.Email");
    assertThat(api.read(id)).isEqualTo(stored);
  }

  @Test
  void a_new_user_with_a_bad_date_and_no_user_name_is_named_with_both_and_nobody_is_created() {
    JsonObject body = SoApi.newUser("grace@example.test", "Hopper");
    body.remove("UserName");
    body.getJsonObject("Person").put("Birthdate", "not a date");

    assertNames(
        api.send(HttpMethod.POST, "/api/v1/User", Map.of(), body.encode()),
        "Person.Birthdate",
        "UserName");
    assertThat(api.get("/api/v1/User").bodyAsJsonObject().getJsonArray("value")).hasSize(2);
  }

  @Test
  void validate_lists_the_unreadable_values_with_the_rest() {
    JsonObject body = edited();
    body.getJsonObject("Person").put("Birthdate", "2025-02-30").putNull("Lastname");

    HttpResponse<Buffer> response =
        api.send(HttpMethod.POST, "/api/v1/User/Validate", Map.of(), body.encode());

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    assertThat(response.bodyAsJsonObject().fieldNames())
        .contains("Person.Birthdate", "Person.Lastname");
  }
}
