package io.roster.adapter.rest.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile bodies on the SuperOffice routes: content after the body's value, and text XML 1.0 cannot
 * carry, are a 400 in the dialect's shape that changes nothing; an answer that cannot be written is
 * a 500 in the dialect's shape, never a request left without an answer; an error that echoes such
 * text still reads as XML.
 */
class SoHostileInputTest {
  private static final String XML = "application/xml";
  private static final String MERGE_PATCH = "application/merge-patch+json";

  private final TestServer server = new TestServer();
  private final SoApi api = new SoApi(server);
  private int id;
  private HttpResponse<Buffer> before;

  @BeforeEach
  void aUser() {
    id = api.user("hostile@example.test", "Hostile");
    before = api.get("/api/v1/User/" + id);
    assertThat(before.statusCode()).isEqualTo(200);
  }

  @AfterEach
  void close() {
    server.close();
  }

  /** The request, answered within ten seconds (a request left unanswered fails the test). */
  private HttpResponse<Buffer> send(
      HttpMethod method, String path, String type, String accept, String body) throws Exception {
    Map<String, String> headers = new LinkedHashMap<>();
    if (type != null) {
      headers.put("Content-Type", type);
    }
    if (accept != null) {
      headers.put("Accept", accept);
    }
    return server
        .sendAsync(method, path, headers, body)
        .toCompletionStage()
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
  }

  private HttpResponse<Buffer> put(String type, String body) throws Exception {
    return send(HttpMethod.PUT, "/api/v1/User/" + id, type, null, body);
  }

  /** The user as a GET in XML shows it, with {@code Tooltip} changed. */
  private String userAsXml() throws Exception {
    HttpResponse<Buffer> xml = send(HttpMethod.GET, "/api/v1/User/" + id, null, XML, null);
    assertThat(xml.statusCode()).as(xml.bodyAsString()).isEqualTo(200);
    String nil =
        "<Tooltip xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>";
    assertThat(xml.bodyAsString()).contains(nil);
    return xml.bodyAsString().replace(nil, "<Tooltip>changed</Tooltip>");
  }

  private void assertUnchanged() {
    HttpResponse<Buffer> after = api.get("/api/v1/User/" + id);
    assertThat(after.getHeader("ETag")).isEqualTo(before.getHeader("ETag"));
    assertThat(after.bodyAsJsonObject()).isEqualTo(before.bodyAsJsonObject());
  }

  // content after the body

  @Test
  void xml_with_another_root_element_after_the_user_is_a_400_and_changes_nothing()
      throws Exception {
    String message = SoApi.assertError(put(XML, userAsXml() + "<UserWithLinks/>"), 400);

    assertThat(message)
        .startsWith("The request body is not a valid User")
        .contains("goes on after the end of its root element")
        .doesNotContain("epilog");
    assertUnchanged();
  }

  @Test
  void xml_with_text_after_the_user_is_a_400_and_changes_nothing() throws Exception {
    String xml = userAsXml();

    assertThat(SoApi.assertError(put(XML, xml + "trailing text"), 400))
        .contains("goes on after the end of its root element");
    SoApi.assertError(put("text/xml", xml + "<User><Tooltip>second</Tooltip></User>"), 400);

    assertUnchanged();
  }

  @Test
  void a_post_of_xml_with_content_after_the_user_creates_no_user() throws Exception {
    String xml =
        "<User><UserName>twice@example.test</UserName><Person><Lastname>Twice</Lastname>"
            + "<Email>twice@example.test</Email></Person></User>";

    SoApi.assertError(send(HttpMethod.POST, "/api/v1/User", XML, null, xml + xml), 400);

    assertThat(api.get("/api/v1/User/twice@example.test").statusCode()).isEqualTo(404);
  }

  @Test
  void xml_followed_by_white_space_and_a_comment_is_read() throws Exception {
    HttpResponse<Buffer> put = put(XML, userAsXml() + "\n<!-- sent by a tool -->\n");

    assertThat(put.statusCode()).as(put.bodyAsString()).isEqualTo(200);
    assertThat(api.read(id).getString("Tooltip")).isEqualTo("changed");
  }

  @Test
  void json_with_a_second_value_after_the_user_is_a_400_and_changes_nothing() throws Exception {
    String json = before.bodyAsJsonObject().put("Tooltip", "changed").encode();

    assertThat(SoApi.assertError(put("application/json", json + " {}"), 400))
        .contains("goes on after the end of its JSON value");
    SoApi.assertError(put("application/json", json + " trailing"), 400);
    SoApi.assertError(
        send(
            HttpMethod.PATCH,
            "/api/v1/User/" + id,
            MERGE_PATCH,
            null,
            "{\"Tooltip\": \"changed\"} {\"Tooltip\": \"again\"}"),
        400);

    assertUnchanged();
  }

  // text XML cannot carry

  @Test
  void a_nul_in_a_merge_patch_is_a_400_naming_the_field_and_changes_nothing() throws Exception {
    HttpResponse<Buffer> patched =
        send(
            HttpMethod.PATCH,
            "/api/v1/User/" + id,
            MERGE_PATCH,
            null,
            "{\"CustomFields\": {\"udf1\": \"a\\u0000b\"}}");

    assertThat(SoApi.assertError(patched, 400)).contains("CustomFields.udf1").contains("U+0000");
    assertUnchanged();
    assertThat(send(HttpMethod.GET, "/api/v1/User/" + id, null, XML, null).statusCode())
        .isEqualTo(200);
    assertThat(send(HttpMethod.GET, "/api/v1/User", null, XML, null).statusCode()).isEqualTo(200);
  }

  @Test
  void text_xml_cannot_carry_is_refused_in_every_text_field_at_once() throws Exception {
    JsonObject user = before.bodyAsJsonObject().copy();
    user.put("Tooltip", "TOOLTIP");
    user.getJsonObject("Person").put("Firstname", "FIRSTNAME");
    user.put(
        "Credentials",
        new JsonArray().add(new JsonObject().put("Type", "Ticket").put("DisplayValue", "SHOWN")));
    String body =
        user.encode()
            .replace("TOOLTIP", "\\uffff")
            .replace("FIRSTNAME", "Ada\\u0001")
            .replace("SHOWN", "\\ud800");

    String message = SoApi.assertError(put("application/json", body), 400);

    assertThat(message)
        .contains("Tooltip: must not contain the character U+FFFF")
        .contains("Person.Firstname: must not contain the character U+0001")
        .contains("Credentials[0].DisplayValue: must not contain the character U+D800");
    assertUnchanged();
  }

  @Test
  void a_form_value_with_a_nul_is_a_400_and_changes_nothing() throws Exception {
    String message =
        SoApi.assertError(put("application/x-www-form-urlencoded", "Tooltip=a%00b"), 400);

    assertThat(message).contains("Tooltip").contains("U+0000");
    assertUnchanged();
  }
}
