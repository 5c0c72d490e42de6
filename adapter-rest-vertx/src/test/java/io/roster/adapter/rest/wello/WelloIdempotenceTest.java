package io.roster.adapter.rest.wello;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A PUT of what GET returned is a no-op: no new version, no new modification date. */
class WelloIdempotenceTest {
  private final TestServer server = new TestServer();
  private final WelloApi api = new WelloApi(server);
  private String organization;
  private String leader;

  @BeforeEach
  void references() {
    organization = api.organization("OSL", "Oslo").getString("id");
    leader =
        api.user(
                new JsonObject()
                    .put("username", "leader@example.test")
                    .put("lastname", "Leader")
                    .put("email", "leader@example.test")
                    .put("is_team_leader", true)
                    .put("sales_organization_code", "OSL"))
            .getString("id");
  }

  @AfterEach
  void close() {
    server.close();
  }

  /** GET, PUT exactly that, and check that nothing moved. */
  private void assertPutOfGetChangesNothing(String id) {
    HttpResponse<Buffer> before = api.getUser(id);
    JsonObject stored = WelloApi.ok(before);
    HttpResponse<Buffer> organizationBefore =
        server.get("/api/SalesOrganization(" + organization + ")");

    HttpResponse<Buffer> put = api.putUser(id, stored);

    assertThat(put.statusCode()).as(put.bodyAsString()).isEqualTo(200);
    assertThat(put.getHeader("ETag")).isEqualTo(before.getHeader("ETag"));
    assertThat(put.bodyAsJsonObject()).isEqualTo(stored);
    HttpResponse<Buffer> after = api.getUser(id);
    assertThat(after.getHeader("ETag")).isEqualTo(before.getHeader("ETag"));
    assertThat(after.bodyAsJsonObject().getString("modified_dateutc"))
        .isEqualTo(stored.getString("modified_dateutc"));
    assertThat(after.bodyAsJsonObject()).isEqualTo(stored);
    HttpResponse<Buffer> organizationAfter =
        server.get("/api/SalesOrganization(" + organization + ")");
    assertThat(organizationAfter.getHeader("ETag")).isEqualTo(organizationBefore.getHeader("ETag"));
    assertThat(organizationAfter.bodyAsJsonObject())
        .isEqualTo(organizationBefore.bodyAsJsonObject());
  }

  @Test
  void a_put_of_a_minimal_user_as_read_changes_nothing() {
    String id = api.user("ada@example.test", "Lovelace", "OSL").getString("id");

    assertPutOfGetChangesNothing(id);
  }

  @Test
  void a_put_of_a_full_user_as_read_changes_nothing() {
    JsonObject full =
        new JsonObject()
            .put("username", "ada@example.test")
            .put("firstname", "Augusta Ada")
            .put("lastname", "Lovelace")
            .put("code", "ERP-1815")
            .put("disabled", true)
            .put("emergency_contact", "William King")
            .put("bankaccount", "NO93 8601 1117 947")
            .put("social_security", "10121815-00000")
            .put("place_of_birth", "London")
            .put("nationality", "British")
            .put("functions", "Analyst")
            .put("birthdate", "1815-12-10T00:00:00+00:00")
            .put("skype", "ada.lovelace")
            .put("notes", "First programmer.\nLine two.")
            .put("db_language_id", api.referenceId("Language", "en"))
            .put("sales_organization_id", organization)
            .put("is_team_leader", true)
            .put("team_leader_user_id", leader)
            .put("email", "ada@example.test")
            .put("phone", "+44 20 0000 0000")
            .put("fax", "+44 20 0000 0001")
            .put("mobile", "+44 7000 000000")
            .put("private_email", "ada@home.example.test")
            .put("private_phone", "+44 20 1111 1111")
            .put("private_fax", "+44 20 1111 1112")
            .put("private_mobile", "+44 7111 111111")
            .put("private_street", "St James's Square")
            .put("private_street_number", "12")
            .put("private_city", "London")
            .put("private_zip", "SW1Y 4JH")
            .put("private_db_country_code", "SE")
            .put("allow_hero_app", true)
            .put("allow_sales_app", false)
            .put("allow_service_app", true)
            .put("user_group_id", api.referenceId("UserGroup", "sales"))
            .put("udf1", "one")
            .put("udf50", "fifty")
            .put("udf100", "hundred");
    String id = api.user(full).getString("id");

    assertPutOfGetChangesNothing(id);
  }

  @Test
  void a_put_of_an_archived_user_as_read_changes_nothing() {
    String id = api.user("ada@example.test", "Lovelace", "OSL").getString("id");
    assertThat(api.putUser(id, api.readUser(id).put("archived", true)).statusCode()).isEqualTo(200);

    assertPutOfGetChangesNothing(id);
  }

  @Test
  void a_changing_put_repeated_is_applied_once() {
    String id = api.user("ada@example.test", "Lovelace", "OSL").getString("id");
    JsonObject changed = api.readUser(id).put("firstname", "Ada").put("udf9", "nine");

    HttpResponse<Buffer> first = api.putUser(id, changed);
    HttpResponse<Buffer> second = api.putUser(id, changed);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(first.getHeader("ETag")).isEqualTo("\"2\"");
    assertThat(second.getHeader("ETag")).isEqualTo("\"2\"");
    assertThat(second.bodyAsJsonObject()).isEqualTo(first.bodyAsJsonObject());
  }

  @Test
  void the_modified_date_moves_only_when_something_changes() {
    String id = api.user("ada@example.test", "Lovelace", "OSL").getString("id");
    JsonObject stored = api.readUser(id);

    JsonObject unchanged = WelloApi.ok(api.putUser(id, stored));
    JsonObject changed = WelloApi.ok(api.putUser(id, stored.copy().put("firstname", "Ada")));

    assertThat(unchanged.getString("modified_dateutc"))
        .isEqualTo(stored.getString("modified_dateutc"));
    assertThat(OffsetDateTime.parse(changed.getString("modified_dateutc")))
        .isAfterOrEqualTo(OffsetDateTime.parse(stored.getString("modified_dateutc")));
    assertThat(changed.getString("modified_dateutc"))
        .isNotEqualTo(stored.getString("modified_dateutc"));
  }
}
