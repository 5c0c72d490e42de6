package io.roster.adapter.rest.wello;

import static io.roster.adapter.rest.wello.WelloApi.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A user's sales organization given by {@code sales_organization_id}, by {@code
 * sales_organization_code}, or as an embedded {@code sales_organization} (matched and updated, or
 * created).
 */
class WelloEmbeddedOrganizationTest {
  private final TestServer server = new TestServer();
  private final WelloApi api = new WelloApi(server);

  private JsonObject oslo;
  private JsonObject bergen;
  private String id;

  @BeforeEach
  void twoOrganizationsAndAUser() {
    oslo = api.organization("OSL", "Oslo");
    bergen = api.organization("BGO", "Bergen");
    id = api.user("ada@example.test", "Lovelace", "OSL").getString("id");
  }

  @AfterEach
  void close() {
    server.close();
  }

  /** The user as stored, with none of the three ways to name the organization. */
  private JsonObject withoutOrganization() {
    JsonObject body = api.readUser(id);
    body.putNull("sales_organization_id")
        .putNull("sales_organization_code")
        .putNull("sales_organization");
    return body;
  }

  /** The organizations these tests made (not ROSTER, the test server administrator's). */
  private JsonArray organizations() {
    HttpResponse<Buffer> list = server.get("/api/SalesOrganization?$filter=code%20ne%20'ROSTER'");
    JsonArray items = WelloApi.okArray(list);
    assertThat(list.getHeader("X-Total-Count")).isEqualTo(Integer.toString(items.size()));
    return items;
  }

  private JsonObject organizationCoded(String code) {
    return organizations().stream()
        .map(JsonObject.class::cast)
        .filter(o -> code.equals(o.getString("code")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no organization has the code " + code));
  }

  private void assertInOrganization(JsonObject organization) {
    JsonObject read = api.readUser(id);
    assertThat(read.getString("sales_organization_id")).isEqualTo(organization.getString("id"));
    assertThat(read.getString("sales_organization_code")).isEqualTo(organization.getString("code"));
    assertThat(read.getJsonObject("sales_organization").getString("id"))
        .isEqualTo(organization.getString("id"));
  }

  @Test
  void the_organization_is_found_by_sales_organization_id() {
    HttpResponse<Buffer> response =
        api.putUser(id, withoutOrganization().put("sales_organization_id", bergen.getString("id")));

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    assertInOrganization(bergen);
  }

  @Test
  void the_organization_is_found_by_sales_organization_code() {
    HttpResponse<Buffer> response =
        api.putUser(id, withoutOrganization().put("sales_organization_code", "BGO"));

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    assertInOrganization(bergen);
  }

  @Test
  void the_organization_is_required() {
    HttpResponse<Buffer> response = api.putUser(id, withoutOrganization());

    assertInvalid(response, "user.sales_organization_id");
    assertInOrganization(oslo);
  }

  @Test
  void an_unknown_sales_organization_code_is_400() {
    HttpResponse<Buffer> response =
        api.putUser(id, withoutOrganization().put("sales_organization_code", "NOPE"));

    assertInvalid(response, "user.sales_organization_id");
    assertInOrganization(oslo);
  }

  @Test
  void an_embedded_organization_with_a_new_code_is_created() {
    JsonObject embedded =
        new JsonObject()
            .put("code", "TRD")
            .put("name", "Trondheim")
            .put("city", "Trondheim")
            .put("zip", "7010");

    HttpResponse<Buffer> response =
        api.putUser(id, withoutOrganization().put("sales_organization", embedded));

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    assertThat(organizations()).hasSize(3);
    JsonObject created = organizationCoded("TRD");
    assertThat(created.getString("name")).isEqualTo("Trondheim");
    assertThat(created.getString("city")).isEqualTo("Trondheim");
    assertThat(created.getString("zip")).isEqualTo("7010");
    assertInOrganization(created);
    JsonObject alone =
        WelloApi.ok(server.get("/api/SalesOrganization(" + created.getString("id") + ")"));
    assertThat(alone.getString("code")).isEqualTo("TRD");
  }

  @Test
  void an_embedded_organization_with_a_client_id_is_created_with_that_id() {
    String clientId = UUID.randomUUID().toString();
    JsonObject embedded =
        new JsonObject().put("id", clientId).put("code", "TRD").put("name", "Trondheim");

    HttpResponse<Buffer> response =
        api.putUser(id, withoutOrganization().put("sales_organization", embedded));

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    assertThat(organizationCoded("TRD").getString("id")).isEqualTo(clientId);
    assertThat(api.readUser(id).getString("sales_organization_id")).isEqualTo(clientId);
  }

  @Test
  void a_second_put_with_the_same_embedded_code_updates_that_organization() {
    JsonObject first = new JsonObject().put("code", "TRD").put("name", "Trondheim");
    assertThat(api.putUser(id, withoutOrganization().put("sales_organization", first)).statusCode())
        .isEqualTo(200);
    String created = organizationCoded("TRD").getString("id");

    JsonObject second =
        new JsonObject()
            .put("code", "TRD")
            .put("name", "Trondheim Sentrum")
            .put("city", "Trondheim");
    HttpResponse<Buffer> response =
        api.putUser(id, withoutOrganization().put("sales_organization", second));

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    assertThat(organizations()).hasSize(3);
    JsonObject updated = organizationCoded("TRD");
    assertThat(updated.getString("id")).isEqualTo(created);
    assertThat(updated.getString("name")).isEqualTo("Trondheim Sentrum");
    assertThat(updated.getString("city")).isEqualTo("Trondheim");
    assertThat(api.readUser(id).getJsonObject("sales_organization").getString("name"))
        .isEqualTo("Trondheim Sentrum");
  }

  @Test
  void an_embedded_organization_matching_an_existing_code_updates_it_with_the_fields_given() {
    JsonObject embedded =
        new JsonObject().put("code", "BGO").put("city", "Bergen").put("phone", "+47 55 00 00 00");

    HttpResponse<Buffer> response =
        api.putUser(id, withoutOrganization().put("sales_organization", embedded));

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    assertThat(organizations()).hasSize(2);
    JsonObject updated =
        WelloApi.ok(server.get("/api/SalesOrganization(" + bergen.getString("id") + ")"));
    assertThat(updated.getString("name")).isEqualTo("Bergen");
    assertThat(updated.getString("city")).isEqualTo("Bergen");
    assertThat(updated.getString("phone")).isEqualTo("+47 55 00 00 00");
    assertInOrganization(bergen);
  }

  @Test
  void an_embedded_organization_is_matched_by_its_id_first() {
    JsonObject embedded =
        new JsonObject().put("id", bergen.getString("id")).put("name", "Bergen Vest");

    HttpResponse<Buffer> response =
        api.putUser(id, withoutOrganization().put("sales_organization", embedded));

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    assertThat(organizations()).hasSize(2);
    assertThat(organizationCoded("BGO").getString("name")).isEqualTo("Bergen Vest");
    assertInOrganization(bergen);
  }

  @Test
  void id_and_code_naming_different_organizations_is_400_and_changes_nothing() {
    JsonObject before = api.readUser(id);
    JsonObject body =
        withoutOrganization()
            .put("sales_organization_id", oslo.getString("id"))
            .put("sales_organization_code", "BGO");

    HttpResponse<Buffer> response = api.putUser(id, body);

    assertInvalid(response, "user.sales_organization_id");
    assertThat(api.readUser(id)).isEqualTo(before);
  }

  @Test
  void id_and_code_naming_the_same_organization_is_accepted() {
    JsonObject body =
        withoutOrganization()
            .put("sales_organization_id", bergen.getString("id"))
            .put("sales_organization_code", "BGO");

    HttpResponse<Buffer> response = api.putUser(id, body);

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    assertInOrganization(bergen);
  }

  @Test
  void a_new_embedded_organization_beside_an_id_naming_another_is_400_and_nothing_is_created() {
    JsonObject before = api.readUser(id);
    JsonObject body =
        withoutOrganization()
            .put("sales_organization_id", oslo.getString("id"))
            .put(
                "sales_organization", new JsonObject().put("code", "TRD").put("name", "Trondheim"));

    HttpResponse<Buffer> response = api.putUser(id, body);

    assertInvalid(response, "user.sales_organization_id");
    assertThat(organizations()).hasSize(2);
    assertThat(api.readUser(id)).isEqualTo(before);
  }

  @Test
  void an_invalid_embedded_organization_is_400_naming_its_field_and_nothing_is_created() {
    JsonObject before = api.readUser(id);
    JsonObject embedded =
        new JsonObject().put("code", "TRD").put("name", "Trondheim").put("email", "not an address");

    HttpResponse<Buffer> response =
        api.putUser(id, withoutOrganization().put("sales_organization", embedded));

    assertInvalid(response, "user.sales_organization.email");
    assertThat(organizations()).hasSize(2);
    assertThat(api.readUser(id)).isEqualTo(before);
  }

  @Test
  void a_new_embedded_organization_without_a_name_is_400() {
    JsonObject embedded = new JsonObject().put("code", "TRD");

    HttpResponse<Buffer> response =
        api.putUser(id, withoutOrganization().put("sales_organization", embedded));

    assertInvalid(response, "user.sales_organization.name");
    assertThat(organizations()).hasSize(2);
  }
}
