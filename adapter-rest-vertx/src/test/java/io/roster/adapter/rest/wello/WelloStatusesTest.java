package io.roster.adapter.rest.wello;

import static io.roster.adapter.rest.wello.WelloApi.assertInvalid;
import static io.roster.adapter.rest.wello.WelloApi.assertMessage;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every status of the design's table that the Wello dialect answers (503 is covered elsewhere),
 * each in the ASP.NET Web API body shape, and the HTTP details around them: media types, Prefer,
 * names ignoring case, both URL forms.
 */
class WelloStatusesTest {
  private final TestServer server = new TestServer();
  private final WelloApi api = new WelloApi(server);

  private String id;
  private JsonObject stored;
  private String etag;

  @BeforeEach
  void aUser() {
    api.organization("OSL", "Oslo");
    id = api.user("ada@example.test", "Lovelace", "OSL").getString("id");
    HttpResponse<Buffer> read = api.getUser(id);
    stored = WelloApi.ok(read);
    etag = read.getHeader("ETag");
  }

  @AfterEach
  void close() {
    server.close();
  }

  private JsonObject edited() {
    return stored.copy();
  }

  /** The user is exactly as {@link #aUser} left it: same version, same body. */
  private void assertUnchanged() {
    HttpResponse<Buffer> read = api.getUser(id);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.getHeader("ETag")).isEqualTo(etag);
    assertThat(read.bodyAsJsonObject()).isEqualTo(stored);
  }

  private HttpResponse<Buffer> putRaw(String body, String... headers) {
    return api.send(HttpMethod.PUT, "/api/User(" + id + ")", body, headers);
  }

  // 400

  @Test
  void malformed_json_is_400_in_the_web_api_shape() {
    HttpResponse<Buffer> response = putRaw("{\"lastname\": \"Byron\",");

    assertInvalid(response, "user");
    assertUnchanged();
  }

  @Test
  void a_value_of_the_wrong_type_is_400_naming_the_field() {
    HttpResponse<Buffer> response = api.putUser(id, edited().put("archived", "yes"));

    JsonObject modelState = assertInvalid(response, "user.archived");
    assertThat(modelState.getJsonArray("user.archived").getString(0)).contains("true or false");
    assertUnchanged();
  }

  @Test
  void a_guid_of_the_wrong_type_is_400_naming_the_field() {
    HttpResponse<Buffer> response = api.putUser(id, edited().put("user_group_id", 42));

    assertInvalid(response, "user.user_group_id");
    assertUnchanged();
  }

  @Test
  void a_custom_field_of_the_wrong_type_is_400_naming_it() {
    HttpResponse<Buffer> response = api.putUser(id, edited().put("udf7", 7));

    assertInvalid(response, "user.udf7");
    assertUnchanged();
  }

  @Test
  void a_wrong_type_inside_the_embedded_organization_is_400_naming_its_path() {
    JsonObject body = edited();
    body.getJsonObject("sales_organization").put("archived", "nope");

    HttpResponse<Buffer> response = api.putUser(id, body);

    assertInvalid(response, "user.sales_organization.archived");
    assertUnchanged();
  }

  @Test
  void a_violated_invariant_is_400_with_every_field_at_fault() {
    HttpResponse<Buffer> response =
        api.putUser(
            id,
            edited()
                .put("lastname", "")
                .put("email", "not an address")
                .put("skype", "s".repeat(51)));

    JsonObject modelState = assertInvalid(response, "user.lastname", "user.email", "user.skype");
    assertThat(modelState.getJsonArray("user.lastname").getString(0)).isEqualTo("is required");
    assertUnchanged();
  }

  @Test
  void missing_required_fields_are_400_naming_each() {
    JsonObject body = edited().putNull("username");
    body.remove("email");
    body.remove("lastname");

    JsonObject modelState =
        assertInvalid(api.putUser(id, body), "user.username", "user.email", "user.lastname");

    assertThat(modelState.getJsonArray("user.email").getString(0)).isEqualTo("is required");
    assertUnchanged();
  }

  @Test
  void a_custom_field_over_4000_characters_is_400_naming_it() {
    assertInvalid(api.putUser(id, edited().put("udf5", "x".repeat(4001))), "user.udf5");
    assertUnchanged();
  }

  @Test
  void a_user_cannot_be_their_own_team_leader() {
    HttpResponse<Buffer> response =
        api.putUser(id, edited().put("is_team_leader", true).put("team_leader_user_id", id));

    assertInvalid(response, "user.team_leader_user_id");
    assertUnchanged();
  }

  @Test
  void a_cycle_of_team_leaders_is_400_and_a_leader_of_members_stays_one() {
    assertThat(api.putUser(id, edited().put("is_team_leader", true)).statusCode()).isEqualTo(200);
    String other = api.user("bob@example.test", "Bob", "OSL").getString("id");
    JsonObject bob = api.readUser(other).put("is_team_leader", true).put("team_leader_user_id", id);
    assertThat(api.putUser(other, bob).statusCode()).isEqualTo(200);
    JsonObject leader = api.readUser(id);

    assertInvalid(
        api.putUser(id, leader.copy().put("team_leader_user_id", other)),
        "user.team_leader_user_id");
    assertInvalid(
        api.putUser(id, leader.copy().put("is_team_leader", false)), "user.is_team_leader");
    assertThat(api.readUser(id)).isEqualTo(leader);
  }

  @Test
  void an_archived_user_cannot_be_made_a_team_leader() {
    String other = api.user("bob@example.test", "Bob", "OSL").getString("id");
    JsonObject bob = api.readUser(other).put("is_team_leader", true).put("archived", true);
    assertThat(api.putUser(other, bob).statusCode()).isEqualTo(200);

    assertInvalid(
        api.putUser(id, edited().put("team_leader_user_id", other)), "user.team_leader_user_id");
    assertUnchanged();
  }

  @Test
  void a_country_id_and_code_naming_different_countries_is_400() {
    JsonObject body =
        edited()
            .put("private_db_country_id", api.referenceId("Country", "SE"))
            .put("private_db_country_code", "NO");

    assertInvalid(api.putUser(id, body), "user.private_db_country_id");
    assertUnchanged();
  }

  @Test
  void an_embedded_organization_that_is_not_an_object_is_400_naming_it() {
    assertInvalid(
        api.putUser(id, edited().put("sales_organization", "OSL")), "user.sales_organization");
    assertUnchanged();
  }

  @Test
  void an_id_in_the_body_that_is_not_a_guid_is_400_naming_id() {
    assertInvalid(api.putUser(id, edited().put("id", "12345")), "user.id");
    assertUnchanged();
  }

  @Test
  void an_id_in_the_body_equal_to_the_url_in_another_case_is_accepted() {
    HttpResponse<Buffer> response =
        api.putUser(id, edited().put("id", id.toUpperCase()).put("firstname", "Ada"));

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
  }

  @Test
  void a_birthdate_that_is_no_date_is_400_naming_it() {
    HttpResponse<Buffer> response = api.putUser(id, edited().put("birthdate", "2025-02-30"));

    assertInvalid(response, "user.birthdate");
    assertUnchanged();
  }

  @Test
  void an_unknown_user_group_is_400_naming_user_group_id() {
    HttpResponse<Buffer> response =
        api.putUser(id, edited().put("user_group_id", UUID.randomUUID().toString()));

    assertInvalid(response, "user.user_group_id");
    assertUnchanged();
  }

  @Test
  void unknown_references_are_400_naming_each_field() {
    JsonObject body =
        edited()
            .put("db_language_id", UUID.randomUUID().toString())
            .put("private_db_country_code", "XX")
            .put("team_leader_user_id", UUID.randomUUID().toString());

    HttpResponse<Buffer> response = api.putUser(id, body);

    assertInvalid(
        response, "user.db_language_id", "user.private_db_country_id", "user.team_leader_user_id");
    assertUnchanged();
  }

  @Test
  void an_unknown_sales_organization_id_is_400_naming_it() {
    JsonObject body =
        edited()
            .put("sales_organization_id", UUID.randomUUID().toString())
            .putNull("sales_organization_code")
            .putNull("sales_organization");

    HttpResponse<Buffer> response = api.putUser(id, body);

    assertInvalid(response, "user.sales_organization_id");
    assertUnchanged();
  }

  @Test
  void a_team_leader_who_is_not_one_is_400_naming_team_leader_user_id() {
    String other = api.user("bob@example.test", "Bob", "OSL").getString("id");

    HttpResponse<Buffer> response = api.putUser(id, edited().put("team_leader_user_id", other));

    assertInvalid(response, "user.team_leader_user_id");
    assertUnchanged();
  }

  @Test
  void an_id_in_the_url_that_is_not_a_guid_is_400_naming_id() {
    assertInvalid(api.putUser("not-a-guid", edited()), "user.id");
    assertInvalid(server.get("/api/User(12345)"), "user.id");
    assertInvalid(server.get("/api/User/" + id.substring(1)), "user.id");
    assertUnchanged();
  }

  @Test
  void an_id_in_the_body_that_differs_from_the_url_is_400_naming_id() {
    String other = api.user("bob@example.test", "Bob", "OSL").getString("id");

    HttpResponse<Buffer> response =
        api.putUser(id, edited().put("id", other).put("lastname", "Byron"));

    assertInvalid(response, "user.id");
    assertUnchanged();
    assertThat(api.readUser(other).getString("lastname")).isEqualTo("Bob");
  }

  @Test
  void a_null_body_is_400() {
    assertInvalid(putRaw("null"), "user");
    assertUnchanged();
  }

  @Test
  void a_blank_body_is_400() {
    assertInvalid(putRaw("  "), "user");
    assertUnchanged();
  }

  @Test
  void a_body_that_is_not_an_object_is_400() {
    assertInvalid(putRaw("[]"), "user");
    assertInvalid(putRaw("\"text\""), "user");
    assertUnchanged();
  }

  @Test
  void a_filter_that_is_not_understood_is_400_naming_filter() {
    HttpResponse<Buffer> response = server.get("/api/User?$filter=" + encode("lastname gt 'A'"));

    assertInvalid(response, "$filter");
  }

  // 404

  @Test
  void an_unknown_id_is_404() {
    String unknown = UUID.randomUUID().toString();

    assertMessage(api.getUser(unknown), 404);
    assertMessage(server.get("/api/SalesOrganization(" + unknown + ")"), 404);
  }

  @Test
  void a_put_to_an_unknown_id_is_404_and_creates_nobody() {
    String unknown = UUID.randomUUID().toString();

    HttpResponse<Buffer> response =
        api.putUser(unknown, edited().put("id", unknown).put("username", "new@example.test"));

    assertMessage(response, 404);
    assertMessage(api.getUser(unknown), 404);
    // the test server's administrator and Ada
    assertThat(server.get("/api/User").getHeader("X-Total-Count")).isEqualTo("2");
  }

  @Test
  void an_unknown_route_under_api_is_404() {
    assertMessage(server.get("/api/Nothing"), 404);
    assertMessage(server.get("/api/User(" + id + ")/friends"), 404);
    assertMessage(api.send(HttpMethod.PUT, "/api/Users(" + id + ")", stored.encode()), 404);
  }

  // 405

  @Test
  void delete_of_a_user_is_405_with_an_allow_header() {
    for (String path : new String[] {"/api/User(" + id + ")", "/api/User/" + id}) {
      HttpResponse<Buffer> response = server.send(HttpMethod.DELETE, path, Map.of(), null);

      JsonObject body = assertMessage(response, 405);
      assertThat(response.getHeader("Allow")).isEqualTo("GET, PUT");
      assertThat(body.getString("Message")).contains("DELETE").contains("archive");
    }
    assertUnchanged();
  }

  @Test
  void delete_of_the_user_list_is_405_with_an_allow_header() {
    HttpResponse<Buffer> response = server.send(HttpMethod.DELETE, "/api/User", Map.of(), null);

    assertMessage(response, 405);
    assertThat(response.getHeader("Allow")).isEqualTo("GET, POST");
  }

  @Test
  void other_methods_on_a_user_are_405_with_an_allow_header() {
    for (HttpMethod method : new HttpMethod[] {HttpMethod.PATCH, HttpMethod.POST}) {
      HttpResponse<Buffer> response = api.send(method, "/api/User(" + id + ")", "{}");

      assertMessage(response, 405);
      assertThat(response.getHeader("Allow")).isEqualTo("GET, PUT");
    }
    HttpResponse<Buffer> put = api.send(HttpMethod.PUT, "/api/User", "{}");
    assertMessage(put, 405);
    assertThat(put.getHeader("Allow")).isEqualTo("GET, POST");
    assertUnchanged();
  }

  // 409

  @Test
  void a_username_taken_by_another_user_ignoring_case_is_409() {
    String other = api.user("bob@example.test", "Bob", "OSL").getString("id");
    JsonObject bob = api.readUser(other);

    HttpResponse<Buffer> response =
        api.putUser(other, bob.copy().put("username", "ADA@Example.TEST"));

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(409);
    JsonObject body = response.bodyAsJsonObject();
    assertThat(body.getString("Message")).isNotBlank();
    assertThat(body.getJsonObject("ModelState").getJsonArray("user.username")).isNotEmpty();
    assertThat(api.readUser(other)).isEqualTo(bob);
  }

  @Test
  void a_new_user_with_a_taken_username_ignoring_case_is_409() {
    HttpResponse<Buffer> response =
        server.post(
            "/api/User",
            new JsonObject()
                .put("username", "Ada@Example.Test")
                .put("lastname", "Other")
                .put("email", "other@example.test")
                .put("sales_organization_code", "OSL"));

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(409);
    assertThat(response.bodyAsJsonObject().getJsonObject("ModelState").fieldNames())
        .contains("user.username");
    // the test server's administrator and Ada
    assertThat(server.get("/api/User").getHeader("X-Total-Count")).isEqualTo("2");
  }

  @Test
  void a_code_taken_by_another_user_is_409_naming_code() {
    assertThat(api.putUser(id, edited().put("code", "ERP-1")).statusCode()).isEqualTo(200);
    String other = api.user("bob@example.test", "Bob", "OSL").getString("id");

    HttpResponse<Buffer> response = api.putUser(other, api.readUser(other).put("code", "ERP-1"));

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(409);
    assertThat(response.bodyAsJsonObject().getJsonObject("ModelState").fieldNames())
        .contains("user.code");
    // the message names the property as the client sent it, not the domain field behind it
    assertThat(response.bodyAsJsonObject().getString("Message"))
        .startsWith("code: ")
        .doesNotContain("externalCode");
  }

  @Test
  void a_username_differing_only_in_case_and_surrounding_spaces_is_409_quoting_it_as_sent() {
    String other = api.user("bob@example.test", "Bob", "OSL").getString("id");
    JsonObject bob = api.readUser(other);

    HttpResponse<Buffer> put = api.putUser(other, bob.copy().put("username", " Ada@Example.TEST "));
    HttpResponse<Buffer> post =
        server.post(
            "/api/User",
            new JsonObject()
                .put("username", "\tADA@example.test  ")
                .put("lastname", "Other")
                .put("email", "other@example.test")
                .put("sales_organization_code", "OSL"));

    assertThat(put.statusCode()).as(put.bodyAsString()).isEqualTo(409);
    assertThat(put.bodyAsJsonObject().getJsonObject("ModelState").getJsonArray("user.username"))
        .containsExactly("'Ada@Example.TEST' is already taken by another user");
    assertThat(post.statusCode()).as(post.bodyAsString()).isEqualTo(409);
    assertThat(post.bodyAsJsonObject().getString("Message"))
        .contains("username", "'ADA@example.test'");
    assertThat(api.readUser(other)).isEqualTo(bob);
    // the test server's administrator, Ada and Bob
    assertThat(server.get("/api/User").getHeader("X-Total-Count")).isEqualTo("3");
  }

  @Test
  void a_code_differing_only_in_case_and_surrounding_spaces_is_409_naming_code() {
    assertThat(api.putUser(id, edited().put("code", "ERP-1")).statusCode()).isEqualTo(200);
    String other = api.user("bob@example.test", "Bob", "OSL").getString("id");

    HttpResponse<Buffer> response = api.putUser(other, api.readUser(other).put("code", " erp-1 "));

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(409);
    assertThat(response.bodyAsJsonObject().getJsonObject("ModelState").getJsonArray("user.code"))
        .containsExactly("'erp-1' is already taken by another user");
    assertThat(api.readUser(other).getString("code")).isNull();
  }

  @Test
  void a_second_post_with_the_same_client_id_is_409() {
    String clientId = UUID.randomUUID().toString();
    JsonObject first =
        new JsonObject()
            .put("id", clientId)
            .put("username", "carl@example.test")
            .put("lastname", "Carl")
            .put("email", "carl@example.test")
            .put("sales_organization_code", "OSL");

    HttpResponse<Buffer> created = server.post("/api/User", first);
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
    assertThat(created.bodyAsJsonObject().getString("id")).isEqualTo(clientId);
    assertThat(created.getHeader("Location")).isEqualTo("/api/User(" + clientId + ")");

    HttpResponse<Buffer> again =
        server.post(
            "/api/User", first.copy().put("username", "dora@example.test").put("lastname", "Dora"));

    assertThat(again.statusCode()).as(again.bodyAsString()).isEqualTo(409);
    assertThat(again.bodyAsJsonObject().getString("Message")).isNotBlank();
    assertThat(again.bodyAsJsonObject().getJsonObject("ModelState").fieldNames())
        .contains("user.id");
    assertThat(api.readUser(clientId).getString("lastname")).isEqualTo("Carl");
  }

  // 412

  @Test
  void an_if_match_with_an_old_etag_is_412_and_changes_nothing() {
    HttpResponse<Buffer> first =
        api.putUser(id, edited().put("firstname", "Ada"), "If-Match", etag);
    assertThat(first.statusCode()).as(first.bodyAsString()).isEqualTo(200);
    assertThat(first.getHeader("ETag")).isNotEqualTo(etag);
    JsonObject now = api.readUser(id);

    HttpResponse<Buffer> stale =
        api.putUser(id, edited().put("firstname", "Augusta"), "If-Match", etag);

    assertMessage(stale, 412);
    HttpResponse<Buffer> read = api.getUser(id);
    assertThat(read.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
    assertThat(read.bodyAsJsonObject()).isEqualTo(now);
    assertThat(now.getString("firstname")).isEqualTo("Ada");
  }

  @Test
  void an_if_match_with_a_tag_never_given_out_is_412() {
    assertMessage(api.putUser(id, edited().put("firstname", "Ada"), "If-Match", "\"abc\""), 412);
    assertUnchanged();
  }

  @Test
  void an_if_match_with_the_current_etag_succeeds() {
    HttpResponse<Buffer> response =
        api.putUser(id, edited().put("firstname", "Ada"), "If-Match", etag);

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
  }

  @Test
  void an_if_match_with_a_weak_tag_or_a_star_holds() {
    assertThat(
            api.putUser(id, edited().put("firstname", "Ada"), "If-Match", "W/" + etag).statusCode())
        .isEqualTo(200);
    assertThat(api.putUser(id, edited().put("firstname", "Augusta"), "If-Match", "*").statusCode())
        .isEqualTo(200);
  }

  // 413

  @Test
  void a_body_over_the_limit_is_413() {
    try (TestServer small = new TestServer(2048)) {
      WelloApi smallApi = new WelloApi(small);
      smallApi.organization("OSL", "Oslo");
      String user = smallApi.user("ada@example.test", "Lovelace", "OSL").getString("id");
      JsonObject before = smallApi.readUser(user);

      HttpResponse<Buffer> response =
          smallApi.putUser(user, before.copy().put("notes", "n".repeat(3000)));

      assertMessage(response, 413);
      assertThat(smallApi.readUser(user)).isEqualTo(before);
    }
  }

  // 415, 406

  @Test
  void a_text_plain_body_is_415() {
    HttpResponse<Buffer> response =
        putRaw(edited().put("firstname", "Ada").encode(), "Content-Type", "text/plain");

    assertMessage(response, 415);
    assertUnchanged();
  }

  @Test
  void a_body_without_content_type_or_of_another_json_type_is_415() {
    assertMessage(
        server.send(HttpMethod.PUT, "/api/User(" + id + ")", Map.of(), edited().encode()), 415);
    assertMessage(putRaw(edited().encode(), "Content-Type", "application/merge-patch+json"), 415);
    assertUnchanged();
  }

  @Test
  void a_json_content_type_with_a_charset_is_accepted() {
    HttpResponse<Buffer> response =
        putRaw(
            edited().put("firstname", "Ada").encode(),
            "Content-Type",
            "application/json; charset=utf-8");

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
  }

  @Test
  void an_accept_header_naming_json_among_others_is_served() {
    HttpResponse<Buffer> read =
        server.send(
            HttpMethod.GET,
            "/api/User(" + id + ")",
            Map.of("Accept", "application/xml, application/json;q=0.5"),
            null);

    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.getHeader("Content-Type")).startsWith("application/json");
  }

  @Test
  void accept_application_xml_is_406() {
    assertMessage(
        server.send(
            HttpMethod.GET, "/api/User(" + id + ")", Map.of("Accept", "application/xml"), null),
        406);
    assertMessage(
        server.send(HttpMethod.GET, "/api/User", Map.of("Accept", "application/xml"), null), 406);

    HttpResponse<Buffer> put =
        api.putUser(id, edited().put("firstname", "Ada"), "Accept", "application/xml");

    assertMessage(put, 406);
    assertUnchanged();
  }

  // media types, Prefer, names, URLs

  @Test
  void text_json_is_accepted_and_answered() {
    HttpResponse<Buffer> response =
        putRaw(
            edited().put("firstname", "Ada").encode(),
            "Content-Type",
            "text/json; charset=utf-8",
            "Accept",
            "text/json");

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    assertThat(response.getHeader("Content-Type")).startsWith("text/json");
    assertThat(response.bodyAsJsonObject().getString("firstname")).isEqualTo("Ada");
    HttpResponse<Buffer> read =
        server.send(HttpMethod.GET, "/api/User(" + id + ")", Map.of("Accept", "text/json"), null);
    assertThat(read.getHeader("Content-Type")).startsWith("text/json");
  }

  @Test
  void application_json_is_the_default_answer() {
    HttpResponse<Buffer> read =
        server.send(HttpMethod.GET, "/api/User(" + id + ")", Map.of("Accept", "*/*"), null);

    assertThat(read.getHeader("Content-Type")).startsWith("application/json");
  }

  @Test
  void prefer_return_minimal_is_204_with_an_etag() {
    HttpResponse<Buffer> response =
        api.putUser(id, edited().put("firstname", "Ada"), "Prefer", "return=minimal");

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.body() == null || response.body().length() == 0).isTrue();
    assertThat(response.getHeader("ETag")).isNotBlank().isNotEqualTo(etag);
    HttpResponse<Buffer> read = api.getUser(id);
    assertThat(read.getHeader("ETag")).isEqualTo(response.getHeader("ETag"));
    assertThat(read.bodyAsJsonObject().getString("firstname")).isEqualTo("Ada");
  }

  @Test
  void prefer_return_minimal_on_a_post_is_201_with_location_and_etag_and_no_body() {
    HttpResponse<Buffer> response =
        api.send(
            HttpMethod.POST,
            "/api/User",
            new JsonObject()
                .put("username", "carl@example.test")
                .put("lastname", "Carl")
                .put("email", "carl@example.test")
                .put("sales_organization_code", "OSL")
                .encode(),
            "Prefer",
            "return=minimal");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.body()).isNull();
    assertThat(response.getHeader("ETag")).isEqualTo("\"1\"");
    assertThat(response.getHeader("Location")).startsWith("/api/User(");
    assertThat(server.get(response.getHeader("Location")).statusCode()).isEqualTo(200);
  }

  @Test
  void prefer_handling_strict_refuses_an_unknown_property_naming_it() {
    HttpResponse<Buffer> response =
        api.putUser(
            id, edited().put("firstname", "Ada").put("foo", "bar"), "Prefer", "handling=strict");

    assertInvalid(response, "user.foo");
    assertUnchanged();
  }

  @Test
  void prefer_handling_strict_lists_every_unknown_property() {
    HttpResponse<Buffer> response =
        api.putUser(
            id,
            edited().put("foo", 1).put("udf101", "x").put("Bar", true),
            "Prefer",
            "handling=strict");

    assertInvalid(response, "user.foo", "user.udf101", "user.Bar");
    assertUnchanged();
  }

  @Test
  void prefer_handling_strict_lists_unknown_properties_of_the_embedded_organization_too() {
    JsonObject body = edited();
    body.getJsonObject("sales_organization").put("foo", "bar");

    HttpResponse<Buffer> response = api.putUser(id, body, "Prefer", "handling=strict");

    assertInvalid(response, "user.sales_organization.foo");
    assertUnchanged();
  }

  @Test
  void a_put_without_any_body_is_400_not_a_server_error() {
    HttpResponse<Buffer> response =
        server.send(
            HttpMethod.PUT,
            "/api/User(" + id + ")",
            Map.of("Content-Type", "application/json"),
            null);

    assertInvalid(response, "user");
    assertUnchanged();
  }

  @Test
  void a_filter_error_names_the_property_as_the_client_wrote_it() {
    HttpResponse<Buffer> response =
        server.get("/api/User?$filter=sales_organization_id%20eq%20'abc'");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.bodyAsString())
        .contains("sales_organization_id")
        .doesNotContain("salesOrganization");
  }

  @Test
  void prefer_handling_strict_accepts_the_seed_properties_and_custom_fields() {
    HttpResponse<Buffer> response =
        api.putUser(
            id, edited().put("firstname", "Ada").put("udf42", "x"), "Prefer", "handling=strict");

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
  }

  @Test
  void without_prefer_strict_an_unknown_property_is_ignored() {
    HttpResponse<Buffer> response =
        api.putUser(id, edited().put("firstname", "Ada").put("foo", "bar"));

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    JsonObject read = api.readUser(id);
    assertThat(read.getString("firstname")).isEqualTo("Ada");
    assertThat(read.containsKey("foo")).isFalse();
  }

  @Test
  void property_names_match_ignoring_case() {
    JsonObject body = edited();
    body.remove("lastname");
    body.remove("firstname");
    body.remove("udf3");
    body.put("LastName", "Byron").put("FIRSTNAME", "Augusta").put("UDF3", "three");

    HttpResponse<Buffer> response = api.putUser(id, body);

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    JsonObject read = api.readUser(id);
    assertThat(read.getString("lastname")).isEqualTo("Byron");
    assertThat(read.getString("firstname")).isEqualTo("Augusta");
    assertThat(read.getString("udf3")).isEqualTo("three");
  }

  @Test
  void both_url_forms_and_any_case_reach_the_same_user() {
    for (String path :
        new String[] {
          "/api/User(" + id + ")",
          "/api/User/" + id,
          "/API/USER(" + id + ")",
          "/api/user/" + id.toUpperCase(),
          "/api/User(guid'" + id + "')",
          "/api/User(" + id + ")/"
        }) {
      HttpResponse<Buffer> read = server.get(path);
      assertThat(WelloApi.ok(read).getString("id")).as(path).isEqualTo(id);
    }
  }

  @Test
  void a_put_works_on_both_url_forms_and_any_case() {
    String[] paths = {"/api/User(" + id + ")", "/api/User/" + id, "/API/USER(" + id + ")"};
    for (int i = 0; i < paths.length; i++) {
      HttpResponse<Buffer> response =
          api.send(HttpMethod.PUT, paths[i], edited().put("firstname", "Ada " + i).encode());

      assertThat(response.statusCode())
          .as(paths[i] + ": " + response.bodyAsString())
          .isEqualTo(200);
      assertThat(api.readUser(id).getString("firstname")).isEqualTo("Ada " + i);
    }
  }

  @Test
  void answers_carry_an_etag_and_no_stack_trace() {
    HttpResponse<Buffer> read = api.getUser(id);
    assertThat(read.getHeader("ETag")).matches("\"\\d+\"");

    HttpResponse<Buffer> failed = putRaw("{\"lastname\": [1, 2,");
    assertThat(failed.bodyAsString()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
