package io.roster.adapter.rest.wello;

import static io.roster.adapter.rest.openapi.ApiDocument.answer;
import static io.roster.adapter.rest.openapi.ApiDocument.answers;
import static io.roster.adapter.rest.openapi.ApiDocument.arrayOf;
import static io.roster.adapter.rest.openapi.ApiDocument.body;
import static io.roster.adapter.rest.openapi.ApiDocument.header;
import static io.roster.adapter.rest.openapi.ApiDocument.listParameters;
import static io.roster.adapter.rest.openapi.ApiDocument.ordered;
import static io.roster.adapter.rest.openapi.ApiDocument.pathId;
import static io.roster.adapter.rest.openapi.ApiDocument.ref;
import static io.roster.adapter.rest.openapi.ApiDocument.route;
import static io.roster.adapter.rest.openapi.ApiDocument.type;
import static io.roster.adapter.rest.openapi.ApiDocument.withErrors;
import static java.util.Map.entry;

import io.roster.adapter.rest.openapi.ApiDocument;
import io.roster.adapter.rest.openapi.BodySchemas;
import io.roster.domain.customfield.CustomFields;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
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

  /** The errors every route may answer, by status. */
  private static final Map<String, String> ERRORS =
      ordered(
          entry("400", "The request is malformed or breaks a rule; `ModelState` names every error"),
          entry("401", "Not authenticated"),
          entry("403", "Not allowed"),
          entry("404", "No such item"),
          entry("405", "The route does not take this method"),
          entry("406", "None of the media types in Accept"),
          entry("409", "A unique value is taken, or the change conflicts"),
          entry("412", "If-Match names an older version"),
          entry("413", "The body is too large"),
          entry("415", "Not a JSON body"),
          entry("429", "Too many failed log-ons: try again after Retry-After seconds"),
          entry("500", "Roster failed"),
          entry("503", "The store is unavailable: try again after Retry-After seconds"));

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
            .parameters(listParameters("OData: `name eq 'x'`, `and`, `or`, `ne`"))
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
    return withErrors(ERRORS, ref("WelloError"), JSON, successes);
  }
}
