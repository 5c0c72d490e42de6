package io.roster.adapter.rest.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.domain.credential.CredentialDraft;
import io.roster.domain.credential.Secret;
import io.roster.domain.field.Draft;
import io.roster.domain.reference.Reference;
import io.roster.domain.reference.ReferenceKind;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Calls to the SuperOffice dialect of a {@link TestServer}, as its administrator unless told. */
final class SoApi {
  static final String JSON = "application/json";
  private final TestServer server;

  SoApi(TestServer server) {
    this.server = server;
  }

  /** A new user made through the dialect; its associate id. */
  int user(String username, String lastname) {
    HttpResponse<Buffer> created =
        send(HttpMethod.POST, "/api/v1/User", Map.of(), newUser(username, lastname).encode());
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(200);
    return created.bodyAsJsonObject().getInteger("AssociateId");
  }

  static JsonObject newUser(String username, String lastname) {
    return new JsonObject()
        .put("UserName", username)
        .put("Person", new JsonObject().put("Lastname", lastname).put("Email", username));
  }

  /**
   * A user with {@code role} and a password ({@code password of <name>}) made through the use
   * cases.
   */
  String userWithRole(String username, Role role) {
    User admin =
        server.useCases.getUser().getByUsername(Principal.system(), TestServer.ADMIN).user();
    server
        .useCases
        .createUser()
        .create(
            new CreateUserCommand(
                Principal.system(),
                null,
                Draft.<User>builder()
                    .set(UserFields.USERNAME, username)
                    .set(UserFields.LASTNAME, "Role")
                    .set(UserFields.EMAIL, username)
                    .set(UserFields.SALES_ORGANIZATION, admin.organisation().salesOrganization())
                    .refer(UserFields.ROLE, Reference.byCode(role.code()))
                    .put(
                        UserFields.CREDENTIALS,
                        List.of(
                            new CredentialDraft(
                                "Password", Secret.plain("password of " + username), null)))
                    .build()));
    return TestServer.basic(username, "password of " + username);
  }

  int number(ReferenceKind kind, int index) {
    return server.ports.referenceData().list(kind).get(index).number();
  }

  JsonObject read(int id) {
    HttpResponse<Buffer> response = get("/api/v1/User/" + id);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    return response.bodyAsJsonObject();
  }

  HttpResponse<Buffer> get(String path) {
    return send(HttpMethod.GET, path, Map.of(), null);
  }

  HttpResponse<Buffer> put(int id, JsonObject body) {
    return send(HttpMethod.PUT, "/api/v1/User/" + id, Map.of(), body.encode());
  }

  HttpResponse<Buffer> send(
      HttpMethod method, String path, Map<String, String> headers, String body) {
    Map<String, String> all = new LinkedHashMap<>();
    if (body != null) {
      all.put("Content-Type", JSON);
    }
    all.putAll(headers);
    return server.send(method, path, all, body);
  }

  /** The SuperOffice error shape, with {@code status}; the message. */
  static String assertError(HttpResponse<Buffer> response, int status) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(status);
    assertThat(response.getHeader("Content-Type")).startsWith(JSON);
    JsonObject body = response.bodyAsJsonObject();
    assertThat(body.fieldNames())
        .containsExactly("Error", "ErrorType", "ErrorMessage", "ErrorSource");
    assertThat(body.getBoolean("Error")).isTrue();
    assertThat(body.getString("ErrorType")).isNotBlank();
    assertThat(body.getString("ErrorSource")).isNotBlank();
    assertThat(response.bodyAsString())
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("java.")
        .doesNotContain("io.roster");
    return body.getString("ErrorMessage");
  }
}
