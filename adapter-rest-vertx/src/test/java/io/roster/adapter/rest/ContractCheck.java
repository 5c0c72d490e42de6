package io.roster.adapter.rest;

import io.swagger.v3.core.util.Json31;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.json.schema.OutputUnit;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.openapi.validation.RequestValidator;
import io.vertx.openapi.validation.ResponseValidator;
import io.vertx.openapi.validation.SchemaValidationException;
import io.vertx.openapi.validation.ValidatableResponse;
import io.vertx.openapi.validation.impl.RequestParameterImpl;
import io.vertx.openapi.validation.impl.ValidatableRequestImpl;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every request the HTTP tests send and every answer they get, checked against the dialect's
 * OpenAPI document ({@link RestServer#documents()}) with Vert.x OpenAPI's validators: an answer
 * must be one the document describes for its route and status (a JSON body valid against its
 * schema); a request the document calls invalid must not succeed. Requests to a path no document
 * has (unknown routes, health) are not checked here.
 */
public final class ContractCheck {
  private static final Vertx VERTX = Vertx.vertx();
  private static final List<Route> ROUTES = load();

  private ContractCheck() {}

  private record Route(
      Pattern pattern,
      List<String> names,
      OpenAPIContract contract,
      JsonObject document,
      String template) {}

  private static List<Route> load() {
    List<Route> routes = new ArrayList<>();
    RestServer.documents()
        .forEach(
            (name, api) -> {
              JsonObject json = new JsonObject(Json31.pretty(api));
              OpenAPIContract contract =
                  TestServer.await(OpenAPIContract.from(VERTX, validatable(json.copy())));
              for (String template : json.getJsonObject("paths").fieldNames()) {
                List<String> names = new ArrayList<>();
                Matcher m = Pattern.compile("\\{(\\w+)}").matcher(template);
                StringBuilder regex = new StringBuilder("(?i)^");
                int last = 0;
                while (m.find()) {
                  regex.append(Pattern.quote(template.substring(last, m.start())));
                  regex.append("([^/()]*)");
                  names.add(m.group(1));
                  last = m.end();
                }
                regex.append(Pattern.quote(template.substring(last))).append("/?$");
                routes.add(
                    new Route(Pattern.compile(regex.toString()), names, contract, json, template));
              }
            });
    // A literal path (/api/v1/User/default) before a template that would take it too.
    routes.sort(Comparator.comparingInt(r -> r.names().size()));
    return routes;
  }

  /**
   * {@code document} with only the media types the validators read: JSON (a JSON Patch's as
   * JSON's); XML and forms are checked for their media type alone.
   */
  private static JsonObject validatable(JsonObject document) {
    JsonObject paths = document.getJsonObject("paths");
    // Vert.x OpenAPI takes a template only as a whole segment: /api/User({id}) under another name.
    for (String path : List.copyOf(paths.fieldNames())) {
      if (path.contains("({")) {
        paths.put(path.replace("(", "/paren/").replace(")", ""), paths.remove(path));
      }
    }
    for (String path : paths.fieldNames()) {
      JsonObject item = paths.getJsonObject(path);
      for (String method : item.fieldNames()) {
        JsonObject operation = item.getJsonObject(method);
        JsonObject body = operation.getJsonObject("requestBody");
        if (body != null) {
          onlyJson(body.getJsonObject("content"));
        }
        JsonObject responses = operation.getJsonObject("responses");
        for (String status : responses.fieldNames()) {
          JsonObject content = responses.getJsonObject(status).getJsonObject("content");
          if (content != null) {
            onlyJson(content);
          }
        }
      }
    }
    return document;
  }

  private static void onlyJson(JsonObject content) {
    Object patch = content.getValue("application/json-patch+json");
    content.fieldNames().removeIf(type -> !type.equals("application/json"));
    if (patch != null) {
      content.put("application/json", patch);
    }
  }

  /** Checks one exchange; throws AssertionError naming what does not agree with the document. */
  static void check(
      HttpMethod method, String uri, MultiMap headers, String body, HttpResponse<Buffer> answer) {
    int mark = uri.indexOf('?');
    String path = mark < 0 ? uri : uri.substring(0, mark);
    String query = mark < 0 ? null : uri.substring(mark + 1);
    Matcher matcher = null;
    Route route = null;
    for (Route candidate : ROUTES) {
      Matcher m = candidate.pattern().matcher(path);
      if (m.matches()) {
        matcher = m;
        route = candidate;
        break;
      }
    }
    if (route == null) {
      return;
    }
    JsonObject described =
        route
            .document()
            .getJsonObject("paths")
            .getJsonObject(route.template())
            .getJsonObject(method.name().toLowerCase(Locale.ROOT));
    Operation operation =
        described == null ? null : route.contract().operation(described.getString("operationId"));
    if (operation == null) {
      // Authentication comes before routing: a caller without credentials learns nothing more.
      if (answer.statusCode() != 405 && answer.statusCode() != 401) {
        throw new AssertionError(
            method
                + " "
                + route.template()
                + " is not in the document, yet answered "
                + answer.statusCode());
      }
      return;
    }
    String where = method + " " + uri + " -> " + answer.statusCode();
    checkAnswer(route.contract(), described, operation, answer, where);
    String invalid = requestProblem(route, operation, matcher, query, headers, body);
    if (invalid != null && answer.statusCode() < 300) {
      throw new AssertionError(
          where + ": the document refuses this request (" + invalid + "), the server took it");
    }
  }

  private static void checkAnswer(
      OpenAPIContract contract,
      JsonObject described,
      Operation operation,
      HttpResponse<Buffer> answer,
      String where) {
    if (operation.getResponse(answer.statusCode()) == null) {
      throw new AssertionError(where + ": the document has no such status for the route");
    }
    String type = answer.getHeader("Content-Type");
    boolean json = type != null && type.toLowerCase(Locale.ROOT).contains("json");
    Map<String, String> headers = new HashMap<>();
    ValidatableResponse validatable =
        json && answer.body() != null && answer.body().length() > 0
            ? ValidatableResponse.create(
                answer.statusCode(), headers, answer.body(), "application/json")
            : ValidatableResponse.create(answer.statusCode(), headers);
    if (answer.body() == null || answer.body().length() == 0) {
      // No body: a 204, or a 201 with Prefer: return=minimal.
      return;
    }
    if (!json) {
      // XML: the document must list the media type for the status; its members are JSON's.
      JsonObject content =
          described
              .getJsonObject("responses")
              .getJsonObject(Integer.toString(answer.statusCode()))
              .getJsonObject("content");
      if (type == null || content == null || !content.containsKey(essence(type))) {
        throw new AssertionError(where + ": the document has no " + type + " answer here");
      }
      return;
    }
    try {
      TestServer.await(
          ResponseValidator.create(VERTX, contract)
              .validate(validatable, operation.getOperationId()));
    } catch (IllegalStateException e) {
      throw new AssertionError(where + ": " + rootMessage(e) + "\n" + answer.bodyAsString(), e);
    }
  }

  private static String requestProblem(
      Route route,
      Operation operation,
      Matcher matcher,
      String query,
      MultiMap headers,
      String body) {
    Map<String, RequestParameter> pathParams = new HashMap<>();
    for (int i = 0; i < route.names().size(); i++) {
      pathParams.put(route.names().get(i), new RequestParameterImpl(matcher.group(i + 1)));
    }
    Map<String, RequestParameter> queryParams = new HashMap<>();
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        try {
          queryParams.put(
              URLDecoder.decode(name, StandardCharsets.UTF_8),
              new RequestParameterImpl(URLDecoder.decode(value, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException malformed) {
          return "a malformed query string";
        }
      }
    }
    // Headers are not checked: their values (ETags, dates, preferences) are free text here.
    Map<String, RequestParameter> headerParams = Map.of();
    String type = headers.get("Content-Type");
    boolean json =
        type != null
            && List.of("application/json", "text/json", "application/json-patch+json")
                .contains(essence(type));
    RequestParameter requestBody;
    if (body == null || body.isEmpty()) {
      requestBody = new RequestParameterImpl(null);
    } else if (json) {
      try {
        Buffer.buffer(body).toJson();
      } catch (RuntimeException unreadable) {
        return "a body that is not JSON";
      }
      requestBody = new RequestParameterImpl(Buffer.buffer(body));
    } else {
      return null;
    }
    ValidatableRequestImpl request =
        new ValidatableRequestImpl(
            Map.of(),
            headerParams,
            pathParams,
            queryParams,
            requestBody,
            type == null ? null : "application/json");
    try {
      TestServer.await(
          RequestValidator.create(VERTX, route.contract())
              .validate(request, operation.getOperationId()));
      return null;
    } catch (IllegalStateException e) {
      return rootMessage(e);
    }
  }

  private static String essence(String contentType) {
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .trim()
        .toLowerCase(Locale.ROOT);
  }

  /** The validator's message, with every schema error under it. */
  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && !(cause instanceof SchemaValidationException)) {
      cause = cause.getCause();
    }
    StringBuilder message = new StringBuilder(String.valueOf(cause.getMessage()));
    if (cause instanceof SchemaValidationException invalid && invalid.getOutputUnit() != null) {
      errors(invalid.getOutputUnit(), message);
    }
    return message.toString();
  }

  private static void errors(OutputUnit unit, StringBuilder message) {
    if (unit.getErrors() == null || unit.getErrors().isEmpty()) {
      if (unit.getError() != null) {
        message
            .append("; ")
            .append(unit.getInstanceLocation())
            .append(": ")
            .append(unit.getError());
      }
      return;
    }
    unit.getErrors().forEach(error -> errors(error, message));
  }
}
