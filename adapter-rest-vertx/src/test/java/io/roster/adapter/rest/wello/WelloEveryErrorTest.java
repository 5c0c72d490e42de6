package io.roster.adapter.rest.wello;

import static io.roster.adapter.rest.wello.WelloApi.assertInvalid;
import static io.roster.adapter.rest.wello.WelloApi.assertMessage;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A body with a value that cannot be read (a date that is none, a custom field that is no text, an
 * unknown property under {@code Prefer: handling=strict}) is answered with every field error of the
 * request at once: those values and whatever the rest of the body breaks. Nothing is saved.
 */
class WelloEveryErrorTest {
  private final TestServer server = new TestServer();
  private final WelloApi api = new WelloApi(server);

  private String id;
  private HttpResponse<Buffer> stored;

  @BeforeEach
  void aUser() {
    api.organization("OSL", "Oslo");
    id = api.user("ada@example.test", "Lovelace", "OSL").getString("id");
    stored = api.getUser(id);
  }

  @AfterEach
  void close() {
    server.close();
  }

  private JsonObject edited() {
    return WelloApi.ok(stored).copy();
  }

  private void assertUnchanged() {
    HttpResponse<Buffer> read = api.getUser(id);
    assertThat(read.getHeader("ETag")).isEqualTo(stored.getHeader("ETag"));
    assertThat(read.bodyAsJsonObject()).isEqualTo(stored.bodyAsJsonObject());
  }

  @Test
  void a_bad_date_and_a_missing_lastname_are_400_naming_both() {
    JsonObject body = edited().put("birthdate", "2025-02-30");
    body.remove("lastname");

    JsonObject modelState = assertInvalid(api.putUser(id, body), "user.birthdate", "user.lastname");

    assertThat(modelState.fieldNames())
        .containsExactlyInAnyOrder("user.birthdate", "user.lastname");
    assertThat(modelState.getJsonArray("user.lastname").getString(0)).isEqualTo("is required");
    assertUnchanged();
  }

  @Test
  void a_new_user_with_a_bad_date_and_no_lastname_is_400_naming_both_and_nobody_is_created() {
    JsonObject body =
        new JsonObject()
            .put("username", "grace@example.test")
            .put("email", "grace@example.test")
            .put("birthdate", "not a date")
            .put("sales_organization_code", "OSL");

    assertInvalid(server.post("/api/User", body), "user.birthdate", "user.lastname");

    assertThat(
            WelloApi.okArray(server.get("/api/User?$filter=username%20eq%20'grace@example.test'")))
        .isEmpty();
  }

  @Test
  void custom_fields_that_are_no_text_are_named_with_every_other_error() {
    JsonObject body =
        edited()
            .put("udf7", 7)
            .put("udf8", true)
            .put("udf5", "x".repeat(4001))
            .put("email", "not an address");

    assertInvalid(api.putUser(id, body), "user.udf7", "user.udf8", "user.udf5", "user.email");
    assertUnchanged();
  }

  @Test
  void unknown_properties_under_prefer_strict_are_named_with_every_other_error() {
    JsonObject body =
        edited().put("foo", "bar").put("birthdate", "2025-13-01").put("skype", "s".repeat(51));

    HttpResponse<Buffer> response = api.putUser(id, body, "Prefer", "handling=strict");

    assertInvalid(response, "user.foo", "user.birthdate", "user.skype");
    assertUnchanged();
  }

  @Test
  void a_bad_date_and_a_username_taken_are_400_naming_both() {
    api.user("bob@example.test", "Byron", "OSL");
    JsonObject body = edited().put("birthdate", "2025-02-30").put("username", "Bob@Example.test");

    assertInvalid(api.putUser(id, body), "user.birthdate", "user.username");
    assertUnchanged();
  }

  @Test
  void only_the_values_that_cannot_be_read_are_named_when_the_rest_is_valid() {
    JsonObject dated = edited().put("birthdate", "1815-12-10").put("udf7", "seven");
    assertThat(api.putUser(id, dated).statusCode()).isEqualTo(200);
    stored = api.getUser(id);

    JsonObject body = edited().put("birthdate", "no date").put("udf7", 7).put("lastname", "Byron");

    JsonObject modelState = assertInvalid(api.putUser(id, body), "user.birthdate", "user.udf7");
    assertThat(modelState.fieldNames()).containsExactlyInAnyOrder("user.birthdate", "user.udf7");
    assertUnchanged();
  }

  @Test
  void a_bad_date_in_a_put_to_an_unknown_id_is_404_as_any_put_there() {
    HttpResponse<Buffer> response =
        api.send(
            HttpMethod.PUT,
            "/api/User(" + UUID.randomUUID() + ")",
            edited().put("birthdate", "x").encode());

    assertMessage(response, 404);
  }
}
