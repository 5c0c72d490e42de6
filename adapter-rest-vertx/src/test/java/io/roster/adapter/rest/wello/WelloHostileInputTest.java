package io.roster.adapter.rest.wello;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile bodies on the Wello routes: content after the JSON value, and text XML 1.0 cannot carry
 * (which the other dialect could not show), are a 400 naming what is wrong, and change nothing.
 */
class WelloHostileInputTest {
  private final TestServer server = new TestServer();
  private final WelloApi api = new WelloApi(server);
  private String id;
  private HttpResponse<Buffer> before;

  @BeforeEach
  void aUser() {
    api.organization("OSL", "Oslo");
    id = api.user("hostile@example.test", "Hostile", "OSL").getString("id");
    before = api.getUser(id);
  }

  @AfterEach
  void close() {
    server.close();
  }

  private void assertUnchanged() {
    HttpResponse<Buffer> after = api.getUser(id);
    assertThat(after.getHeader("ETag")).isEqualTo(before.getHeader("ETag"));
    assertThat(after.bodyAsJsonObject()).isEqualTo(before.bodyAsJsonObject());
  }

  @Test
  void a_body_with_content_after_its_json_value_is_a_400_and_changes_nothing() {
    String changed = before.bodyAsJsonObject().copy().put("skype", "changed").encode();

    for (String trailing : new String[] {" {\"skype\": \"again\"}", " []", " trailing", "}"}) {
      HttpResponse<Buffer> refused =
          api.send(HttpMethod.PUT, "/api/User(" + id + ")", changed + trailing);
      JsonObject modelState = WelloApi.assertInvalid(refused, "user");
      assertThat(modelState.getJsonArray("user").getString(0)).as(trailing).isNotBlank();
    }
    assertThat(
            WelloApi.assertInvalid(
                    api.send(HttpMethod.PUT, "/api/User(" + id + ")", changed + " {}"), "user")
                .getJsonArray("user")
                .getString(0))
        .startsWith("the body goes on after the end of its JSON value");

    assertUnchanged();
  }

  @Test
  void text_xml_cannot_carry_is_a_400_naming_each_field_and_changes_nothing() {
    String body =
        before
            .bodyAsJsonObject()
            .copy()
            .put("lastname", "LASTNAME")
            .put("notes", "NOTES")
            .put("udf7", "UDF7")
            .encode()
            .replace("LASTNAME", "Love\\u0000lace")
            .replace("NOTES", "bell\\u0007")
            .replace("UDF7", "\\udfff");

    JsonObject modelState =
        WelloApi.assertInvalid(
            api.send(HttpMethod.PUT, "/api/User(" + id + ")", body),
            "user.lastname",
            "user.notes",
            "user.udf7");

    assertThat(modelState.getJsonArray("user.lastname").getString(0))
        .isEqualTo("must not contain the character U+0000");
    assertThat(modelState.getJsonArray("user.udf7").getString(0)).contains("U+DFFF");
    assertUnchanged();
  }

  @Test
  void a_new_user_with_such_text_is_not_created() {
    String body =
        new JsonObject()
            .put("username", "nul@example.test")
            .put("lastname", "Nul")
            .put("email", "nul@example.test")
            .put("sales_organization", new JsonObject().put("code", "NUL").put("name", "NAME"))
            .encode()
            .replace("NAME", "Zero\\u0000");

    WelloApi.assertInvalid(
        api.send(HttpMethod.POST, "/api/User", body), "user.sales_organization.name");

    assertThat(WelloApi.okArray(server.get("/api/User")).size()).isEqualTo(2);
    assertThat(WelloApi.okArray(server.get("/api/SalesOrganization")).encode())
        .doesNotContain("NUL");
  }

  @Test
  void a_sales_organization_with_such_text_is_a_400() {
    String body =
        new JsonObject()
            .put("code", "CTL")
            .put("name", "Control")
            .put("city", "CITY")
            .encode()
            .replace("CITY", "\\u001b[31m");

    WelloApi.assertInvalid(
        api.send(HttpMethod.POST, "/api/SalesOrganization", body), "sales_organization.city");
  }
}
