package io.roster.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.domain.reference.ReferenceKind;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Both dialects over one store: a change through one is seen through the other, and a PUT through
 * one keeps the fields only the other shows.
 */
class CrossDialectTest {
  private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
  private static final Map<String, String> MERGE_PATCH =
      Map.of("Content-Type", "application/merge-patch+json");

  private final TestServer server = new TestServer();
  private String welloId;
  private int associateId;

  @BeforeEach
  void a_user_made_through_wello() {
    ok(
        server.post(
            "/api/SalesOrganization", new JsonObject().put("code", "OSL").put("name", "Oslo")),
        201);
    JsonObject created =
        ok(
            server.post(
                "/api/User",
                new JsonObject()
                    .put("username", "ada@example.test")
                    .put("firstname", "Augusta Ada")
                    .put("lastname", "Lovelace")
                    .put("email", "ada@example.test")
                    .put("phone", "+44 20 0000 0000")
                    .put("mobile", "+44 7000 000000")
                    .put("birthdate", "1815-12-10T00:00:00+00:00")
                    .put("code", "ERP-1815")
                    .put("bankaccount", "NO93 8601 1117 947")
                    .put("social_security", "10121815-00000")
                    .put("place_of_birth", "London")
                    .put("emergency_contact", "William King")
                    .put("skype", "ada.lovelace")
                    .put("notes", "First programmer.")
                    .put("private_email", "ada@home.example.test")
                    .put("private_phone", "+44 20 1111 1111")
                    .put("private_street", "St James's Square")
                    .put("private_city", "London")
                    .put("sales_organization_code", "OSL")
                    .put("udf1", "one")
                    .put("udf50", "fifty")),
            201);
    welloId = created.getString("id");
    JsonArray found =
        ok(server.get("/api/v1/User?$filter=username%20eq%20'ada@example.test'"), 200)
            .getJsonArray("value");
    assertThat(found).hasSize(1);
    associateId = found.getJsonObject(0).getInteger("AssociateId");
  }

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void a_user_made_through_wello_shows_its_shared_fields_through_superoffice() {
    JsonObject so = so();

    assertThat(ok(server.get("/api/v1/User/ada@example.test"), 200)).isEqualTo(so);
    assertThat(so.getString("UserName")).isEqualTo("ada@example.test");
    JsonObject person = so.getJsonObject("Person");
    assertThat(person.getString("Firstname")).isEqualTo("Augusta Ada");
    assertThat(person.getString("Lastname")).isEqualTo("Lovelace");
    assertThat(person.getString("Email")).isEqualTo("ada@example.test");
    assertThat(person.getString("DirectPhone")).isEqualTo("+44 20 0000 0000");
    assertThat(person.getString("MobilePhone")).isEqualTo("+44 7000 000000");
    assertThat(person.getString("Birthdate")).startsWith("1815-12-10");
    assertThat(so.getBoolean("Deleted")).isFalse();
    assertThat(so.getJsonObject("CustomFields").getMap())
        .containsEntry("udf1", "one")
        .containsEntry("udf50", "fifty");
    assertThat(so.encode())
        .doesNotContain("NO93")
        .doesNotContain("ada.lovelace")
        .doesNotContain("ERP-1815")
        .doesNotContain("First programmer")
        .doesNotContain("ada@home.example.test");
  }

  @Test
  void a_put_and_a_patch_through_superoffice_are_seen_through_wello() {
    JsonObject body = so();
    body.getJsonObject("Person").put("Firstname", "Ada").put("Phone", "+44 20 9999 9999");
    body.getJsonObject("CustomFields").put("udf1", "uno");
    ok(server.put("/api/v1/User/" + associateId, body), 200);

    JsonObject afterPut = wello();
    assertThat(afterPut.getString("firstname")).isEqualTo("Ada");
    assertThat(afterPut.getString("phone")).isEqualTo("+44 20 9999 9999");
    assertThat(afterPut.getString("udf1")).isEqualTo("uno");

    ok(
        server.send(
            HttpMethod.PATCH,
            "/api/v1/User/" + associateId,
            MERGE_PATCH,
            new JsonObject()
                .put("UserName", "ada.king@example.test")
                .put(
                    "Person",
                    new JsonObject().put("Lastname", "King").put("Email", "ada.king@example.test"))
                .put("Deleted", true)
                .encode()),
        200);

    JsonObject afterPatch = wello();
    assertThat(afterPatch.getString("username")).isEqualTo("ada.king@example.test");
    assertThat(afterPatch.getString("lastname")).isEqualTo("King");
    assertThat(afterPatch.getString("email")).isEqualTo("ada.king@example.test");
    assertThat(afterPatch.getBoolean("archived")).isTrue();
    assertThat(afterPatch.getString("firstname")).isEqualTo("Ada");
  }

  @Test
  void a_change_through_wello_is_seen_through_superoffice() {
    ok(
        welloPut(
            wello().put("lastname", "Byron").put("mobile", "+44 7222 222222").put("udf50", "L")),
        200);

    JsonObject so = so();
    assertThat(so.getJsonObject("Person").getString("Lastname")).isEqualTo("Byron");
    assertThat(so.getJsonObject("Person").getString("MobilePhone")).isEqualTo("+44 7222 222222");
    assertThat(so.getJsonObject("CustomFields").getString("udf50")).isEqualTo("L");
  }

  @Test
  void a_put_through_superoffice_of_what_it_reads_keeps_every_field_only_wello_shows() {
    JsonObject before = wello();

    ok(server.put("/api/v1/User/" + associateId, so()), 200);

    assertThat(withoutModified(wello())).isEqualTo(withoutModified(before));
  }

  @Test
  void a_changing_put_through_superoffice_keeps_every_field_only_wello_shows() {
    JsonObject before = wello();
    JsonObject body = so().put("Tooltip", "the first programmer").put("NickName", "Enchantress");
    body.getJsonObject("Person").put("Firstname", "Ada");

    ok(server.put("/api/v1/User/" + associateId, body), 200);

    JsonObject after = wello();
    assertThat(after.getString("firstname")).isEqualTo("Ada");
    assertThat(withoutModified(after).put("firstname", before.getString("firstname")))
        .isEqualTo(withoutModified(before));
  }

  @Test
  void a_put_through_wello_of_what_it_reads_keeps_every_field_only_superoffice_shows() {
    JsonObject body =
        so().put("Name", "AAL")
            .put("NickName", "Enchantress")
            .put("Rank", 7)
            .put("Tooltip", "the first programmer")
            .put("Role", new JsonObject().put("Id", number(ReferenceKind.ROLE, 0)))
            .put(
                "OtherGroups",
                new JsonArray()
                    .add(new JsonObject().put("Id", number(ReferenceKind.USER_GROUP, 1))))
            .put(
                "TicketCategories",
                new JsonArray()
                    .add(new JsonObject().put("Id", number(ReferenceKind.TICKET_CATEGORY, 0))))
            .put(
                "Credentials",
                new JsonArray()
                    .add(new JsonObject().put("Type", "Password").put("Value", "secret")))
            .put("CustomFields", so().getJsonObject("CustomFields").put("x_shoe_size", "38"));
    ok(server.put("/api/v1/User/" + associateId, body), 200);
    JsonObject before = so();
    assertThat(before.getString("NickName")).isEqualTo("Enchantress");
    assertThat(before.getJsonObject("ExtraFields").getMap()).containsEntry("x_shoe_size", "38");

    ok(welloPut(wello()), 200);
    assertThat(so()).isEqualTo(before);

    ok(welloPut(wello().put("firstname", "Ada").put("skype", "ada.king")), 200);
    JsonObject after = so();
    assertThat(after.getJsonObject("Person").getString("Firstname")).isEqualTo("Ada");
    after
        .getJsonObject("Person")
        .put("Firstname", before.getJsonObject("Person").getString("Firstname"))
        .put("FullName", before.getJsonObject("Person").getString("FullName"));
    assertThat(after).isEqualTo(before);
  }

  private JsonObject so() {
    return ok(server.get("/api/v1/User/" + associateId), 200);
  }

  private JsonObject wello() {
    return ok(server.get("/api/User(" + welloId + ")"), 200);
  }

  private HttpResponse<Buffer> welloPut(JsonObject body) {
    return server.send(HttpMethod.PUT, "/api/User(" + welloId + ")", JSON, body.encode());
  }

  private int number(ReferenceKind kind, int index) {
    return server.ports.referenceData().list(kind).get(index).number();
  }

  private static JsonObject withoutModified(JsonObject wello) {
    JsonObject copy = wello.copy();
    copy.remove("modified_dateutc");
    return copy;
  }

  private static JsonObject ok(HttpResponse<Buffer> response, int status) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(status);
    return response.bodyAsJsonObject();
  }
}
