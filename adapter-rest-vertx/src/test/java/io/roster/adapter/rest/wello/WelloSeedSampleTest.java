package io.roster.adapter.rest.wello;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seed's own sample body ({@code wello/seed-user.json}, copied verbatim from the seed), with
 * its made-up GUIDs pointed at things that exist, PUT to an existing user.
 */
class WelloSeedSampleTest {
  private final TestServer server = new TestServer();
  private final WelloApi api = new WelloApi(server);

  private JsonObject target;
  private JsonObject organization;
  private JsonObject leader;
  private JsonObject sample;

  @BeforeEach
  void existingReferences() throws IOException {
    organization = api.organization("OSL", "Oslo");
    leader =
        api.user(
            new JsonObject()
                .put("username", "leader@example.test")
                .put("lastname", "Leader")
                .put("email", "leader@example.test")
                .put("is_team_leader", true)
                .put("sales_organization_code", "OSL"));
    target = api.user("target@example.test", "Target", "OSL");
    sample = seedSample();
  }

  @AfterEach
  void close() {
    server.close();
  }

  /** The seed's sample with its GUIDs (and its e-mail addresses) replaced as the domain needs. */
  private JsonObject seedSample() throws IOException {
    JsonObject body = new JsonObject(resource("/wello/seed-user.json"));
    assertThat(body.getString("username")).isEqualTo("sample string 3");
    assertThat(body.fieldNames()).hasSize(141);

    body.put("id", target.getString("id"));
    body.put("db_language_id", api.referenceId("Language", "nb"));
    // id, code and the embedded organization all name the same existing organization.
    body.put("sales_organization_id", organization.getString("id"));
    body.put("sales_organization_code", organization.getString("code"));
    JsonObject embedded = body.getJsonObject("sales_organization");
    embedded.put("id", organization.getString("id"));
    embedded.put("code", organization.getString("code"));
    embedded.put("db_country_id", api.referenceId("Country", "NO"));
    embedded.put("db_currency_id", api.referenceId("Currency", "NOK"));
    embedded.put("db_language_id", api.referenceId("Language", "nb"));
    body.put("team_leader_user_id", leader.getString("id"));
    body.put("private_db_country_id", api.referenceId("Country", "SE"));
    body.put("private_db_country_code", "SE");
    body.put("user_group_id", api.referenceId("UserGroup", "support"));

    // The domain requires well-formed e-mail addresses, and the sample's placeholders
    // ("sample string 22", "sample string 26" and the organization's "sample string 16") are not:
    // these three values are replaced too. Everything else is sent as the seed shows it.
    assertThat(body.getString("email")).isEqualTo("sample string 22");
    body.put("email", "sample.string.22@example.test");
    assertThat(body.getString("private_email")).isEqualTo("sample string 26");
    body.put("private_email", "sample.string.26@example.test");
    assertThat(embedded.getString("email")).isEqualTo("sample string 16");
    embedded.put("email", "sample.string.16@example.test");
    return body;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = WelloSeedSampleTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private JsonObject putSample() {
    HttpResponse<Buffer> response = api.putUser(target.getString("id"), sample);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    return response.bodyAsJsonObject();
  }

  @Test
  void the_seed_sample_is_accepted_by_a_put_to_an_existing_user() {
    HttpResponse<Buffer> response = api.putUser(target.getString("id"), sample);

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    assertThat(response.getHeader("Content-Type")).startsWith("application/json");
    assertThat(response.getHeader("ETag")).isEqualTo("\"2\"");
    assertThat(response.bodyAsJsonObject().getString("id")).isEqualTo(target.getString("id"));
  }

  @Test
  void a_get_after_the_put_returns_every_value_sent() {
    putSample();

    JsonObject read = api.readUser(target.getString("id"));

    Set<String> notEchoed = Set.of("modified_dateutc", "birthdate", "sales_organization");
    for (String name : sample.fieldNames()) {
      if (!notEchoed.contains(name)) {
        assertThat(read.getValue(name)).as(name).isEqualTo(sample.getValue(name));
      }
    }
    for (int i = 1; i <= 100; i++) {
      assertThat(read.getString("udf" + i)).as("udf" + i).isEqualTo("sample string " + (40 + i));
    }
    assertThat(read.getString("birthdate")).isEqualTo("2025-10-13T00:00:00");
    assertThat(read.getBoolean("archived")).isTrue();
    assertThat(read.getBoolean("disabled")).isTrue();
    assertThat(read.getBoolean("is_team_leader")).isTrue();
    assertThat(read.getBoolean("allow_hero_app")).isTrue();
    assertThat(read.getBoolean("allow_sales_app")).isTrue();
    assertThat(read.getBoolean("allow_service_app")).isTrue();
    assertThat(read.getString("notes")).isEqualTo("sample string 17");
  }

  @Test
  void a_get_after_the_put_shows_the_embedded_organization_as_sent() {
    putSample();

    JsonObject read = api.readUser(target.getString("id")).getJsonObject("sales_organization");

    JsonObject sent = sample.getJsonObject("sales_organization");
    for (String name : sent.fieldNames()) {
      if (!name.equals("modified_dateutc")) {
        assertThat(read.getValue(name))
            .as("sales_organization." + name)
            .isEqualTo(sent.getValue(name));
      }
    }
    assertThat(read.getString("name")).isEqualTo("sample string 3");
    assertThat(read.getString("vat_reg_code")).isEqualTo("sample string 20");
    JsonObject alone =
        WelloApi.ok(server.get("/api/SalesOrganization(" + organization.getString("id") + ")"));
    assertThat(alone.getString("name")).isEqualTo("sample string 3");
    assertThat(alone.getBoolean("archived")).isTrue();
  }

  @Test
  void the_modified_date_sent_is_ignored() {
    Instant before = Instant.now();

    JsonObject answered = putSample();

    JsonObject read = api.readUser(target.getString("id"));
    String sent = sample.getString("modified_dateutc");
    assertThat(read.getString("modified_dateutc")).isNotEqualTo(sent);
    assertThat(answered.getString("modified_dateutc"))
        .isEqualTo(read.getString("modified_dateutc"));
    Instant modified = OffsetDateTime.parse(read.getString("modified_dateutc")).toInstant();
    assertThat(modified).isBetween(before.minus(Duration.ofSeconds(1)), Instant.now());
  }

  @Test
  void the_same_sample_put_twice_changes_nothing_the_second_time() {
    putSample();
    String etag = api.getUser(target.getString("id")).getHeader("ETag");

    HttpResponse<Buffer> again = api.putUser(target.getString("id"), sample);

    assertThat(again.statusCode()).as(again.bodyAsString()).isEqualTo(200);
    assertThat(again.getHeader("ETag")).isEqualTo(etag);
  }
}
