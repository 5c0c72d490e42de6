package io.roster.adapter.rest.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.roster.domain.reference.ReferenceKind;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The nested members in SuperOffice's own shapes (Person, Credential and its CredentialType, Role,
 * UserGroup, ModuleLicenseLink, MDOListItem), the forms Roster wrote before still read, members
 * Roster cannot hold, custom field names, and list items named by their type in XML.
 */
class SoShapesTest {
  private static final Map<String, String> STRICT = Map.of("Prefer", "handling=strict");
  private static final String MERGE_PATCH = "application/merge-patch+json";
  private static final String JSON_PATCH = "application/json-patch+json";

  private final TestServer server = new TestServer();
  private final SoApi api = new SoApi(server);
  private int id;

  @BeforeEach
  void a_user_with_groups_role_categories_licences_and_a_password() {
    id = api.user("ada@example.test", "Lovelace");
    JsonObject user =
        api.read(id)
            .put("Role", new JsonObject().put("Id", api.number(ReferenceKind.ROLE, 0)))
            .put("UserGroup", new JsonObject().put("Id", api.number(ReferenceKind.USER_GROUP, 0)))
            .put(
                "OtherGroups",
                new JsonArray()
                    .add(new JsonObject().put("Id", api.number(ReferenceKind.USER_GROUP, 1))))
            .put(
                "TicketCategories",
                new JsonArray()
                    .add(new JsonObject().put("Id", api.number(ReferenceKind.TICKET_CATEGORY, 0))))
            .put(
                "Credentials",
                new JsonArray()
                    .add(new JsonObject().put("Type", "Password").put("Value", "secret")))
            .put("CustomFields", new JsonObject().put("udf1", "one").put("x_shoe_size", "42"));
    user.getJsonObject("Person").put("Firstname", "Ada").put("DirectPhone", "+44 1");
    user.getJsonArray("LicenseOwners")
        .getJsonObject(0)
        .getJsonArray("RestrictedModuleLicenses")
        .getJsonObject(0)
        .put("Assigned", true);
    assertOk(api.put(id, user));
  }

  @AfterEach
  void close() {
    server.close();
  }

  private static JsonObject assertOk(HttpResponse<Buffer> response) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    return response.bodyAsJsonObject();
  }

  private HttpResponse<Buffer> send(HttpMethod method, Map<String, String> headers, String body) {
    return api.send(method, "/api/v1/User/" + id, headers, body);
  }

  private boolean logsOnWith(String password) {
    return server
            .send(
                HttpMethod.GET,
                "/api/v1/User/" + id,
                Map.of("Authorization", TestServer.basic("ada@example.test", password)),
                null)
            .statusCode()
        == 200;
  }

  // Person

  @Test
  void the_person_is_superoffices_person_carrier_with_roster_s_birthdate() {
    JsonObject person = api.read(id).getJsonObject("Person");

    assertThat(person.fieldNames())
        .containsExactly(
            "Position",
            "PersonId",
            "Mrmrs",
            "Firstname",
            "Lastname",
            "MiddleName",
            "Title",
            "Description",
            "Email",
            "FullName",
            "FormalName",
            "DirectPhone",
            "MobilePhone",
            "FaxPhone",
            "CountryId",
            "ContactId",
            "ContactName",
            "ContactDepartment",
            "ContactOrgNr",
            "ContactPhone",
            "ContactFax",
            "ContactFullName",
            "ContactCountryId",
            "Retired",
            "Rank",
            "ActiveInterests",
            "AssociateName",
            "AssociateId",
            "UsePersonAddress",
            "Kanafname",
            "Kanalname",
            "Post1",
            "Post2",
            "Post3",
            "EmailName",
            "ActiveErpLinks",
            "TicketPriorityId",
            "SupportLanguageId",
            "SupportAssociateId",
            "CategoryName",
            "PersonNumber",
            "Birthdate",
            "TableRight",
            "FieldProperties");
    assertThat(person.getString("FullName")).isEqualTo("Ada Lovelace");
    assertThat(person.getString("DirectPhone")).isEqualTo("+44 1");
    assertThat(person.getInteger("PersonId")).isZero();
    assertThat(person.getValue("Retired")).isEqualTo(0);
    assertThat(person.getBoolean("UsePersonAddress")).isFalse();
    assertThat(person.getValue("MiddleName")).isNull();
    assertThat(person.getString("Birthdate")).isEqualTo(SoDates.MIN);

    assertThat(api.send(HttpMethod.DELETE, "/api/v1/User/" + id, Map.of(), null).statusCode())
        .isEqualTo(204);
    assertThat(api.read(id).getJsonObject("Person").getValue("Retired")).isEqualTo(1);
  }

  @Test
  void roster_s_earlier_phone_names_are_read_and_two_different_new_values_are_a_400() {
    JsonObject earlier = api.read(id);
    earlier
        .getJsonObject("Person")
        .put("Phone", "+44 2")
        .put("Mobile", "+44 3")
        .put("Fax", "+44 4");

    JsonObject after = assertOk(api.put(id, earlier)).getJsonObject("Person");

    // DirectPhone still says the stored number: the one that differs counts.
    assertThat(after.getString("DirectPhone")).isEqualTo("+44 2");
    assertThat(after.getString("MobilePhone")).isEqualTo("+44 3");
    assertThat(after.getString("FaxPhone")).isEqualTo("+44 4");
    assertThat(after.containsKey("Phone")).isFalse();

    // A client that only knows the earlier names.
    JsonObject legacy =
        new JsonObject()
            .put("UserName", "ada@example.test")
            .put(
                "Person",
                new JsonObject()
                    .put("Firstname", "Ada")
                    .put("Lastname", "Lovelace")
                    .put("Email", "ada@example.test")
                    .put("Phone", "+44 5")
                    .put("Mobile", null));
    JsonObject legacyAfter = assertOk(api.put(id, legacy)).getJsonObject("Person");
    assertThat(legacyAfter.getString("DirectPhone")).isEqualTo("+44 5");
    assertThat(legacyAfter.getValue("MobilePhone")).isNull();

    JsonObject before = api.read(id);
    JsonObject both = before.copy();
    both.getJsonObject("Person").put("DirectPhone", "+44 6").put("Phone", "+44 7");
    assertThat(SoApi.assertError(api.put(id, both), 400))
        .contains("Person.DirectPhone")
        .contains("Person.Phone");
    assertThat(api.read(id)).isEqualTo(before);
  }

  @Test
  void patches_may_name_the_earlier_phone_members() {
    JsonObject merged =
        assertOk(
            send(
                HttpMethod.PATCH,
                Map.of("Content-Type", MERGE_PATCH),
                "{\"Person\": {\"Mobile\": \"+44 8\", \"DirectPhone\": null}}"));
    assertThat(merged.getJsonObject("Person").getString("MobilePhone")).isEqualTo("+44 8");
    assertThat(merged.getJsonObject("Person").getValue("DirectPhone")).isNull();

    JsonObject patched =
        assertOk(
            send(
                HttpMethod.PATCH,
                Map.of("Content-Type", JSON_PATCH),
                "[{\"op\": \"test\", \"path\": \"/Person/mobile\", \"value\": \"+44 8\"},"
                    + " {\"op\": \"replace\", \"path\": \"/person/Fax\", \"value\": \"+44 9\"}]"));
    assertThat(patched.getJsonObject("Person").getString("FaxPhone")).isEqualTo("+44 9");
  }

  @Test
  void a_birthdate_left_out_is_kept_and_null_or_the_minimum_value_clears_it() {
    JsonObject user = api.read(id);
    user.getJsonObject("Person").put("Birthdate", "1815-12-10T00:00:00");
    assertOk(api.put(id, user));

    JsonObject without = api.read(id);
    without.getJsonObject("Person").remove("Birthdate");
    without.getJsonObject("Person").put("Title", "Countess");
    assertThat(assertOk(api.put(id, without)).getJsonObject("Person").getString("Birthdate"))
        .isEqualTo("1815-12-10T00:00:00");

    JsonObject minimum = api.read(id);
    minimum.getJsonObject("Person").put("Birthdate", "0001-01-01T00:00:00");
    assertThat(assertOk(api.put(id, minimum)).getJsonObject("Person").getString("Birthdate"))
        .isEqualTo(SoDates.MIN);

    user.getJsonObject("Person").put("Birthdate", "1815-12-10");
    assertOk(api.put(id, user));
    JsonObject cleared = api.read(id);
    cleared.getJsonObject("Person").putNull("Birthdate");
    assertThat(assertOk(api.put(id, cleared)).getJsonObject("Person").getString("Birthdate"))
        .isEqualTo(SoDates.MIN);

    assertOk(api.put(id, user));
    assertThat(
            assertOk(
                    send(
                        HttpMethod.PATCH,
                        Map.of("Content-Type", JSON_PATCH),
                        "[{\"op\": \"remove\", \"path\": \"/Person/Birthdate\"}]"))
                .getJsonObject("Person")
                .getString("Birthdate"))
        .isEqualTo(SoDates.MIN);
  }

  @Test
  void members_roster_cannot_hold_are_ignored_and_refused_when_strict() {
    JsonObject before = api.read(id);
    JsonObject body = before.copy();
    body.getJsonObject("Person")
        .put("MiddleName", "Augusta")
        .put("Title", "Countess")
        .put("CountryId", 826)
        .put("UsePersonAddress", true)
        // read-only: derived by SuperOffice itself, ignored even when strict
        .put("FullName", "Augusta Ada King")
        .put("ContactName", "Analytical Engines Ltd")
        .put("Retired", 1);

    String refused =
        SoApi.assertError(
            api.send(HttpMethod.PUT, "/api/v1/User/" + id, STRICT, body.encode()), 400);
    assertThat(refused)
        .contains(
            "Person.MiddleName", "Person.Title", "Person.CountryId", "Person.UsePersonAddress")
        .doesNotContain("FullName")
        .doesNotContain("ContactName")
        .doesNotContain("Retired");
    assertThat(api.read(id)).isEqualTo(before);

    JsonObject ignored = assertOk(api.put(id, body.put("Tooltip", "saved")));
    assertThat(ignored.getString("Tooltip")).isEqualTo("saved");
    assertThat(ignored.getJsonObject("Person").getValue("MiddleName")).isNull();
    assertThat(ignored.getJsonObject("Person").getString("FullName")).isEqualTo("Ada Lovelace");
    assertThat(ignored.getBoolean("Deleted")).isFalse();
  }

  // Credentials

  @Test
  void a_credential_has_superoffices_credential_type_and_an_echo_of_it_keeps_the_secret() {
    HttpResponse<Buffer> read = api.get("/api/v1/User/" + id);
    JsonObject credential = read.bodyAsJsonObject().getJsonArray("Credentials").getJsonObject(0);

    assertThat(credential.fieldNames())
        .containsExactly("Type", "Value", "DisplayValue", "TableRight", "FieldProperties");
    assertThat(credential.getValue("Value")).isNull();
    JsonObject type = credential.getJsonObject("Type");
    assertThat(type.fieldNames())
        .containsExactly(
            "DisplayType",
            "Type",
            "Description",
            "ValueControl",
            "CanCreatePerson",
            "IsUserNameSupported",
            "TableRight",
            "FieldProperties");
    assertThat(type.getString("Type")).isEqualTo("Password");
    assertThat(type.getString("DisplayType")).isEqualTo("Password");
    assertThat(type.getString("ValueControl")).isEqualTo("Password");

    HttpResponse<Buffer> echoed =
        api.send(HttpMethod.PUT, "/api/v1/User/" + id, STRICT, read.bodyAsString());

    assertOk(echoed);
    assertThat(echoed.getHeader("ETag")).isEqualTo(read.getHeader("ETag"));
    assertThat(logsOnWith("secret")).isTrue();
  }

  @Test
  void a_credential_type_is_read_from_its_type_its_display_type_or_a_string() {
    JsonObject user =
        api.read(id)
            .put(
                "Credentials",
                new JsonArray()
                    .add(
                        new JsonObject()
                            .put(
                                "Type",
                                new JsonObject()
                                    .put("DisplayType", "Password")
                                    .put("Type", "Password")
                                    .put("ValueControl", "Password"))
                            .put("Value", "new secret"))
                    .add(
                        new JsonObject()
                            .put(
                                "Type",
                                new JsonObject()
                                    .putNull("Type")
                                    .put("DisplayType", "ActiveDirectory"))
                            .put("DisplayValue", "EXAMPLE\\ada"))
                    .add(new JsonObject().put("Type", "Ticket")));

    JsonArray saved = assertOk(api.put(id, user)).getJsonArray("Credentials");

    assertThat(saved.stream().map(c -> ((JsonObject) c).getJsonObject("Type").getString("Type")))
        .containsExactly("Password", "ActiveDirectory", "Ticket");
    assertThat(saved.getJsonObject(1).getJsonObject("Type").getString("ValueControl"))
        .isEqualTo("Edit");
    assertThat(saved.getJsonObject(1).getString("DisplayValue")).isEqualTo("EXAMPLE\\ada");
    assertThat(logsOnWith("new secret")).isTrue();
  }

  // list items

  @Test
  void role_groups_categories_and_licences_have_superoffices_members() {
    JsonObject user = api.read(id);

    assertThat(user.getJsonObject("Role").fieldNames())
        .containsExactly("Id", "Value", "Tooltip", "TableRight", "FieldProperties");
    assertThat(user.getJsonObject("UserGroup").fieldNames())
        .containsExactly(
            "Value", "Tooltip", "Id", "Rank", "Deleted", "TableRight", "FieldProperties");
    assertThat(user.getJsonArray("OtherGroups").getJsonObject(0).fieldNames())
        .containsExactly(
            "Value", "Tooltip", "Id", "Rank", "Deleted", "TableRight", "FieldProperties");
    assertThat(user.getJsonArray("TicketCategories").getJsonObject(0).fieldNames())
        .containsExactly(
            "Id",
            "Name",
            "ToolTip",
            "Deleted",
            "Rank",
            "Type",
            "ChildItems",
            "IconHint",
            "ColorBlock",
            "ExtraInfo",
            "StyleHint",
            "FullName",
            "TableRight",
            "FieldProperties");
    JsonObject owner = user.getJsonArray("LicenseOwners").getJsonObject(0);
    assertThat(owner.fieldNames())
        .containsExactly(
            "Name",
            "Description",
            "RestrictedModuleLicenses",
            "UnrestrictedModuleLicenses",
            "TableRight",
            "FieldProperties");
    JsonObject licence = owner.getJsonArray("RestrictedModuleLicenses").getJsonObject(0);
    assertThat(licence.fieldNames())
        .containsExactly(
            "Unrestricted",
            "Total",
            "Free",
            "InUse",
            "Tooltip",
            "Name",
            "Description",
            "CanAssign",
            "IsHidden",
            "Assigned",
            "ModuleLicenseId",
            "PrerequisiteModuleName",
            "SortOrder",
            "ExtraFlags",
            "TableRight",
            "FieldProperties");
    assertThat(licence.getBoolean("Assigned")).isTrue();
    assertThat(licence.getBoolean("CanAssign")).isTrue();
    assertThat(licence.getInteger("ModuleLicenseId"))
        .isEqualTo(api.number(ReferenceKind.LICENCE, 0));
    assertThat(licence.getInteger("SortOrder")).isZero();
  }

  @Test
  void a_role_as_roster_wrote_it_with_rank_and_deleted_is_still_read_when_strict() {
    JsonObject user = api.read(id);
    int other = api.number(ReferenceKind.ROLE, 1);
    user.put(
        "Role",
        new JsonObject()
            .put("Id", other)
            .put("Value", "whatever")
            .put("Tooltip", "x")
            .put("Rank", other)
            .put("Deleted", false));

    JsonObject saved =
        assertOk(api.send(HttpMethod.PUT, "/api/v1/User/" + id, STRICT, user.encode()));

    assertThat(saved.getJsonObject("Role").getInteger("Id")).isEqualTo(other);
    assertThat(saved.getJsonObject("Role").containsKey("Rank")).isFalse();
  }

  // custom fields

  @Test
  void a_custom_field_name_that_is_none_is_a_400_naming_it_and_changes_nothing() {
    JsonObject before = api.read(id);

    JsonObject custom = before.copy();
    custom.getJsonObject("CustomFields").put("udf1", "changed").put("ShoeSize", "44");
    String message = SoApi.assertError(api.put(id, custom), 400);
    assertThat(message).contains("CustomFields.ShoeSize").doesNotContain("CustomFields.udf1");
    assertThat(api.read(id)).isEqualTo(before);

    JsonObject extra = before.copy();
    extra.getJsonObject("ExtraFields").put("udf2", "two");
    assertThat(SoApi.assertError(api.put(id, extra), 400)).contains("ExtraFields.udf2");
    assertThat(
            SoApi.assertError(
                send(
                    HttpMethod.PATCH,
                    Map.of("Content-Type", MERGE_PATCH),
                    "{\"CustomFields\": {\"udf101\": \"x\"}}"),
                400))
        .contains("CustomFields.udf101");
    assertThat(api.read(id)).isEqualTo(before);
  }

  // dates

  @Test
  void date_times_never_set_are_the_minimum_value() {
    JsonObject user = api.read(id);
    JsonObject fresh = assertOk(api.get("/api/v1/User/default"));

    for (JsonObject shown : List.of(user, fresh)) {
      assertThat(shown.getString("Lastlogin")).isEqualTo("0001-01-01T00:00:00");
      assertThat(shown.getString("Lastlogout")).isEqualTo("0001-01-01T00:00:00");
      assertThat(shown.getJsonObject("Person").getString("Birthdate"))
          .isEqualTo("0001-01-01T00:00:00");
    }
  }

  // XML

  @Test
  void xml_names_list_items_by_their_type_and_reads_either_name() throws Exception {
    HttpResponse<Buffer> read =
        api.send(HttpMethod.GET, "/api/v1/User/" + id, Map.of("Accept", "application/xml"), null);
    Element root = parse(read.body()).getDocumentElement();

    assertThat(childNames(root, "LicenseOwners")).containsExactly("LicenseOwner");
    Element owner = child(child(root, "LicenseOwners"), "LicenseOwner");
    assertThat(childNames(owner, "RestrictedModuleLicenses")).allMatch("ModuleLicenseLink"::equals);
    assertThat(childNames(root, "OtherGroups")).containsExactly("UserGroup");
    assertThat(childNames(root, "Credentials")).containsExactly("Credential");
    assertThat(childNames(root, "TicketCategories")).containsExactly("MDOListItem");
    assertThat(child(child(child(root, "Credentials"), "Credential"), "Type").getTextContent())
        .contains("Password");
    Element page =
        parse(api.send(HttpMethod.GET, "/api/v1/User", Map.of("Accept", "text/xml"), null).body())
            .getDocumentElement();
    assertThat(childNames(page, "value")).isNotEmpty().allMatch("UserWithLinks"::equals);

    // Put back as read (item names by type), and as Roster wrote lists before (the list's name).
    String xml = read.bodyAsString();
    Map<String, String> asXml = Map.of("Content-Type", "application/xml");
    HttpResponse<Buffer> same =
        send(
            HttpMethod.PUT,
            Map.of("Content-Type", "application/xml", "Prefer", "handling=strict"),
            xml);
    assertThat(same.statusCode()).as(same.bodyAsString()).isEqualTo(200);
    assertThat(same.getHeader("ETag")).isEqualTo(read.getHeader("ETag"));
    String earlier =
        itemsRenamed(itemsRenamed(xml, "OtherGroups", "UserGroup"), "Credentials", "Credential")
            .replaceFirst("<Tooltip [^>]*/>", "<Tooltip>earlier lists</Tooltip>");
    JsonObject saved = assertOk(send(HttpMethod.PUT, asXml, earlier));
    assertThat(saved.getString("Tooltip")).isEqualTo("earlier lists");
    assertThat(saved.getJsonArray("OtherGroups")).hasSize(1);
    assertThat(saved.getJsonArray("Credentials")).hasSize(1);
    assertThat(logsOnWith("secret")).isTrue();
  }

  /** {@code xml} with the items of the list {@code list} named as the list, not {@code item}. */
  private static String itemsRenamed(String xml, String list, String item) {
    int start = xml.indexOf("<" + list + ">");
    int end = xml.indexOf("</" + list + ">", start);
    String items =
        xml.substring(start, end)
            .replace("<" + item + ">", "<" + list + ">")
            .replace("</" + item + ">", "</" + list + ">");
    return xml.substring(0, start) + items + xml.substring(end);
  }

  private static Document parse(Buffer body) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes()));
  }

  private static Element child(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        return element;
      }
    }
    throw new AssertionError(parent.getTagName() + " has no " + name);
  }

  private static List<String> childNames(Element parent, String name) {
    List<String> names = new ArrayList<>();
    for (Node node = child(parent, name).getFirstChild();
        node != null;
        node = node.getNextSibling()) {
      if (node instanceof Element element) {
        names.add(element.getTagName());
      }
    }
    return names;
  }
}
