package io.roster.adapter.rest.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.roster.application.port.in.Role;
import io.roster.domain.reference.ReferenceKind;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The routes of the SuperOffice User agent and the UserWithLinks they answer. */
class SoUserRoutesTest {
  private final TestServer server = new TestServer();
  private final SoApi api = new SoApi(server);

  @AfterEach
  void close() {
    server.close();
  }

  private static String seed() throws IOException {
    try (InputStream in =
        SoUserRoutesTest.class.getResourceAsStream("/superoffice/seed-user.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void the_seeds_sample_request_updates_a_user_and_a_get_shows_what_was_sent() throws IOException {
    int id = api.user("seed@example.test", "Seed");
    JsonObject before = api.read(id);
    int group = api.number(ReferenceKind.USER_GROUP, 0);
    int category = api.number(ReferenceKind.TICKET_CATEGORY, 0);
    // Only the ids that must exist and the custom field names (the sample's are no custom fields)
    // are replaced; the rest is the seed's sample as it is.
    String body =
        seed()
            .replace("\"Id\": 208", "\"Id\": " + group)
            .replace("\"Id\": 250", "\"Id\": " + category)
            .replace("\"CustomFields1\"", "\"udf1\"")
            .replace("\"CustomFields2\"", "\"udf2\"")
            .replace("\"ExtraFields1\": \"non\",\n\"ExtraFields2\": \"voluptas\"", "");

    HttpResponse<Buffer> put = api.send(HttpMethod.PUT, "/api/v1/User/" + id, Map.of(), body);

    assertThat(put.statusCode()).as(put.bodyAsString()).isEqualTo(200);
    assertThat(put.getHeader("ETag")).isNotBlank();
    JsonObject after = api.read(id);
    assertThat(put.bodyAsJsonObject()).isEqualTo(after);
    JsonObject sent = new JsonObject(body);
    assertThat(after.getInteger("AssociateId")).isEqualTo(id);
    for (String property :
        new String[] {
          "Name",
          "Rank",
          "Tooltip",
          "Deleted",
          "EjUserId",
          "RequestSignature",
          "Type",
          "IsPersonRetired",
          "IsOnTravel",
          "UserName",
          "NickName",
          "WaitingForApproval"
        }) {
      assertThat(after.getValue(property)).as(property).isEqualTo(sent.getValue(property));
    }
    assertThat(after.getJsonArray("OtherGroups")).hasSize(1);
    assertThat(after.getJsonArray("OtherGroups").getJsonObject(0).getInteger("Id"))
        .isEqualTo(group);
    assertThat(after.getJsonArray("TicketCategories").getJsonObject(0).getInteger("Id"))
        .isEqualTo(category);
    // The same credential twice counts once; it has no type, so it is a password; its value is
    // never shown.
    assertThat(after.getJsonArray("Credentials")).hasSize(1);
    JsonObject credential = after.getJsonArray("Credentials").getJsonObject(0);
    assertThat(credential.getJsonObject("Type").getString("Type")).isEqualTo("Password");
    assertThat(credential.getValue("Value")).isNull();
    assertThat(credential.getString("DisplayValue")).isEqualTo("harum");
    assertThat(after.getJsonObject("CustomFields").getMap())
        .containsExactly(java.util.Map.entry("udf1", "hic"), java.util.Map.entry("udf2", "aut"));
    // Null entities are kept as stored; the lists of licences without names change nothing.
    // (the sample says Deleted, so the person is Retired)
    assertThat(after.getJsonObject("Person"))
        .isEqualTo(before.getJsonObject("Person").copy().put("Retired", 1));
    assertThat(after.getJsonArray("LicenseOwners")).isEqualTo(before.getJsonArray("LicenseOwners"));
    // Read-only properties of the request are ignored.
    assertThat(after.getString("Lastlogin")).isEqualTo("0001-01-01T00:00:00");
    assertThat(after.getJsonArray("PostSaveCommands")).isEmpty();
  }

  @Test
  void the_seeds_sample_request_as_it_is_is_a_400_naming_its_custom_field_names()
      throws IOException {
    int id = api.user("seed@example.test", "Seed");
    JsonObject before = api.read(id);

    HttpResponse<Buffer> put = api.send(HttpMethod.PUT, "/api/v1/User/" + id, Map.of(), seed());

    assertThat(SoApi.assertError(put, 400))
        .contains("CustomFields.CustomFields1", "CustomFields.CustomFields2")
        .contains("ExtraFields.ExtraFields1", "ExtraFields.ExtraFields2")
        // and, in the same answer, the list items the sample names that do not exist
        .contains("OtherGroups[0]", "TicketCategories[0]");
    assertThat(api.read(id)).isEqualTo(before);
  }

  @Test
  void a_user_shows_every_property_of_the_seeds_response_with_rights_and_links() {
    int id = api.user("ada@example.test", "Lovelace");

    JsonObject user = api.read(id);

    assertThat(user.fieldNames())
        .containsExactly(
            "AssociateId",
            "Name",
            "Rank",
            "Tooltip",
            "LicenseOwners",
            "Role",
            "UserGroup",
            "OtherGroups",
            "Person",
            "Deleted",
            "Lastlogin",
            "Lastlogout",
            "EjUserId",
            "RequestSignature",
            "Type",
            "IsPersonRetired",
            "IsOnTravel",
            "Credentials",
            "UserName",
            "TicketCategories",
            "NickName",
            "WaitingForApproval",
            "ExtraFields",
            "CustomFields",
            "PostSaveCommands",
            "TableRight",
            "FieldProperties",
            "_Links");
    assertThat(user.getString("Type")).isEqualTo("InternalAssociate");
    assertThat(user.getJsonObject("Person").getString("Lastname")).isEqualTo("Lovelace");
    JsonObject owner = user.getJsonArray("LicenseOwners").getJsonObject(0);
    assertThat(owner.getString("Name")).isEqualTo("Roster");
    assertThat(owner.getJsonArray("RestrictedModuleLicenses")).isNotEmpty();
    assertThat(
            owner.getJsonArray("RestrictedModuleLicenses").getJsonObject(0).getBoolean("Assigned"))
        .isFalse();
    String base = "http://127.0.0.1:";
    assertThat(user.getJsonObject("_Links").getString("Self"))
        .startsWith(base)
        .endsWith("/api/v1/User/" + id);
    assertThat(user.getJsonObject("_Links").getString("Archive"))
        .startsWith(base)
        .endsWith("/api/v1/User");
    JsonObject name = user.getJsonObject("FieldProperties").getJsonObject("Name");
    assertThat(name.getString("FieldType")).isEqualTo("System.String");
    assertThat(name.getInteger("FieldLength")).isEqualTo(50);
    assertThat(
            user.getJsonObject("FieldProperties")
                .getJsonObject("UserName")
                .getJsonObject("FieldRight")
                .getString("Mask"))
        .isEqualTo("Read, Write, UIHintMandatory");
  }

  @Test
  void a_user_is_found_by_its_user_name_when_the_id_is_no_number_and_paths_ignore_case() {
    int id = api.user("grace@example.test", "Hopper");

    HttpResponse<Buffer> byName = api.get("/API/V1/user/grace@example.test");

    assertThat(byName.statusCode()).as(byName.bodyAsString()).isEqualTo(200);
    assertThat(byName.bodyAsJsonObject().getInteger("AssociateId")).isEqualTo(id);
  }

  @Test
  void a_put_replaces_what_the_dialect_shows_and_property_names_ignore_case() {
    int id = api.user("linus@example.test", "Torvalds");
    int group = api.number(ReferenceKind.USER_GROUP, 1);
    int role = api.number(ReferenceKind.ROLE, 0);
    JsonObject body = api.read(id);
    body.remove("Name");
    body.remove("UserGroup");
    body.put("name", "LT")
        .put("USERGROUP", new JsonObject().put("Id", group))
        .put("Role", new JsonObject().put("Id", role))
        .put(
            "Person",
            new JsonObject()
                .put("Firstname", "Linus")
                .put("Lastname", "Torvalds")
                .put("Email", "linus@example.test")
                .put("Birthdate", "1969-12-28"))
        .put("CustomFields", new JsonObject().put("udf3", "three").put("x_shoe_size", "44"))
        .put(
            "Credentials",
            new JsonArray().add(new JsonObject().put("Type", "Password").put("Value", "secret")))
        .put(
            "LicenseOwners",
            new JsonArray()
                .add(
                    new JsonObject()
                        .put("Name", "Roster")
                        .put(
                            "RestrictedModuleLicenses",
                            new JsonArray()
                                .add(new JsonObject().put("Name", "crm").put("Assigned", true)))));

    HttpResponse<Buffer> put = api.put(id, body);

    assertThat(put.statusCode()).as(put.bodyAsString()).isEqualTo(200);
    JsonObject after = api.read(id);
    assertThat(after.getString("Name")).isEqualTo("LT");
    assertThat(after.getJsonObject("UserGroup").getInteger("Id")).isEqualTo(group);
    assertThat(after.getJsonObject("Role").getInteger("Id")).isEqualTo(role);
    assertThat(after.getJsonObject("Person").getString("Birthdate"))
        .isEqualTo("1969-12-28T00:00:00");
    assertThat(after.getJsonObject("CustomFields").getMap())
        .containsEntry("udf3", "three")
        .containsEntry("x_shoe_size", "44");
    assertThat(after.getJsonObject("ExtraFields").getMap()).containsOnlyKeys("x_shoe_size");
    assertThat(after.getJsonArray("Credentials").getJsonObject(0).getValue("Value")).isNull();
    assertThat(
            after
                .getJsonArray("LicenseOwners")
                .getJsonObject(0)
                .getJsonArray("RestrictedModuleLicenses")
                .stream()
                .map(JsonObject.class::cast)
                .filter(l -> l.getBoolean("Assigned"))
                .map(l -> l.getString("Name")))
        .containsExactly("crm");
    assertThat(server.useCases.authenticate()).isNotNull();

    // A credential sent again without a value keeps its secret: the user still logs on with it.
    api.put(id, after);
    HttpResponse<Buffer> asUser =
        server.send(
            HttpMethod.GET,
            "/api/v1/User/" + id,
            Map.of("Authorization", TestServer.basic("linus@example.test", "secret")),
            null);
    assertThat(asUser.statusCode()).as(asUser.bodyAsString()).isEqualTo(200);

    // An empty list clears a list; a null entity is left as stored.
    HttpResponse<Buffer> cleared =
        api.put(
            id,
            api.read(id)
                .put("OtherGroups", new JsonArray())
                .putNull("UserGroup")
                .put("CustomFields", new JsonObject())
                .putNull("Person"));
    assertThat(cleared.statusCode()).as(cleared.bodyAsString()).isEqualTo(200);
    JsonObject last = api.read(id);
    assertThat(last.getJsonObject("UserGroup").getInteger("Id")).isEqualTo(group);
    assertThat(last.getJsonObject("Person").getString("Firstname")).isEqualTo("Linus");
    assertThat(last.getJsonObject("CustomFields").getMap()).isEmpty();
  }

  @Test
  void a_post_creates_a_user_and_answers_200_with_it() {
    HttpResponse<Buffer> created =
        api.send(
            HttpMethod.POST,
            "/api/v1/User",
            Map.of(),
            SoApi.newUser("new@example.test", "New").encode());

    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(200);
    int id = created.bodyAsJsonObject().getInteger("AssociateId");
    assertThat(id).isPositive();
    assertThat(created.getHeader("ETag")).isNotBlank();
    assertThat(api.read(id).getString("UserName")).isEqualTo("new@example.test");
  }

  @Test
  void delete_archives_the_user_it_stays_readable_and_leaves_the_list() {
    int id = api.user("gone@example.test", "Gone");

    HttpResponse<Buffer> deleted =
        api.send(HttpMethod.DELETE, "/api/v1/User/" + id, Map.of(), null);

    assertThat(deleted.statusCode()).as(deleted.bodyAsString()).isEqualTo(204);
    JsonObject user = api.read(id);
    assertThat(user.getBoolean("Deleted")).isTrue();
    assertThat(user.getBoolean("IsPersonRetired")).isTrue();
    assertThat(ids(api.get("/api/v1/User"))).doesNotContain(id);
    assertThat(ids(api.get("/api/v1/User?$filter=deleted%20eq%20true"))).contains(id);
  }

  @Test
  void the_default_user_has_the_user_type_asked_and_an_unknown_one_is_a_400() {
    HttpResponse<Buffer> resource = api.get("/api/v1/User/default?userType=ResourceAssociate");
    HttpResponse<Buffer> byNumber = api.get("/api/v1/User/default?userType=3");

    assertThat(resource.statusCode()).as(resource.bodyAsString()).isEqualTo(200);
    assertThat(resource.bodyAsJsonObject().getString("Type")).isEqualTo("ResourceAssociate");
    assertThat(byNumber.bodyAsJsonObject().getString("Type")).isEqualTo("ExternalAssociate");
    assertThat(SoApi.assertError(api.get("/api/v1/User/default?userType=Robot"), 400))
        .contains("userType")
        .contains("Robot");
  }

  @Test
  void the_default_user_is_new_and_unsaved() {
    HttpResponse<Buffer> response = api.get("/api/v1/User/default");

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    JsonObject user = response.bodyAsJsonObject();
    assertThat(user.getInteger("AssociateId")).isZero();
    assertThat(user.getString("UserName")).isNull();
    assertThat(user.getString("Type")).isEqualTo("InternalAssociate");
    assertThat(user.getBoolean("Deleted")).isFalse();
    assertThat(user.getJsonObject("TableRight").getString("Mask")).contains("Insert");
    assertThat(ids(api.get("/api/v1/User"))).hasSize(1);
  }

  @Test
  void unique_values_are_kept_without_surrounding_spaces_in_the_case_sent() {
    HttpResponse<Buffer> created =
        api.send(
            HttpMethod.POST,
            "/api/v1/User",
            Map.of(),
            SoApi.newUser("grace@example.test", "Hopper")
                .put("UserName", " Grace.Hopper@Example.test\t")
                .put("NickName", "  Amazing Grace ")
                .encode());

    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(200);
    JsonObject read = api.read(created.bodyAsJsonObject().getInteger("AssociateId"));
    assertThat(read.getString("UserName")).isEqualTo("Grace.Hopper@Example.test");
    assertThat(read.getString("NickName")).isEqualTo("Amazing Grace");
  }

  @Test
  void validate_answers_the_field_errors_without_saving() {
    HttpResponse<Buffer> invalid =
        api.send(
            HttpMethod.POST,
            "/api/v1/User/Validate",
            Map.of(),
            new JsonObject()
                .put("UserName", "v@example.test")
                .put("Person", new JsonObject().put("Email", "not an address"))
                .put("OtherGroups", new JsonArray().add(new JsonObject().put("Id", 999999)))
                .encode());
    HttpResponse<Buffer> valid =
        api.send(
            HttpMethod.POST,
            "/api/v1/User/Validate",
            Map.of(),
            SoApi.newUser("v@example.test", "Valid").encode());

    assertThat(invalid.statusCode()).as(invalid.bodyAsString()).isEqualTo(200);
    assertThat(invalid.bodyAsJsonObject().fieldNames())
        .contains("Person.Lastname", "Person.Email", "OtherGroups[0]");
    assertThat(invalid.bodyAsJsonObject().getString("OtherGroups[0]")).contains("999999");
    assertThat(valid.statusCode()).as(valid.bodyAsString()).isEqualTo(200);
    assertThat(valid.bodyAsJsonObject()).isEqualTo(new JsonObject());
    assertThat(ids(api.get("/api/v1/User"))).hasSize(1);
  }

  @Test
  void validate_of_an_existing_user_checks_the_update() {
    int id = api.user("exists@example.test", "Exists");
    api.user("taken@example.test", "Taken");

    HttpResponse<Buffer> response =
        api.send(
            HttpMethod.POST,
            "/api/v1/User/Validate",
            Map.of(),
            api.read(id).put("UserName", "TAKEN@example.test").encode());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.bodyAsJsonObject().getString("UserName")).contains("already taken");
    assertThat(api.read(id).getString("UserName")).isEqualTo("exists@example.test");
  }

  @Test
  void validate_answers_a_taken_user_name_together_with_the_other_errors() {
    api.user("taken@example.test", "Taken");

    HttpResponse<Buffer> response =
        api.send(
            HttpMethod.POST,
            "/api/v1/User/Validate",
            Map.of(),
            new JsonObject()
                .put("UserName", " TAKEN@Example.test ")
                .put("Person", new JsonObject().put("Email", "not an address"))
                .encode());

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    JsonObject errors = response.bodyAsJsonObject();
    assertThat(errors.fieldNames())
        .containsExactlyInAnyOrder("UserName", "Person.Lastname", "Person.Email");
    assertThat(errors.getString("UserName"))
        .isEqualTo("'TAKEN@Example.test' is already taken by another user");
    assertThat(errors.getString("Person.Lastname")).contains("required");
    assertThat(ids(api.get("/api/v1/User"))).hasSize(2);
  }

  @Test
  void the_list_pages_with_top_and_skip_and_links_the_next_page() {
    for (int i = 0; i < 4; i++) {
      api.user("page" + i + "@example.test", "Page");
    }

    HttpResponse<Buffer> first = api.get("/api/v1/User?$top=2&$filter=lastname%20eq%20'Page'");

    assertThat(first.statusCode()).as(first.bodyAsString()).isEqualTo(200);
    assertThat(first.bodyAsJsonObject().getJsonArray("value")).hasSize(2);
    String next = first.bodyAsJsonObject().getString("odata.nextLink");
    assertThat(next).contains("$skip=2").contains("$top=2");
    HttpResponse<Buffer> second = api.get(next.substring(next.indexOf("/api/")));
    assertThat(second.bodyAsJsonObject().getJsonArray("value")).hasSize(2);
    assertThat(second.bodyAsJsonObject().containsKey("odata.nextLink")).isFalse();
  }

  @Test
  void select_nulls_out_every_other_property_and_an_unknown_name_is_400() {
    int id = api.user("sel@example.test", "Select");

    JsonObject user =
        api.get("/api/v1/User/" + id + "?$select=username,person/lastname").bodyAsJsonObject();
    JsonObject listed =
        api.get("/api/v1/User?$select=AssociateId")
            .bodyAsJsonObject()
            .getJsonArray("value")
            .getJsonObject(0);
    HttpResponse<Buffer> unknown = api.get("/api/v1/User/" + id + "?$select=username,shoesize");

    assertThat(user.getString("UserName")).isEqualTo("sel@example.test");
    assertThat(user.getJsonObject("Person").getString("Lastname")).isEqualTo("Select");
    assertThat(user.getJsonObject("Person").getString("Email")).isNull();
    assertThat(user.getValue("Name")).isNull();
    assertThat(user.getValue("TableRight")).isNull();
    assertThat(listed.getInteger("AssociateId")).isPositive();
    assertThat(listed.getValue("UserName")).isNull();
    assertThat(SoApi.assertError(unknown, 400)).contains("shoesize");
  }

  @Test
  void table_right_and_field_properties_differ_for_an_administrator_and_a_read_only_user() {
    int id = api.user("target@example.test", "Target");
    String readOnly = api.userWithRole("reader@example.test", Role.READ_ONLY);

    JsonObject asAdmin = api.read(id);
    JsonObject asReader =
        api.send(HttpMethod.GET, "/api/v1/User/" + id, Map.of("Authorization", readOnly), null)
            .bodyAsJsonObject();

    assertThat(asAdmin.getJsonObject("TableRight").getString("Mask"))
        .isEqualTo("Select, Update, Insert, Delete");
    assertThat(asReader.getJsonObject("TableRight").getString("Mask")).isEqualTo("Select");
    assertThat(mask(asAdmin, "Person.DirectPhone")).isEqualTo("Read, Write");
    assertThat(mask(asReader, "Person.DirectPhone")).isEqualTo("Read");
    assertThat(mask(asAdmin, "Credentials")).isEqualTo("Read, Write");
    assertThat(mask(asReader, "Credentials")).isEqualTo("None");
    assertThat(mask(asReader, "Person.Lastname")).isEqualTo("Read, UIHintMandatory");
  }

  @Test
  void an_item_with_id_0_clears_a_reference_and_deleted_false_brings_an_archived_user_back() {
    int id = api.user("back@example.test", "Back");
    int group = api.number(ReferenceKind.USER_GROUP, 0);
    assertThat(
            api.put(id, api.read(id).put("UserGroup", new JsonObject().put("Id", group)))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            api.send(HttpMethod.DELETE, "/api/v1/User/back@example.test", Map.of(), null)
                .statusCode())
        .isEqualTo(204);
    assertThat(api.read(id).getBoolean("Deleted")).isTrue();

    HttpResponse<Buffer> back =
        api.put(
            id,
            api.read(id)
                .put("UserGroup", new JsonObject().put("Id", 0))
                .put("Deleted", false)
                .put("IsPersonRetired", false));

    assertThat(back.statusCode()).as(back.bodyAsString()).isEqualTo(200);
    JsonObject user = api.read(id);
    assertThat(user.getValue("UserGroup")).isNull();
    assertThat(user.getBoolean("Deleted")).isFalse();
    assertThat(ids(api.get("/api/v1/User"))).contains(id);
  }

  @Test
  void a_licence_of_no_known_name_is_400_naming_it() {
    int id = api.user("lic@example.test", "Licence");
    JsonArray owners =
        new JsonArray()
            .add(
                new JsonObject()
                    .put("Name", "Roster")
                    .put(
                        "RestrictedModuleLicenses",
                        new JsonArray()
                            .add(
                                new JsonObject()
                                    .put("Name", "time-machine")
                                    .put("Assigned", true))));

    HttpResponse<Buffer> response = api.put(id, api.read(id).put("LicenseOwners", owners));

    assertThat(SoApi.assertError(response, 400)).contains("LicenseOwners.time-machine");
  }

  private static String mask(JsonObject user, String field) {
    return user.getJsonObject("FieldProperties")
        .getJsonObject(field)
        .getJsonObject("FieldRight")
        .getString("Mask");
  }

  private static java.util.List<Integer> ids(HttpResponse<Buffer> list) {
    assertThat(list.statusCode()).as(list.bodyAsString()).isEqualTo(200);
    return list.bodyAsJsonObject().getJsonArray("value").stream()
        .map(JsonObject.class::cast)
        .map(u -> u.getInteger("AssociateId"))
        .toList();
  }
}
