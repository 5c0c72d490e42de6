package io.roster.adapter.rest.superoffice;

import static io.roster.adapter.rest.superoffice.SoApi.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.RestServer;
import io.roster.adapter.rest.RestSettings;
import io.roster.adapter.rest.TestCalls;
import io.roster.adapter.rest.TestServer;
import io.roster.adapter.rest.auth.AuthSettings;
import io.roster.application.Ports;
import io.roster.application.UseCases;
import io.roster.application.port.in.Role;
import io.roster.application.port.out.StoreUnavailable;
import io.roster.application.port.out.UserRepository;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every status of the design's table the SuperOffice dialect answers, each in SuperOffice's error
 * shape.
 */
class SoStatusesTest {
  private final TestServer server = new TestServer();
  private final SoApi api = new SoApi(server);
  private int id;
  private JsonObject stored;

  @BeforeEach
  void aUser() {
    id = api.user("ada@example.test", "Lovelace");
    stored = api.read(id);
  }

  @AfterEach
  void close() {
    server.close();
  }

  private void assertUnchanged() {
    assertThat(api.read(id)).isEqualTo(stored);
  }

  // 400

  @Test
  void a_put_without_a_body_is_400_entity_to_save_is_not_in_request_body() {
    HttpResponse<Buffer> response = api.send(HttpMethod.PUT, "/api/v1/User/" + id, Map.of(), null);

    assertThat(assertError(response, 400)).isEqualTo("Entity to save is not in request body");
    assertUnchanged();
  }

  @Test
  void malformed_json_is_400() {
    assertError(api.send(HttpMethod.PUT, "/api/v1/User/" + id, Map.of(), "{\"Name\": "), 400);
    assertUnchanged();
  }

  @Test
  void a_value_of_the_wrong_type_is_400_naming_the_property() {
    assertThat(assertError(api.put(id, stored.copy().put("Rank", "high")), 400)).contains("Rank");
    assertUnchanged();
  }

  @Test
  void missing_and_invalid_fields_are_400_listing_each_in_the_message() {
    HttpResponse<Buffer> response =
        api.send(
            HttpMethod.POST,
            "/api/v1/User",
            Map.of(),
            new JsonObject()
                .put("Person", new JsonObject().put("Email", "no address"))
                .put("Type", "Boss")
                .encode());

    String message = assertError(response, 400);

    assertThat(message).contains("Type");
    HttpResponse<Buffer> missing =
        api.send(
            HttpMethod.POST,
            "/api/v1/User",
            Map.of(),
            new JsonObject().put("Person", new JsonObject().put("Email", "no address")).encode());
    assertThat(assertError(missing, 400)).contains("UserName", "Person.Lastname", "Person.Email");
  }

  @Test
  void a_taken_user_name_with_another_error_is_400_naming_both() {
    int grace = api.user("grace@example.test", "Hopper");

    HttpResponse<Buffer> response =
        api.put(grace, api.read(grace).put("UserName", " ADA@Example.TEST ").put("Rank", -1));

    assertThat(assertError(response, 400))
        .contains("UserName", "'ADA@Example.TEST' is already taken", "Rank");
    assertUnchanged();
  }

  @Test
  void an_unknown_list_item_id_is_400_naming_it() {
    HttpResponse<Buffer> response =
        api.put(
            id,
            stored
                .copy()
                .put("OtherGroups", new JsonArray().add(new JsonObject().put("Id", 987654)))
                .put("TicketCategories", new JsonArray().add(new JsonObject().put("Id", 876543))));

    assertThat(assertError(response, 400))
        .contains("OtherGroups[0]", "987654", "TicketCategories[0]", "876543");
    assertUnchanged();
  }

  @Test
  void prefer_handling_strict_refuses_unknown_properties_naming_them() {
    HttpResponse<Buffer> response =
        api.send(
            HttpMethod.PUT,
            "/api/v1/User/" + id,
            Map.of("Prefer", "handling=strict"),
            stored
                .copy()
                .put("ShoeSize", 44)
                .put("CustomFields", new JsonObject().put("CustomFields1", "hic"))
                .encode());

    assertThat(assertError(response, 400)).contains("ShoeSize", "CustomFields.CustomFields1");
    assertUnchanged();
  }

  @Test
  void a_top_out_of_range_or_a_filter_not_understood_is_400() {
    assertThat(assertError(api.get("/api/v1/User?$top=0"), 400)).contains("$top");
    assertThat(assertError(api.get("/api/v1/User?$filter=shoesize%20eq%201"), 400))
        .contains("$filter");
  }

  // 401, 403, 429

  @Test
  void no_credentials_is_401_with_a_challenge() {
    HttpResponse<Buffer> response =
        server.sendAnonymous(HttpMethod.GET, "/api/v1/User/" + id, Map.of(), null);

    assertError(response, 401);
    assertThat(response.getHeader("WWW-Authenticate")).contains("Basic");
  }

  @Test
  void a_partner_app_may_not_manage_users_403() {
    HttpResponse<Buffer> response =
        api.send(
            HttpMethod.PUT,
            "/api/v1/User/" + id,
            Map.of("SO-AppToken", "partner"),
            stored.copy().put("Tooltip", "changed").encode());

    assertThat(assertError(response, 403))
        .isEqualTo("User management is not allowed for partner apps.");
    assertThat(
            assertError(
                api.send(
                    HttpMethod.GET, "/api/v1/User/default", Map.of("SO-AppToken", "partner"), null),
                403))
        .isEqualTo("User management is not allowed for partner apps.");
    assertUnchanged();
  }

  @Test
  void a_read_only_user_may_not_change_a_user_403() {
    String reader = api.userWithRole("reader@example.test", Role.READ_ONLY);

    HttpResponse<Buffer> response =
        api.send(
            HttpMethod.PUT,
            "/api/v1/User/" + id,
            Map.of("Authorization", reader),
            stored.copy().put("Tooltip", "changed").encode());

    assertError(response, 403);
    assertError(
        api.send(HttpMethod.DELETE, "/api/v1/User/" + id, Map.of("Authorization", reader), null),
        403);
    assertUnchanged();
  }

  @Test
  void the_sixth_failed_log_on_in_a_row_is_429_with_retry_after() {
    for (int i = 0; i < 5; i++) {
      assertError(
          server.send(
              HttpMethod.GET,
              "/api/v1/User",
              Map.of("Authorization", TestServer.basic(TestServer.ADMIN, "guess " + i)),
              null),
          401);
    }

    HttpResponse<Buffer> locked = api.get("/api/v1/User");

    assertError(locked, 429);
    assertThat(Integer.parseInt(locked.getHeader("Retry-After"))).isPositive();
  }

  // 404, 405

  @Test
  void an_unknown_user_or_route_is_404() {
    assertThat(assertError(api.get("/api/v1/User/99999"), 404)).contains("99999");
    assertError(api.get("/api/v1/User/nobody@example.test"), 404);
    assertError(api.get("/api/v1/Contact/1"), 404);
    assertError(api.put(99999, stored), 404);
  }

  @Test
  void another_method_on_a_user_is_405_with_an_allow_header() {
    HttpResponse<Buffer> response = api.send(HttpMethod.POST, "/api/v1/User/" + id, Map.of(), "{}");

    assertError(response, 405);
    assertThat(response.getHeader("Allow")).isEqualTo("GET, PUT, PATCH, DELETE");
  }

  // 409, 412

  @Test
  void a_user_name_taken_by_another_user_ignoring_case_is_409() {
    api.user("grace@example.test", "Hopper");

    HttpResponse<Buffer> response =
        api.put(id, stored.copy().put("UserName", "GRACE@example.test"));

    assertThat(assertError(response, 409)).contains("UserName");
    assertUnchanged();
  }

  @Test
  void a_user_name_differing_only_in_case_and_surrounding_spaces_is_409_quoting_it_as_sent() {
    int grace = api.user("grace@example.test", "Hopper");
    JsonObject before = api.read(grace);

    HttpResponse<Buffer> put = api.put(grace, before.copy().put("UserName", " Ada@Example.TEST "));
    HttpResponse<Buffer> post =
        api.send(
            HttpMethod.POST,
            "/api/v1/User",
            Map.of(),
            SoApi.newUser("other@example.test", "Other")
                .put("UserName", "\tADA@example.test ")
                .encode());

    assertThat(assertError(put, 409))
        .isEqualTo("Already taken: UserName: 'Ada@Example.TEST' is already taken by another user");
    assertThat(assertError(post, 409)).contains("UserName", "'ADA@example.test'");
    assertThat(api.read(grace)).isEqualTo(before);
    assertUnchanged();
  }

  @Test
  void a_nick_name_differing_only_in_case_is_409() {
    assertThat(api.put(id, stored.copy().put("NickName", "Countess")).statusCode()).isEqualTo(200);
    int grace = api.user("grace@example.test", "Hopper");
    JsonObject before = api.read(grace);

    HttpResponse<Buffer> put = api.put(grace, before.copy().put("NickName", "COUNTESS"));
    HttpResponse<Buffer> post =
        api.send(
            HttpMethod.POST,
            "/api/v1/User",
            Map.of(),
            SoApi.newUser("other@example.test", "Other").put("NickName", " countess ").encode());

    assertThat(assertError(put, 409))
        .isEqualTo("Already taken: NickName: 'COUNTESS' is already taken by another user");
    assertThat(assertError(post, 409)).contains("NickName", "'countess'");
    assertThat(api.read(grace)).isEqualTo(before);
  }

  @Test
  void an_if_match_that_no_longer_holds_is_412_and_one_that_holds_succeeds() {
    String etag = api.get("/api/v1/User/" + id).getHeader("ETag");
    assertThat(api.put(id, stored.copy().put("Tooltip", "first")).statusCode()).isEqualTo(200);
    JsonObject current = api.read(id);

    HttpResponse<Buffer> stale =
        api.send(
            HttpMethod.PUT,
            "/api/v1/User/" + id,
            Map.of("If-Match", etag),
            current.copy().put("Tooltip", "second").encode());
    String fresh = api.get("/api/v1/User/" + id).getHeader("ETag");
    HttpResponse<Buffer> holding =
        api.send(
            HttpMethod.PUT,
            "/api/v1/User/" + id,
            Map.of("If-Match", fresh),
            current.copy().put("Tooltip", "third").encode());

    assertError(stale, 412);
    assertThat(holding.statusCode()).as(holding.bodyAsString()).isEqualTo(200);
    assertThat(holding.getHeader("ETag")).isNotEqualTo(fresh);
    assertError(
        api.send(HttpMethod.DELETE, "/api/v1/User/" + id, Map.of("If-Match", etag), null), 412);
  }

  // 413, 415, 406

  @Test
  void a_body_over_the_limit_is_413() {
    try (TestServer small = new TestServer(2048)) {
      SoApi smallApi = new SoApi(small);
      int user = smallApi.user("ada@example.test", "Lovelace");
      JsonObject before = smallApi.read(user);

      HttpResponse<Buffer> response =
          smallApi.put(user, before.copy().put("Tooltip", "t".repeat(3000)));

      assertError(response, 413);
      assertThat(smallApi.read(user)).isEqualTo(before);
    }
  }

  @Test
  void a_body_that_is_not_json_xml_or_a_form_is_415() {
    HttpResponse<Buffer> response =
        api.send(
            HttpMethod.PUT, "/api/v1/User/" + id, Map.of("Content-Type", "text/plain"), "Name: x");

    assertThat(assertError(response, 415))
        .contains("text/plain")
        .contains("application/json")
        .contains("application/xml");
    assertUnchanged();
  }

  @Test
  void an_accept_that_is_neither_json_nor_xml_is_406_and_json_among_others_is_served() {
    assertError(
        server.send(HttpMethod.GET, "/api/v1/User/" + id, Map.of("Accept", "text/html"), null),
        406);
    HttpResponse<Buffer> among =
        server.send(
            HttpMethod.GET,
            "/api/v1/User/" + id,
            Map.of("Accept", "text/html, application/json;q=0.5"),
            null);
    assertThat(among.statusCode()).isEqualTo(200);
    assertThat(among.getHeader("Content-Type")).startsWith("application/json");
  }

  @Test
  void the_patch_types_the_seed_lists_for_accept_are_answered_in_json() {
    for (String type :
        new String[] {"application/json-patch+json", "application/merge-patch+json"}) {
      HttpResponse<Buffer> response =
          server.send(HttpMethod.GET, "/api/v1/User/" + id, Map.of("Accept", type), null);

      assertThat(response.statusCode()).as(type).isEqualTo(200);
      assertThat(response.getHeader("Content-Type")).isEqualTo("application/json; charset=utf-8");
      assertThat(response.bodyAsJsonObject().getInteger("AssociateId")).isEqualTo(id);
    }
  }

  @Test
  void text_json_is_taken_and_answered() {
    HttpResponse<Buffer> response =
        api.send(
            HttpMethod.PUT,
            "/api/v1/User/" + id,
            Map.of("Content-Type", "text/json; charset=utf-8", "Accept", "text/json"),
            stored.copy().put("Tooltip", "t").encode());

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    assertThat(response.getHeader("Content-Type")).isEqualTo("text/json; charset=utf-8");
    assertThat(api.get("/api/v1/User/" + id).getHeader("Content-Type"))
        .isEqualTo("application/json; charset=utf-8");
  }

  // 503

  @Test
  void a_store_that_cannot_be_reached_is_503_with_retry_after() {
    AtomicBoolean down = new AtomicBoolean();
    Ports ports = server.ports;
    UserRepository users =
        (UserRepository)
            Proxy.newProxyInstance(
                UserRepository.class.getClassLoader(),
                new Class<?>[] {UserRepository.class},
                (proxy, method, args) -> {
                  if (down.get()) {
                    throw new StoreUnavailable("the test's store is down", null);
                  }
                  try {
                    return method.invoke(ports.users(), args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    Ports failing =
        new Ports(
            ports.unitOfWork(),
            users,
            ports.salesOrganizations(),
            ports.referenceData(),
            ports.auditLog(),
            ports.passwordHasher(),
            ports.clock(),
            ports.sessions(),
            ports.loginFailures());
    Vertx vertx = Vertx.vertx();
    try {
      AuthSettings auth =
          new AuthSettings(
              TestServer.DOMAIN,
              TestServer.TOKEN_KEY,
              Duration.ofMinutes(5),
              Duration.ofMinutes(30));
      RestServer rest =
          TestServer.await(
              RestServer.start(
                  vertx,
                  new RestSettings(
                      0,
                      RestSettings.DEFAULT_BODY_LIMIT,
                      2,
                      auth,
                      RestSettings.DEFAULT_SLOW_CALL_THRESHOLD),
                  TestCalls.of(UseCases.over(failing)),
                  () -> !down.get()));
      WebClient client =
          WebClient.create(
              vertx,
              new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(rest.port()));
      down.set(true);

      HttpResponse<Buffer> response =
          TestServer.await(
              client
                  .get("/api/v1/User/" + id)
                  .putHeader(
                      "Authorization",
                      TestServer.basic(TestServer.ADMIN, TestServer.ADMIN_PASSWORD))
                  .send());

      assertError(response, 503);
      assertThat(response.getHeader("Retry-After")).isNotBlank();
    } finally {
      TestServer.await(vertx.close());
    }
  }
}
