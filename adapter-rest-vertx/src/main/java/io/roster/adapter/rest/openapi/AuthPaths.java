package io.roster.adapter.rest.openapi;

import static io.roster.adapter.rest.openapi.ApiDocument.answer;
import static io.roster.adapter.rest.openapi.ApiDocument.answers;
import static io.roster.adapter.rest.openapi.ApiDocument.body;
import static io.roster.adapter.rest.openapi.ApiDocument.header;
import static io.roster.adapter.rest.openapi.ApiDocument.ref;
import static io.roster.adapter.rest.openapi.ApiDocument.route;
import static io.roster.adapter.rest.openapi.ApiDocument.type;
import static java.util.Map.entry;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The log-on routes ({@code /auth/...}), the same in both documents, with OAuth2's errors. */
final class AuthPaths {
  private static final List<String> JSON = List.of("application/json");
  private static final List<String> CREDENTIALS =
      List.of("application/json", "application/x-www-form-urlencoded");

  /** The errors every log-on route may answer, by status. */
  private static final Map<String, String> ERRORS =
      ApiDocument.ordered(
          entry("400", "The request is malformed"),
          entry("401", "Wrong credentials"),
          entry("403", "Refused"),
          entry("413", "The body is too large"),
          entry("415", "Not a JSON or form body"),
          entry("429", "Too many failed attempts: try again after Retry-After seconds"));

  private AuthPaths() {}

  static void add(OpenAPI api) {
    api.getComponents()
        .addSchemas(
            "AuthCredentials",
            object(
                Map.of(
                    "username", type("string"),
                    "password", type("string"),
                    "grant_type", type("string")),
                List.of()))
        .addSchemas(
            "AuthToken",
            object(
                Map.of(
                    "access_token", type("string"),
                    "token_type", type("string"),
                    "expires_in", type("integer")),
                List.of("access_token", "token_type", "expires_in")))
        .addSchemas(
            "AuthSession",
            object(
                Map.of(
                    "ticket", type("string"),
                    "token_type", type("string"),
                    "expires_in", type("integer")),
                List.of("ticket", "token_type", "expires_in")))
        .addSchemas(
            "AuthPasswordChange",
            object(
                Map.of("current_password", type("string"), "new_password", type("string")),
                List.of()))
        .addSchemas(
            "AuthError",
            object(
                Map.of("error", type("string"), "error_description", type("string")),
                List.of("error")));
    String credentials =
        "The user name and password: a JSON or form body (`username`, `password`; OAuth2's"
            + " `grant_type=password` is accepted) or `Authorization: Basic`.";
    route(
        api,
        "/auth/token",
        HttpMethod.POST,
        ApiDocument.open(
            new Operation()
                .operationId("auth.token")
                .summary("An access token for `Authorization: Bearer`")
                .requestBody(body(ref("AuthCredentials"), CREDENTIALS, credentials).required(false))
                .responses(
                    answers(
                        errors("200", answer("The token", ref("AuthToken"), JSON, Map.of()))))));
    route(
        api,
        "/auth/session",
        HttpMethod.POST,
        ApiDocument.open(
            new Operation()
                .operationId("auth.session.start")
                .summary("A session: a ticket for `Authorization: SoTicket`, and cookies")
                .requestBody(body(ref("AuthCredentials"), CREDENTIALS, credentials).required(false))
                .responses(
                    answers(
                        errors(
                            "200",
                            answer(
                                "The session's ticket; the session and XSRF-TOKEN cookies are"
                                    + " set",
                                ref("AuthSession"),
                                JSON,
                                Map.of("Set-Cookie", "roster_session and XSRF-TOKEN")))))));
    route(
        api,
        "/auth/session",
        HttpMethod.DELETE,
        new Operation()
            .operationId("auth.session.end")
            .summary("Ends the session its ticket or cookie names")
            .addParametersItem(header("X-XSRF-TOKEN", "With the session cookie: its XSRF token."))
            .responses(answers(errors("204", new ApiResponse().description("Ended")))));
    route(
        api,
        "/auth/password",
        HttpMethod.PUT,
        new Operation()
            .operationId("auth.password")
            .summary("The caller changes their own password")
            .requestBody(body(ref("AuthPasswordChange"), JSON, "The current and the new password"))
            .responses(answers(errors("204", new ApiResponse().description("Changed")))));
  }

  /** {@code successes} (status, answer, ...) and the errors every log-on route may answer. */
  private static Map<String, ApiResponse> errors(Object... successes) {
    return ApiDocument.withErrors(ERRORS, ref("AuthError"), JSON, successes);
  }

  private static Schema<?> object(Map<String, Schema<?>> properties, List<String> required) {
    JsonSchema schema = new JsonSchema();
    schema.types(Set.of("object"));
    new TreeMap<>(properties).forEach(schema::addProperty);
    if (!required.isEmpty()) {
      schema.setRequired(required);
    }
    return schema;
  }
}
