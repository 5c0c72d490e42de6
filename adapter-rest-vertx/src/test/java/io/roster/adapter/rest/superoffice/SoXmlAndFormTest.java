package io.roster.adapter.rest.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.roster.domain.reference.ReferenceKind;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** XML and form bodies, XML answers, and the media types refused. */
class SoXmlAndFormTest {
  private final TestServer server = new TestServer();
  private final SoApi api = new SoApi(server);

  @AfterEach
  void close() {
    server.close();
  }

  private HttpResponse<Buffer> send(
      HttpMethod method, String path, String type, String accept, String body) {
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    if (type != null) {
      headers.put("Content-Type", type);
    }
    if (accept != null) {
      headers.put("Accept", accept);
    }
    return api.send(method, path, headers, body);
  }

  private static Document parse(HttpResponse<Buffer> response) throws Exception {
    // The test's own reader, on the server's answer (which has no DOCTYPE).
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes()));
  }

  private static String child(Element parent, String name) {
    for (org.w3c.dom.Node node = parent.getFirstChild();
        node != null;
        node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        return element.getTextContent();
      }
    }
    return null;
  }

  @Test
  void a_get_accepting_xml_answers_the_user_in_xml_with_the_json_property_names() throws Exception {
    int id = api.user("xml@example.test", "Markup");

    HttpResponse<Buffer> response =
        send(HttpMethod.GET, "/api/v1/User/" + id, null, "application/xml", null);

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    assertThat(response.getHeader("Content-Type")).startsWith("application/xml");
    assertThat(response.getHeader("ETag")).isNotBlank();
    Element root = parse(response).getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("UserWithLinks");
    assertThat(child(root, "AssociateId")).isEqualTo(Integer.toString(id));
    assertThat(child(root, "UserName")).isEqualTo("xml@example.test");
    Element person = (Element) root.getElementsByTagName("Person").item(0);
    assertThat(child(person, "Lastname")).isEqualTo("Markup");

    HttpResponse<Buffer> list =
        send(HttpMethod.GET, "/api/v1/User?$top=1", null, "text/xml, application/json", null);
    assertThat(list.getHeader("Content-Type")).startsWith("text/xml");
    assertThat(parse(list).getDocumentElement().getTagName()).isEqualTo("Users");
    assertThat(parse(list).getElementsByTagName("UserWithLinks").getLength()).isEqualTo(1);

    assertThat(
            send(HttpMethod.GET, "/api/v1/User/" + id, null, "*/*", null).getHeader("Content-Type"))
        .startsWith("application/json");
  }

  @Test
  void a_put_of_the_xml_a_get_gave_with_a_change_saves_the_change_and_nothing_else() {
    int id = api.user("roundtrip@example.test", "Trip");
    JsonObject before = api.read(id);
    String xml =
        send(HttpMethod.GET, "/api/v1/User/" + id, null, "application/xml", null).bodyAsString();
    // A null as .NET writes it, which .NET reads back as null (not as an empty string).
    String nil =
        "<Tooltip xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>";
    assertThat(xml).contains(nil);

    HttpResponse<Buffer> put =
        send(
            HttpMethod.PUT,
            "/api/v1/User/" + id,
            "application/xml",
            null,
            xml.replaceFirst(Pattern.quote(nil), "<Tooltip>sent as XML</Tooltip>"));

    assertThat(put.statusCode()).as(put.bodyAsString()).isEqualTo(200);
    JsonObject after = api.read(id);
    assertThat(after.getString("Tooltip")).isEqualTo("sent as XML");
    before.put("Tooltip", "sent as XML");
    after.remove("FieldProperties");
    before.remove("FieldProperties");
    assertThat(after).isEqualTo(before);
  }

  @Test
  void a_post_with_a_user_root_element_in_text_xml_creates_the_user() {
    HttpResponse<Buffer> created =
        send(
            HttpMethod.POST,
            "/api/v1/User",
            "text/xml; charset=utf-8",
            null,
            "<User><UserName>plain@example.test</UserName><Person><Lastname>Plain</Lastname>"
                + "<Email>plain@example.test</Email></Person><Rank>7</Rank></User>");

    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(200);
    JsonObject user = created.bodyAsJsonObject();
    assertThat(user.getJsonObject("Person").getString("Lastname")).isEqualTo("Plain");
    assertThat(user.getInteger("Rank")).isEqualTo(7);
  }

  @Test
  void another_root_element_is_a_400() {
    HttpResponse<Buffer> refused =
        send(
            HttpMethod.POST,
            "/api/v1/User",
            "application/xml",
            null,
            "<Contact><UserName>root@example.test</UserName><Person><Lastname>Root</Lastname>"
                + "<Email>root@example.test</Email></Person></Contact>");

    assertThat(SoApi.assertError(refused, 400))
        .contains("User or UserWithLinks")
        .contains("Contact");
    assertThat(api.get("/api/v1/User/root@example.test").statusCode()).isEqualTo(404);
  }

  @Test
  void a_form_post_creates_a_user_with_nested_properties_by_dots() {
    HttpResponse<Buffer> created =
        send(
            HttpMethod.POST,
            "/api/v1/User",
            "application/x-www-form-urlencoded",
            null,
            "UserName=form%40example.test&Person.Lastname=Form+Filler&Person.Email=form%40example.test&Tooltip=from+a+form&Rank=3");

    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(200);
    JsonObject user = api.read(created.bodyAsJsonObject().getInteger("AssociateId"));
    assertThat(user.getString("UserName")).isEqualTo("form@example.test");
    assertThat(user.getJsonObject("Person").getString("Lastname")).isEqualTo("Form Filler");
    assertThat(user.getString("Tooltip")).isEqualTo("from a form");
    assertThat(user.getInteger("Rank")).isEqualTo(3);
  }

  @Test
  void a_form_names_list_items_by_index_in_either_style() {
    int first = api.number(ReferenceKind.USER_GROUP, 0);
    int second = api.number(ReferenceKind.USER_GROUP, 1);
    int category = api.number(ReferenceKind.TICKET_CATEGORY, 0);

    HttpResponse<Buffer> created =
        send(
            HttpMethod.POST,
            "/api/v1/User",
            "application/x-www-form-urlencoded",
            null,
            "UserName=lists%40example.test&Person.Lastname=Lists&Person.Email=lists%40example.test"
                + "&OtherGroups%5B7%5D.Id="
                + second
                + "&OtherGroups%5B2%5D%5BId%5D="
                + first
                + "&TicketCategories[0].Id="
                + category
                + "&CustomFields.udf1=one");

    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(200);
    JsonObject user = api.read(created.bodyAsJsonObject().getInteger("AssociateId"));
    assertThat(
            user.getJsonArray("OtherGroups").stream().map(g -> ((JsonObject) g).getInteger("Id")))
        .containsExactlyInAnyOrder(first, second);
    assertThat(user.getJsonArray("TicketCategories").getJsonObject(0).getInteger("Id"))
        .isEqualTo(category);
    assertThat(user.getJsonObject("CustomFields").getString("udf1")).isEqualTo("one");
  }

  @Test
  void a_form_field_that_names_no_property_a_list_without_index_or_an_index_too_long_is_a_400() {
    int id = api.user("badform@example.test", "Form");
    JsonObject before = api.read(id);
    String form = "application/x-www-form-urlencoded";

    String notAList =
        SoApi.assertError(
            send(HttpMethod.PUT, "/api/v1/User/" + id, form, null, "OtherGroups=2"), 400);
    String notAnItem =
        SoApi.assertError(
            send(HttpMethod.PUT, "/api/v1/User/" + id, form, null, "OtherGroups[0]=2"), 400);
    String huge =
        SoApi.assertError(
            send(HttpMethod.PUT, "/api/v1/User/" + id, form, null, "OtherGroups[1234567890].Id=2"),
            400);
    String malformed =
        SoApi.assertError(
            send(HttpMethod.PUT, "/api/v1/User/" + id, form, null, "Person..Lastname=x"), 400);
    String wrongItem =
        SoApi.assertError(
            send(HttpMethod.PUT, "/api/v1/User/" + id, form, null, "OtherGroups[7].Id=abc"), 400);
    for (String name :
        new String[] {
          "OtherGroups[0]Id",
          ".Person.Lastname",
          "[Person][Lastname]",
          "OtherGroups[0",
          "Person.Lastname]"
        }) {
      assertThat(
              SoApi.assertError(
                  send(
                      HttpMethod.PUT,
                      "/api/v1/User/" + id,
                      form,
                      null,
                      URLEncoder.encode(name, StandardCharsets.UTF_8) + "=x"),
                  400))
          .as(name)
          .contains(name + ": is not a form field of a User");
    }

    assertThat(notAList)
        .contains("OtherGroups is a list: write OtherGroups[0].Id=")
        .doesNotContain("line");
    assertThat(notAnItem).contains("OtherGroups[0] has properties: write OtherGroups[0].Id=");
    assertThat(huge).contains("OtherGroups[1234567890].Id: is not a form field");
    assertThat(malformed).contains("Person..Lastname");
    assertThat(wrongItem).contains("OtherGroups[7].Id must be a number");
    assertThat(api.read(id)).isEqualTo(before);
  }

  @Test
  void an_xml_body_with_a_doctype_or_an_external_entity_is_a_400_and_changes_nothing() {
    int id = api.user("entity@example.test", "Entity");
    JsonObject before = api.read(id);

    HttpResponse<Buffer> external =
        send(
            HttpMethod.PUT,
            "/api/v1/User/" + id,
            "application/xml",
            null,
            "<?xml version=\"1.0\"?><!DOCTYPE User [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<User><Tooltip>&x;</Tooltip></User>");
    HttpResponse<Buffer> internal =
        send(
            HttpMethod.PUT,
            "/api/v1/User/" + id,
            "application/xml",
            null,
            "<?xml version=\"1.0\"?><!DOCTYPE User [<!ENTITY x \"expanded\">]><User><Tooltip>&x;</Tooltip></User>");

    SoApi.assertError(external, 400);
    SoApi.assertError(internal, 400);
    assertThat(external.bodyAsString()).doesNotContain("root:");
    assertThat(api.read(id)).isEqualTo(before);
  }

  @Test
  void an_accept_of_neither_json_nor_xml_is_406_and_another_body_type_is_415() {
    int id = api.user("types@example.test", "Types");
    JsonObject before = api.read(id);

    SoApi.assertError(send(HttpMethod.GET, "/api/v1/User/" + id, null, "text/html", null), 406);
    assertThat(
            SoApi.assertError(
                send(
                    HttpMethod.PUT,
                    "/api/v1/User/" + id,
                    "text/plain",
                    null,
                    before.copy().put("Tooltip", "x").encode()),
                415))
        .contains("application/xml")
        .contains("application/x-www-form-urlencoded");
    assertThat(api.read(id)).isEqualTo(before);
  }

  @Test
  void errors_are_in_xml_when_the_request_accepts_xml() throws Exception {
    HttpResponse<Buffer> missing =
        send(HttpMethod.GET, "/api/v1/User/99999", null, "application/xml", null);

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.getHeader("Content-Type")).startsWith("application/xml");
    Element root = parse(missing).getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("Error");
    assertThat(child(root, "ErrorType")).isEqualTo("NotFound");
  }
}
