package io.roster.adapter.rest.wello;

import static io.roster.adapter.rest.wello.WelloApi.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The empty GUID, what a .NET client with non-nullable {@code Guid} properties sends for "none",
 * names nothing: a reference that may be empty is cleared, a required one is missing, an id is left
 * to the server. Answers write a reference to nothing as null.
 */
class WelloEmptyGuidTest {
  static final String EMPTY = "00000000-0000-0000-0000-000000000000";

  /** The user's references that may be empty. */
  static final List<String> OPTIONAL =
      List.of("db_language_id", "team_leader_user_id", "private_db_country_id", "user_group_id");

  private final TestServer server = new TestServer();
  private final WelloApi api = new WelloApi(server);

  private JsonObject oslo;
  private String leader;
  private String id;

  @BeforeEach
  void aUserWithEveryReference() {
    oslo = api.organization("OSL", "Oslo");
    leader =
        api.user(
                new JsonObject()
                    .put("username", "leader@example.test")
                    .put("lastname", "Leader")
                    .put("email", "leader@example.test")
                    .put("is_team_leader", true)
                    .put("sales_organization_code", "OSL"))
            .getString("id");
    id =
        api.user(
                new JsonObject()
                    .put("username", "ada@example.test")
                    .put("lastname", "Lovelace")
                    .put("email", "ada@example.test")
                    .put("sales_organization_code", "OSL")
                    .put("db_language_id", api.referenceId("Language", "en"))
                    .put("team_leader_user_id", leader)
                    .put("private_db_country_code", "SE")
                    .put("user_group_id", api.referenceId("UserGroup", "sales")))
            .getString("id");
  }

  @AfterEach
  void close() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"db_language_id", "team_leader_user_id", "private_db_country_id", "user_group_id"})
  void an_empty_guid_clears_a_reference_that_may_be_empty(String name) {
    JsonObject body = api.readUser(id).put(name, EMPTY);
    if (name.equals("private_db_country_id")) {
      body.putNull("private_db_country_code");
    }

    HttpResponse<Buffer> put = api.putUser(id, body);

    assertThat(WelloApi.ok(put).getValue(name)).as(name).isNull();
    JsonObject read = api.readUser(id);
    assertThat(read.getValue(name)).as(name).isNull();
    OPTIONAL.stream()
        .filter(other -> !other.equals(name))
        .forEach(other -> assertThat(read.getString(other)).as(other).isNotNull());
  }

  @Test
  void a_put_with_every_optional_reference_empty_clears_them_all_and_again_changes_nothing() {
    JsonObject body = api.readUser(id).putNull("private_db_country_code");
    OPTIONAL.forEach(name -> body.put(name, EMPTY));

    HttpResponse<Buffer> first = api.putUser(id, body);
    HttpResponse<Buffer> second = api.putUser(id, body);

    JsonObject answered = WelloApi.ok(first);
    OPTIONAL.forEach(name -> assertThat(answered.getValue(name)).as(name).isNull());
    assertThat(answered.getValue("private_db_country_code")).isNull();
    assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
  }

  @Test
  void a_new_user_with_an_empty_id_and_empty_references_gets_an_id_and_none() {
    JsonObject body =
        new JsonObject()
            .put("id", EMPTY)
            .put("username", "grace@example.test")
            .put("lastname", "Hopper")
            .put("email", "grace@example.test")
            .put("sales_organization_id", oslo.getString("id"));
    OPTIONAL.forEach(name -> body.put(name, EMPTY));

    JsonObject created = api.user(body);

    assertThat(created.getString("id")).isNotEqualTo(EMPTY).isNotNull();
    OPTIONAL.forEach(name -> assertThat(created.getValue(name)).as(name).isNull());
    assertThat(api.readUser(created.getString("id")).getString("sales_organization_id"))
        .isEqualTo(oslo.getString("id"));
  }

  @Test
  void a_put_whose_body_id_is_empty_updates_the_user_of_the_url() {
    HttpResponse<Buffer> put = api.putUser(id, api.readUser(id).put("id", EMPTY).put("skype", "a"));

    assertThat(WelloApi.ok(put).getString("id")).isEqualTo(id);
    assertThat(api.readUser(id).getString("skype")).isEqualTo("a");
  }

  @Test
  void an_empty_sales_organization_id_beside_a_code_is_the_code() {
    JsonObject bergen = api.organization("BGO", "Bergen");
    JsonObject body =
        api.readUser(id)
            .put("sales_organization_id", EMPTY)
            .put("sales_organization_code", "BGO")
            .putNull("sales_organization");

    HttpResponse<Buffer> put = api.putUser(id, body);

    assertThat(WelloApi.ok(put).getString("sales_organization_id"))
        .isEqualTo(bergen.getString("id"));
  }

  @Test
  void an_empty_sales_organization_id_alone_is_a_missing_organization_and_changes_nothing() {
    HttpResponse<Buffer> before = api.getUser(id);
    JsonObject body =
        WelloApi.ok(before)
            .put("sales_organization_id", EMPTY)
            .putNull("sales_organization_code")
            .putNull("sales_organization")
            .put("firstname", "Changed");

    HttpResponse<Buffer> put = api.putUser(id, body);

    JsonObject modelState = assertInvalid(put, "user.sales_organization_id");
    assertThat(modelState.fieldNames()).containsExactly("user.sales_organization_id");
    assertThat(modelState.getJsonArray("user.sales_organization_id").getString(0))
        .isEqualTo("is required");
    HttpResponse<Buffer> after = api.getUser(id);
    assertThat(after.getHeader("ETag")).isEqualTo(before.getHeader("ETag"));
    assertThat(after.bodyAsJsonObject()).isEqualTo(before.bodyAsJsonObject());
  }

  @Test
  void a_new_user_with_only_an_empty_sales_organization_id_is_refused_as_missing_it() {
    HttpResponse<Buffer> post =
        server.post(
            "/api/User",
            new JsonObject()
                .put("id", EMPTY)
                .put("username", "grace@example.test")
                .put("lastname", "Hopper")
                .put("email", "grace@example.test")
                .put("sales_organization_id", EMPTY));

    JsonObject modelState = assertInvalid(post, "user.sales_organization_id");
    assertThat(modelState.getJsonArray("user.sales_organization_id").getString(0))
        .isEqualTo("is required");
    assertThat(
            server.get("/api/User?$filter=username%20eq%20'grace@example.test'").bodyAsJsonArray())
        .isEmpty();
  }

  @Test
  void an_embedded_organization_with_an_empty_id_is_matched_by_its_code_or_created() {
    JsonObject matched =
        api.readUser(id)
            .putNull("sales_organization_id")
            .putNull("sales_organization_code")
            .put(
                "sales_organization",
                new JsonObject().put("id", EMPTY).put("code", "OSL").put("name", "Oslo"));

    assertThat(WelloApi.ok(api.putUser(id, matched)).getString("sales_organization_id"))
        .isEqualTo(oslo.getString("id"));

    JsonObject created =
        api.readUser(id)
            .putNull("sales_organization_id")
            .putNull("sales_organization_code")
            .put(
                "sales_organization",
                new JsonObject()
                    .put("id", EMPTY)
                    .put("code", "TRD")
                    .put("name", "Trondheim")
                    .put("db_country_id", EMPTY)
                    .put("db_currency_id", EMPTY)
                    .put("db_language_id", EMPTY));

    JsonObject answered = WelloApi.ok(api.putUser(id, created));
    assertThat(answered.getString("sales_organization_code")).isEqualTo("TRD");
    assertThat(answered.getString("sales_organization_id"))
        .isNotEqualTo(EMPTY)
        .isNotEqualTo(oslo.getString("id"));
  }

  @Test
  void a_sales_organization_takes_empty_guids_for_its_id_and_references() {
    HttpResponse<Buffer> created =
        server.post(
            "/api/SalesOrganization",
            new JsonObject()
                .put("id", EMPTY)
                .put("code", "BGO")
                .put("name", "Bergen")
                .put("db_country_id", EMPTY)
                .put("db_currency_id", EMPTY)
                .put("db_language_id", EMPTY));

    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
    JsonObject bergen = created.bodyAsJsonObject();
    assertThat(bergen.getString("id")).isNotEqualTo(EMPTY);
    assertThat(bergen.getValue("db_country_id")).isNull();

    String path = "/api/SalesOrganization(" + bergen.getString("id") + ")";
    JsonObject withCountry = bergen.copy().put("db_country_id", api.referenceId("Country", "NO"));
    assertThat(WelloApi.ok(server.put(path, withCountry)).getString("db_country_id")).isNotNull();

    HttpResponse<Buffer> cleared =
        server.put(path, withCountry.put("id", EMPTY).put("db_country_id", EMPTY));

    assertThat(WelloApi.ok(cleared).getValue("db_country_id")).isNull();
    assertThat(WelloApi.ok(server.get(path)).getValue("db_country_id")).isNull();
  }

  @Test
  void a_guid_that_is_not_empty_and_names_nothing_is_still_refused() {
    HttpResponse<Buffer> put =
        api.putUser(
            id, api.readUser(id).put("user_group_id", "00000000-0000-0000-0000-000000000001"));

    assertInvalid(put, "user.user_group_id");
  }
}
