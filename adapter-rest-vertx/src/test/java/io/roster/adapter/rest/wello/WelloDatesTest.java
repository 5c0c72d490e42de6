package io.roster.adapter.rest.wello;

import static io.roster.adapter.rest.wello.WelloApi.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code birthdate} is a calendar date: taken in every form a .NET client writes a date in, its
 * date as written (no offset moves it), and answered as .NET writes a date in a {@code DateTime},
 * without an offset. {@code modified_dateutc}, an instant, keeps its offset.
 */
class WelloDatesTest {
  private static TestServer server;
  private static WelloApi api;
  private static int users;

  @BeforeAll
  static void start() {
    server = new TestServer();
    api = new WelloApi(server);
    api.organization("OSL", "Oslo");
  }

  @AfterAll
  static void close() {
    server.close();
  }

  private static JsonObject newUser() {
    return api.user("dated" + ++users + "@example.test", "Dated", "OSL");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1990-12-10",
        "1990-12-10T00:00:00",
        "1990-12-10T00:00:00.0000000",
        "1990-12-10T00:00:00.000",
        "1990-12-10T00:00",
        "1990-12-10T00:00:00Z",
        "1990-12-10T00:00:00+00:00",
        "1990-12-10T00:00:00-05:00",
        "1990-12-10T23:59:59.9999999-12:00",
        "1990-12-10T00:00:00+14:00",
        "1990-12-10T16:48:26.4786077+05:30",
        " 1990-12-10T00:00:00 "
      })
  void every_form_of_a_date_keeps_the_date_as_written(String sent) {
    String id = newUser().getString("id");

    HttpResponse<Buffer> put = api.putUser(id, api.readUser(id).put("birthdate", sent));

    assertThat(WelloApi.ok(put).getString("birthdate")).isEqualTo("1990-12-10T00:00:00");
    assertThat(api.readUser(id).getString("birthdate")).isEqualTo("1990-12-10T00:00:00");
  }

  @Test
  void a_new_user_takes_a_date_without_an_offset() {
    JsonObject created =
        api.user(
            new JsonObject()
                .put("username", "born@example.test")
                .put("lastname", "Born")
                .put("email", "born@example.test")
                .put("birthdate", "1990-12-10T00:00:00")
                .put("sales_organization_code", "OSL"));

    assertThat(created.getString("birthdate")).isEqualTo("1990-12-10T00:00:00");
  }

  @Test
  void a_date_far_east_or_west_of_utc_is_the_day_written() {
    String id = newUser().getString("id");

    api.putUser(id, api.readUser(id).put("birthdate", "1990-12-10T23:30:00-11:00"));
    assertThat(api.readUser(id).getString("birthdate")).isEqualTo("1990-12-10T00:00:00");

    api.putUser(id, api.readUser(id).put("birthdate", "1990-12-10T00:30:00+13:00"));
    assertThat(api.readUser(id).getString("birthdate")).isEqualTo("1990-12-10T00:00:00");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1990-02-30T00:00:00",
        "1990-02-30",
        "1990-13-01T00:00:00",
        "1990-12-10T24:00:00",
        "1990-12-10T00:00:00+25:00",
        "1990-12-10 00:00:00",
        "1990-12-10T00:00:00[Europe/Oslo]",
        "10/12/1990",
        "1990-12-10Z",
        "yesterday"
      })
  void what_is_no_date_is_a_400_naming_birthdate_and_changes_nothing(String sent) {
    String id = newUser().getString("id");
    HttpResponse<Buffer> before = api.getUser(id);

    HttpResponse<Buffer> put =
        api.putUser(id, WelloApi.ok(before).put("birthdate", sent).put("firstname", "Changed"));

    JsonObject modelState = assertInvalid(put, "user.birthdate");
    assertThat(modelState.fieldNames()).containsExactly("user.birthdate");
    HttpResponse<Buffer> after = api.getUser(id);
    assertThat(after.getHeader("ETag")).isEqualTo(before.getHeader("ETag"));
    assertThat(after.bodyAsJsonObject()).isEqualTo(before.bodyAsJsonObject());
  }

  @Test
  void null_or_blank_clears_the_date() {
    String id = newUser().getString("id");
    api.putUser(id, api.readUser(id).put("birthdate", "1990-12-10"));

    api.putUser(id, api.readUser(id).putNull("birthdate"));
    assertThat(api.readUser(id).getValue("birthdate")).isNull();

    api.putUser(id, api.readUser(id).put("birthdate", "1990-12-10"));
    api.putUser(id, api.readUser(id).put("birthdate", ""));
    assertThat(api.readUser(id).getValue("birthdate")).isNull();
  }

  @Test
  void the_modification_date_is_an_instant_with_its_utc_offset() {
    JsonObject user = newUser();

    String modified = user.getString("modified_dateutc");

    assertThat(modified).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}\\+00:00");
    assertThat(OffsetDateTime.parse(modified).getOffset()).isEqualTo(ZoneOffset.UTC);
    JsonObject organization =
        WelloApi.ok(
            server.get("/api/SalesOrganization(" + user.getString("sales_organization_id") + ")"));
    assertThat(organization.getString("modified_dateutc")).endsWith("+00:00");
  }
}
