package io.roster.adapter.rest.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.roster.domain.customfield.CustomFields;
import io.roster.domain.user.AssociateId;
import io.roster.domain.user.Lifecycle;
import io.roster.domain.user.User;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

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

  private static Element xmlRoot(HttpResponse<Buffer> response) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(response.body().getBytes()))
        .getDocumentElement();
  }

  private static String text(Element parent, String name) {
    return parent.getElementsByTagName(name).item(0).getTextContent();
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

  @Test
  void validate_in_xml_lists_such_text_and_names_a_field_sent_with_a_nul_readably()
      throws Exception {
    JsonObject user = before.bodyAsJsonObject().copy().put("Tooltip", "TOOLTIP");
    user.getJsonObject("CustomFields").put("udf\u0000", "v");
    String body = user.encode().replace("TOOLTIP", "a\\u0000b");

    HttpResponse<Buffer> validated =
        send(HttpMethod.POST, "/api/v1/User/Validate", "application/json", XML, body);

    assertThat(validated.statusCode()).as(validated.bodyAsString()).isEqualTo(200);
    Element root = xmlRoot(validated);
    assertThat(root.getTagName()).isEqualTo("FieldErrors");
    assertThat(root.getTextContent())
        .contains("Tooltip")
        .contains("must not contain the character U+0000")
        .contains("CustomFields.udf\uFFFD");
    assertUnchanged();
  }

  @Test
  void an_error_naming_a_property_sent_with_a_nul_is_written_as_xml() throws Exception {
    String body = before.bodyAsJsonObject().copy().put("Shoe\u0000Size", 44).encode();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("Accept", XML);
    headers.put("Prefer", "handling=strict");

    HttpResponse<Buffer> refused =
        server
            .sendAsync(HttpMethod.PUT, "/api/v1/User/" + id, headers, body)
            .toCompletionStage()
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);

    assertThat(refused.statusCode()).as(refused.bodyAsString()).isEqualTo(400);
    assertThat(refused.getHeader("Content-Type")).startsWith(XML);
    assertThat(text(xmlRoot(refused), "ErrorMessage")).contains("Shoe\uFFFDSize");
    assertUnchanged();
  }

  // answers that cannot be written

  /** {@code udf1} kept as {@code value} directly in the store, as before values were checked. */
  private void keptBeforeTheRule(String value) {
    server
        .ports
        .unitOfWork()
        .inTransaction(
            () -> {
              User stored = server.ports.users().find(AssociateId.of(id)).orElseThrow();
              Lifecycle was = stored.lifecycle();
              User changed =
                  new User(
                      stored.id(),
                      stored.associateId(),
                      stored.login(),
                      stored.person(),
                      stored.privateContact(),
                      stored.hr(),
                      stored.organisation(),
                      stored.access(),
                      new CustomFields(Map.of("udf1", value)),
                      new Lifecycle(
                          was.archived(),
                          was.createdAt(),
                          was.modifiedAt().plusSeconds(1),
                          was.lastLogin(),
                          was.lastLogout(),
                          was.version() + 1));
              server.ports.users().update(stored, changed);
              return null;
            });
  }

  @Test
  void an_xml_answer_that_cannot_be_written_is_a_500_in_xml_not_a_request_left_unanswered()
      throws Exception {
    keptBeforeTheRule("bell\u0007");

    HttpResponse<Buffer> one = send(HttpMethod.GET, "/api/v1/User/" + id, null, XML, null);
    HttpResponse<Buffer> list = send(HttpMethod.GET, "/api/v1/User", null, XML, null);

    for (HttpResponse<Buffer> answer : new HttpResponse[] {one, list}) {
      assertThat(answer.statusCode()).as(answer.bodyAsString()).isEqualTo(500);
      assertThat(answer.getHeader("Content-Type")).startsWith(XML);
      assertThat(answer.getHeader("ETag")).isNull();
      Element root = xmlRoot(answer);
      assertThat(root.getTagName()).isEqualTo("Error");
      assertThat(text(root, "ErrorType")).isEqualTo("InternalError");
    }
    HttpResponse<Buffer> json = send(HttpMethod.GET, "/api/v1/User/" + id, null, null, null);
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.bodyAsJsonObject().getJsonObject("CustomFields").getString("udf1"))
        .isEqualTo("bell\u0007");
  }

  @Test
  void an_error_echoing_a_nul_from_the_path_is_written_as_xml() throws Exception {
    HttpResponse<Buffer> missing = send(HttpMethod.GET, "/api/v1/User/a%00b", null, XML, null);

    assertThat(missing.statusCode()).as(missing.bodyAsString()).isEqualTo(404);
    assertThat(missing.getHeader("Content-Type")).startsWith(XML);
    Element root = xmlRoot(missing);
    assertThat(text(root, "ErrorType")).isEqualTo("NotFound");
    assertThat(text(root, "ErrorMessage")).contains("a\uFFFDb");
    assertThat(send(HttpMethod.GET, "/api/v1/User/a%00b", null, null, null).statusCode())
        .isEqualTo(404);
  }
}
