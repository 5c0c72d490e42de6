package io.roster.adapter.rest.wello;

import static io.roster.adapter.rest.openapi.ApiDocument.answer;
import static io.roster.adapter.rest.openapi.ApiDocument.answers;
import static io.roster.adapter.rest.openapi.ApiDocument.arrayOf;
import static io.roster.adapter.rest.openapi.ApiDocument.body;
import static io.roster.adapter.rest.openapi.ApiDocument.header;
import static io.roster.adapter.rest.openapi.ApiDocument.pathId;
import static io.roster.adapter.rest.openapi.ApiDocument.query;
import static io.roster.adapter.rest.openapi.ApiDocument.ref;
import static io.roster.adapter.rest.openapi.ApiDocument.route;
import static io.roster.adapter.rest.openapi.ApiDocument.type;

import io.roster.adapter.rest.http.QueryOptions;
import io.roster.adapter.rest.openapi.ApiDocument;
import io.roster.adapter.rest.openapi.BodySchemas;
import io.roster.application.port.in.ListQuery;
import io.roster.domain.customfield.CustomFields;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Wello dialect's OpenAPI document: its routes as {@link WelloRoutes} mounts them, its bodies
 * read from {@link WelloUser} and {@link WelloSalesOrganization}, bounds and required properties
 * from {@link WelloFields}, errors as {@link WelloErrors} writes them.
 */
public final class WelloDocument {
  private static final List<String> JSON = WelloRoutes.JSON;

  private WelloDocument() {}

  public static OpenAPI build() {
    OpenAPI api =
        ApiDocument.of(
            "Roster: Wello v6 User API",
            "Users, sales organizations and reference lists in the Wello v6 dialect. Paths are"
                + " case-insensitive; an item is addressed as `/api/User({id})` or"
                + " `/api/User/{id}`.");
    BodySchemas schemas = new BodySchemas().read(WelloUser.class, WelloSalesOrganization.class);
    schemas.without("WelloUser", "more").without("WelloSalesOrganization", "more");
    schemas.get("WelloUser").setPatternProperties(customFields());
    schemas.get("WelloUser").setDescription("A user; `udf1`..`udf100` are its custom fields.");
    List<String> userRequired = new ArrayList<>();
    for (WelloFields.Property<?, ?> property : WelloFields.USER) {
      if (property.licence() == null && property.reading() == WelloFields.Reading.VALUE) {
        schemas.bounds("WelloUser", property.name(), property.field());
      }
      if (property.field().isRequired() && property.reading() == WelloFields.Reading.VALUE) {
        userRequired.add(property.name());
      }
    }
    List<String> organizationRequired = new ArrayList<>();
    for (WelloFields.Property<?, ?> property : WelloFields.ORGANIZATION) {
      if (property.reading() == WelloFields.Reading.VALUE) {
        schemas.bounds("WelloSalesOrganization", property.name(), property.field());
        if (property.field().isRequired()) {
          organizationRequired.add(property.name());
        }
      }
    }
    schemas.request("WelloUser", "WelloUserNew", userRequired, userRequired);
    schemas.request("WelloUser", "WelloUserChange", List.of(), userRequired);
    schemas.request(
        "WelloSalesOrganization",
        "WelloSalesOrganizationNew",
        organizationRequired,
        organizationRequired);
    schemas.request(
        "WelloSalesOrganization", "WelloSalesOrganizationChange", List.of(), organizationRequired);
    schemas.add("WelloListItem", listItem());
    schemas.add("WelloError", error());
    schemas.nullable().forEach(api.getComponents()::addSchemas);

    resource(api, "User", "WelloUser", "user");
    resource(api, "SalesOrganization", "WelloSalesOrganization", "sales organization");
    for (String list : List.of("Country", "Language", "Currency", "UserGroup")) {
      route(
          api,
          "/api/" + list,
          HttpMethod.GET,
          new Operation()
              .operationId("wello." + list + ".list")
              .summary("Every " + list + " Roster knows")
              .tags(List.of("Reference lists"))
              .responses(
                  answers(
                      errors(
                          "200",
                          answer("The list", arrayOf(ref("WelloListItem")), JSON, Map.of())))));
    }
    return api;
  }

  private static void resource(OpenAPI api, String name, String schema, String words) {
    String collection = "/api/" + name;
    List<String> tags = List.of(name);
    Map<String, String> etag = Map.of("ETag", "The " + words + "'s version");
    route(
        api,
        collection,
        HttpMethod.GET,
        new Operation()
            .operationId("wello." + name + ".list")
            .summary("A page of " + words + "s")
            .tags(tags)
            .parameters(listParameters())
            .responses(
                answers(
                    errors(
                        "200",
                        answer(
                            "The page",
                            arrayOf(ref(schema)),
                            JSON,
                            Map.of("X-Total-Count", "How many match in all"))))));
    route(
        api,
        collection,
        HttpMethod.POST,
        new Operation()
            .operationId("wello." + name + ".create")
            .summary("Creates a " + words)
            .tags(tags)
            .addParametersItem(prefer())
            .requestBody(body(ref(schema + "New"), JSON, "The new " + words))
            .responses(
                answers(
                    errors(
                        "201",
                        answer(
                            "Created (no body with `Prefer: return=minimal`)",
                            ref(schema),
                            JSON,
                            Map.of("ETag", "Its version", "Location", "Its address"))))));
    for (String item : List.of(collection + "({id})", collection + "/{id}")) {
      String suffix = item.endsWith(")") ? "" : ".path";
      route(
          api,
          item,
          HttpMethod.GET,
          new Operation()
              .operationId("wello." + name + ".get" + suffix)
              .summary("One " + words)
              .tags(tags)
              .addParametersItem(pathId("The id: a GUID, also as `guid'...'`"))
              .responses(answers(errors("200", answer("The " + words, ref(schema), JSON, etag)))));
      route(
          api,
          item,
          HttpMethod.PUT,
          new Operation()
              .operationId("wello." + name + ".put" + suffix)
              .summary("Replaces the " + words + "'s properties with those given")
              .tags(tags)
              .addParametersItem(pathId("The id: a GUID, also as `guid'...'`"))
              .addParametersItem(header("If-Match", "Only if the version is still this ETag"))
              .addParametersItem(prefer())
              .requestBody(
                  body(
                      ref(schema + "Change"),
                      JSON,
                      "The " + words + "'s properties; those not given are kept"))
              .responses(
                  answers(
                      errors(
                          "200",
                          answer("The " + words + " as saved", ref(schema), JSON, etag),
                          "204",
                          answer("Saved, with `Prefer: return=minimal`", null, JSON, etag)))));
    }
  }

  private static List<Parameter> listParameters() {
    JsonSchema top = new JsonSchema();
    top.types(Set.of("integer"));
    top.setMinimum(BigDecimal.ONE);
    top.setMaximum(BigDecimal.valueOf(ListQuery.MAX_LIMIT));
    JsonSchema skip = new JsonSchema();
    skip.types(Set.of("integer"));
    skip.setMinimum(BigDecimal.ZERO);
    return List.of(
        query("$filter", type("string"), "OData: `name eq 'x'`, `and`, `or`, `ne`"),
        query("$skip", skip, "Items to skip"),
        query("$top", top, "Items in the page (" + QueryOptions.DEFAULT_TOP + " when not given)"));
  }

  private static Parameter prefer() {
    return header(
        "Prefer", "`return=minimal` for no body; `handling=strict` refuses unknown properties");
  }

  /** {@code udf1}..{@code udf100}. */
  private static Map<String, Schema> customFields() {
    Map<String, Schema> patterns = new LinkedHashMap<>();
    JsonSchema value = new JsonSchema();
    value.types(Set.of("string", "null"));
    value.setDescription("Custom fields udf1..udf" + CustomFields.UDF_COUNT);
    patterns.put("^[Uu][Dd][Ff]([1-9][0-9]?|100)$", value);
    return patterns;
  }

  private static Schema<?> listItem() {
    JsonSchema item = new JsonSchema();
    item.types(Set.of("object"));
    item.addProperty("id", new JsonSchema().types(Set.of("string")).format("uuid"));
    item.addProperty("number", type("integer"));
    item.addProperty("code", type("string"));
    item.addProperty("name", type("string"));
    return item;
  }

  private static Schema<?> error() {
    JsonSchema error = new JsonSchema();
    error.types(Set.of("object"));
    error.addProperty("Message", type("string"));
    JsonSchema modelState = new JsonSchema();
    modelState.types(Set.of("object"));
    modelState.setAdditionalProperties(arrayOf(type("string")));
    modelState.setDescription("Every error, by property (`user.lastname`)");
    error.addProperty("ModelState", modelState);
    error.setRequired(List.of("Message"));
    return error;
  }

  /** {@code successes} (status, answer, ...) and the errors every route may answer. */
  private static Map<String, ApiResponse> errors(Object... successes) {
    Map<String, ApiResponse> answers = new LinkedHashMap<>();
    for (int i = 0; i < successes.length; i += 2) {
      answers.put((String) successes[i], (ApiResponse) successes[i + 1]);
    }
    Map<String, String> why = new LinkedHashMap<>();
    why.put("400", "The request is malformed or breaks a rule; `ModelState` names every error");
    why.put("401", "Not authenticated");
    why.put("403", "Not allowed");
    why.put("404", "No such item");
    why.put("405", "The route does not take this method");
    why.put("406", "None of the media types in Accept");
    why.put("409", "A unique value is taken, or the change conflicts");
    why.put("412", "If-Match names an older version");
    why.put("413", "The body is too large");
    why.put("415", "Not a JSON body");
    why.put("429", "Too many failed log-ons: try again after Retry-After seconds");
    why.put("500", "Roster failed");
    why.put("503", "The store is unavailable: try again after Retry-After seconds");
    why.forEach(
        (status, text) -> answers.put(status, answer(text, ref("WelloError"), JSON, Map.of())));
    return answers;
  }
}
