package io.roster.adapter.rest.openapi;

import io.roster.adapter.rest.http.QueryOptions;
import io.roster.application.port.in.ListQuery;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The parts of an OpenAPI 3.1 document both dialects share: the document itself with its security
 * schemes (Basic, Bearer, SoTicket, the session cookie), the log-on routes, and small builders for
 * parameters, headers and answers.
 */
public final class ApiDocument {
  public static final String BASIC = "Basic";
  public static final String BEARER = "Bearer";
  public static final String SO_TICKET = "SoTicket";
  public static final String SESSION = "SessionCookie";

  private ApiDocument() {}

  /** A document with {@code title}, the security schemes, every API route needing one of them. */
  public static OpenAPI of(String title, String description) {
    OpenAPI api = new OpenAPI(SpecVersion.V31).openapi("3.1.0");
    api.info(new Info().title(title).version("1").description(description));
    api.components(
        new Components()
            .addSecuritySchemes(
                BASIC,
                new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP)
                    .scheme("basic")
                    .description("A user name and password, on every request."))
            .addSecuritySchemes(
                BEARER,
                new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP)
                    .scheme("bearer")
                    .bearerFormat("JWT")
                    .description("An access token from `POST /auth/token`."))
            .addSecuritySchemes(
                SO_TICKET,
                new SecurityScheme()
                    .type(SecurityScheme.Type.APIKEY)
                    .in(SecurityScheme.In.HEADER)
                    .name("Authorization")
                    .description(
                        "`Authorization: SoTicket <ticket>`, the ticket of a session from `POST"
                            + " /auth/session`."))
            .addSecuritySchemes(
                SESSION,
                new SecurityScheme()
                    .type(SecurityScheme.Type.APIKEY)
                    .in(SecurityScheme.In.COOKIE)
                    .name("roster_session")
                    .description(
                        "The session cookie `POST /auth/session` sets; a write also sends the"
                            + " `XSRF-TOKEN` cookie's value in the `X-XSRF-TOKEN` header.")));
    api.security(
        List.of(
            new SecurityRequirement().addList(BASIC),
            new SecurityRequirement().addList(BEARER),
            new SecurityRequirement().addList(SO_TICKET),
            new SecurityRequirement().addList(SESSION)));
    api.paths(new Paths());
    AuthPaths.add(api);
    return api;
  }

  /**
   * Adds {@code operation} at {@code path} for {@code method}, with what every route has: the
   * {@code X-Request-Id} a request may give and every answer carries.
   */
  public static void route(
      OpenAPI api, String path, PathItem.HttpMethod method, Operation operation) {
    List<Parameter> parameters = new ArrayList<>();
    if (operation.getParameters() != null) {
      parameters.addAll(operation.getParameters());
    }
    operation.setParameters(parameters);
    operation.addParametersItem(
        header(
            "X-Request-Id",
            "The request's id in logs: letters, digits, `.`, `_`, `-`, at most 64; one is made"
                + " when it is not given or not such a token"));
    operation
        .getResponses()
        .values()
        .forEach(
            answer ->
                answer.addHeaderObject(
                    "X-Request-Id",
                    new Header().description("The request's id").schema(type("string"))));
    PathItem item = api.getPaths().computeIfAbsent(path, p -> new PathItem());
    item.operation(method, operation);
  }

  /** An operation without security: the log-on routes. */
  static Operation open(Operation operation) {
    return operation.security(List.of());
  }

  public static Parameter query(String name, Schema<?> schema, String description) {
    return new Parameter().in("query").name(name).schema(schema).description(description);
  }

  public static Parameter header(String name, String description) {
    return new Parameter()
        .in("header")
        .name(name)
        .schema(new JsonSchema().types(Set.of("string")))
        .description(description);
  }

  public static Parameter pathId(String description) {
    return new Parameter()
        .in("path")
        .name("id")
        .required(true)
        .schema(new JsonSchema().types(Set.of("string")))
        .description(description);
  }

  /** {@code text}, {@code integer}, {@code boolean}... as a schema. */
  public static Schema<?> type(String type) {
    return new JsonSchema().types(Set.of(type));
  }

  /** A reference to the component schema {@code name}. */
  public static Schema<?> ref(String name) {
    return new JsonSchema().$ref("#/components/schemas/" + name);
  }

  public static Schema<?> arrayOf(Schema<?> items) {
    return new JsonSchema().types(Set.of("array")).items(items);
  }

  /** {@code schema} in each of {@code mediaTypes}. */
  public static Content content(Schema<?> schema, List<String> mediaTypes) {
    Content content = new Content();
    for (String type : mediaTypes) {
      content.addMediaType(type, new MediaType().schema(schema));
    }
    return content;
  }

  public static RequestBody body(Schema<?> schema, List<String> mediaTypes, String description) {
    return new RequestBody()
        .required(true)
        .content(content(schema, mediaTypes))
        .description(description);
  }

  /** An answer with a body in {@code mediaTypes}, and {@code headers}. */
  public static ApiResponse answer(
      String description, Schema<?> schema, List<String> mediaTypes, Map<String, String> headers) {
    ApiResponse answer = new ApiResponse().description(description);
    if (schema != null) {
      answer.content(content(schema, mediaTypes));
    }
    // In the order of their names: a document is the same byte for byte at every start.
    new TreeMap<>(headers)
        .forEach(
            (name, text) ->
                answer.addHeaderObject(
                    name, new Header().description(text).schema(type("string"))));
    return answer;
  }

  /**
   * The query options of a list route: {@code $filter} as {@code filter} describes it, then {@code
   * more} (an order), {@code $skip} and {@code $top} with their bounds.
   */
  public static List<Parameter> listParameters(String filter, Parameter... more) {
    JsonSchema top = new JsonSchema();
    top.types(Set.of("integer"));
    top.setMinimum(BigDecimal.ONE);
    top.setMaximum(BigDecimal.valueOf(ListQuery.MAX_LIMIT));
    JsonSchema skip = new JsonSchema();
    skip.types(Set.of("integer"));
    skip.setMinimum(BigDecimal.ZERO);
    List<Parameter> parameters = new ArrayList<>();
    parameters.add(query("$filter", type("string"), filter));
    parameters.addAll(List.of(more));
    parameters.add(query("$skip", skip, "Items to skip"));
    parameters.add(
        query("$top", top, "Items in the page (" + QueryOptions.DEFAULT_TOP + " when not given)"));
    return parameters;
  }

  /**
   * {@code successes} (status, answer, status, answer...), then an answer with {@code error} in
   * {@code mediaTypes} for each status of {@code errors} (status to why).
   */
  public static Map<String, ApiResponse> withErrors(
      Map<String, String> errors, Schema<?> error, List<String> mediaTypes, Object... successes) {
    Map<String, ApiResponse> answers = new LinkedHashMap<>();
    for (int i = 0; i < successes.length; i += 2) {
      answers.put((String) successes[i], (ApiResponse) successes[i + 1]);
    }
    errors.forEach((status, why) -> answers.put(status, answer(why, error, mediaTypes, Map.of())));
    return answers;
  }

  /** A map in the order of {@code entries}. */
  @SafeVarargs
  public static Map<String, String> ordered(Map.Entry<String, String>... entries) {
    Map<String, String> map = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : entries) {
      map.put(entry.getKey(), entry.getValue());
    }
    return map;
  }

  /** Answers by status, in the order given. */
  public static ApiResponses answers(Map<String, ApiResponse> byStatus) {
    ApiResponses answers = new ApiResponses();
    byStatus.forEach(answers::addApiResponse);
    return answers;
  }
}
