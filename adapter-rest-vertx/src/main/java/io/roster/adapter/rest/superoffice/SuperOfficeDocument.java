package io.roster.adapter.rest.superoffice;

import static io.roster.adapter.rest.openapi.ApiDocument.answer;
import static io.roster.adapter.rest.openapi.ApiDocument.answers;
import static io.roster.adapter.rest.openapi.ApiDocument.arrayOf;
import static io.roster.adapter.rest.openapi.ApiDocument.header;
import static io.roster.adapter.rest.openapi.ApiDocument.listParameters;
import static io.roster.adapter.rest.openapi.ApiDocument.ordered;
import static io.roster.adapter.rest.openapi.ApiDocument.pathId;
import static io.roster.adapter.rest.openapi.ApiDocument.query;
import static io.roster.adapter.rest.openapi.ApiDocument.ref;
import static io.roster.adapter.rest.openapi.ApiDocument.route;
import static io.roster.adapter.rest.openapi.ApiDocument.type;
import static io.roster.adapter.rest.openapi.ApiDocument.withErrors;
import static java.util.Map.entry;

import io.roster.adapter.rest.openapi.ApiDocument;
import io.roster.adapter.rest.openapi.BodySchemas;
import io.roster.adapter.rest.superoffice.patch.Patches;
import io.roster.domain.field.Field;
import io.roster.domain.user.User;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SuperOffice dialect's OpenAPI document: its routes as {@link SuperOfficeRoutes} mounts them,
 * its bodies read from {@link SoUser} (JSON; XML has the same members), bounds and required
 * properties from {@link SoFields}, errors as {@link SoErrors} writes them.
 */
public final class SuperOfficeDocument {
  private static final List<String> ANSWERS = SoBodies.ANSWERS;

  /** The errors every route may answer, by status. */
  private static final Map<String, String> ERRORS =
      ordered(
          entry("400", "The request is malformed or breaks a rule"),
          entry("401", "Not authenticated"),
          entry("403", "Not allowed"),
          entry("404", "No such user"),
          entry("405", "The route does not take this method"),
          entry("406", "None of the media types in Accept"),
          entry("409", "A unique value is taken"),
          entry("412", "The user changed since the version or time given"),
          entry("413", "The body is too large"),
          entry("415", "Not a JSON, XML or form body"),
          entry("429", "Too many failed log-ons: try again after Retry-After seconds"),
          entry("500", "Roster failed"),
          entry("503", "The store is unavailable: try again after Retry-After seconds"));

  private SuperOfficeDocument() {}

  public static OpenAPI build() {
    OpenAPI api =
        ApiDocument.of(
            "Roster: SuperOffice WebAPI User agent",
            "Users in the SuperOffice WebAPI dialect, in JSON or XML. Paths are"
                + " case-insensitive. An item is addressed by its AssociateId or its user name.");
    BodySchemas schemas = new BodySchemas().read(SoUser.class);
    List<String> required = new ArrayList<>();
    List<String> personRequired = new ArrayList<>();
    SoFields.WRITABLE.forEach(
        (property, field) -> {
          if (property.startsWith("Person.")) {
            String member = property.substring("Person.".length());
            bound(schemas, "SoPerson", member, field);
            if (field.isRequired()) {
              personRequired.add(member);
            }
          } else {
            bound(schemas, "SoUser", property, field);
            if (field.isRequired()) {
              required.add(property);
            }
          }
        });
    // A credential's type may also be given as its name alone.
    schemas.with(
        "SoCredential",
        "Type",
        new JsonSchema().anyOf(List.of(ref("SoCredentialType"), type("string"))));
    List<String> newRequired = new ArrayList<>(required);
    newRequired.add("Person");
    schemas.request("SoUser", "SoUserNew", newRequired, newRequired);
    schemas.request("SoUser", "SoUserChange", List.of(), required);
    person(schemas.get("SoUserNew"), personRequired, personRequired);
    person(schemas.get("SoUserChange"), List.of(), personRequired);
    schemas.add("SoUserList", list());
    schemas.add("SoError", error());
    schemas.add("SoFieldErrors", fieldErrors());
    schemas.nullable().forEach(api.getComponents()::addSchemas);

    List<String> tags = List.of("User");
    List<Parameter> answerIn = answerParameters();
    Map<String, String> etag = Map.of("ETag", "The user's version");
    route(
        api,
        "/api/v1/User/default",
        HttpMethod.GET,
        new Operation()
            .operationId("so.User.default")
            .summary("A new, unsaved user with its defaults and the caller's rights on it")
            .tags(tags)
            .parameters(
                with(
                    answerIn,
                    query(
                        "userType",
                        type("string"),
                        "InternalAssociate (when not given), ResourceAssociate, ...")))
            .responses(answers(errors("200", answer("A User", ref("SoUser"), ANSWERS, Map.of())))));
    route(
        api,
        "/api/v1/User/Validate",
        HttpMethod.POST,
        new Operation()
            .operationId("so.User.validate")
            .summary("The errors a save of the body would meet, by property; `{}` when none")
            .tags(tags)
            .parameters(answerIn)
            .requestBody(
                userBody(
                    "a User in any state: the answer says what a save would refuse",
                    new JsonSchema().types(Set.of("object"))))
            .responses(
                answers(
                    errors("200", answer("The errors", ref("SoFieldErrors"), ANSWERS, Map.of())))));
    route(
        api,
        "/api/v1/User",
        HttpMethod.GET,
        new Operation()
            .operationId("so.User.list")
            .summary("A page of users")
            .tags(tags)
            .parameters(
                with(
                    answerIn,
                    listParameters(
                        "OData: `UserName eq 'x'`, `and`, `or`",
                        query(
                            SoOrderBy.PARAMETER,
                            type("string"),
                            "Members to order by, `asc` or `desc`"))))
            .responses(
                answers(errors("200", answer("The page", ref("SoUserList"), ANSWERS, Map.of())))));
    route(
        api,
        "/api/v1/User",
        HttpMethod.POST,
        new Operation()
            .operationId("so.User.create")
            .summary("Creates a user, in the caller's sales organization unless the body names one")
            .tags(tags)
            .parameters(answerIn)
            .requestBody(userBody("The new user", ref("SoUserNew")))
            .responses(
                answers(
                    errors(
                        "200",
                        answer(
                            "The user as saved",
                            ref("SoUser"),
                            ANSWERS,
                            Map.of("Location", "Its address", "ETag", "Its version"))))));
    Parameter id = pathId("The user's AssociateId, or their user name");
    List<Parameter> conditions =
        List.of(
            header("If-Match", "Only if the version is still this ETag"),
            header("If-Unmodified-Since", "Only if not changed since"));
    route(
        api,
        "/api/v1/User/{id}",
        HttpMethod.GET,
        new Operation()
            .operationId("so.User.get")
            .summary("One user")
            .tags(tags)
            .parameters(with(List.of(id), answerIn))
            .responses(answers(errors("200", answer("The user", ref("SoUser"), ANSWERS, etag)))));
    route(
        api,
        "/api/v1/User/{id}",
        HttpMethod.PUT,
        new Operation()
            .operationId("so.User.put")
            .summary("Replaces the user's properties with those given")
            .tags(tags)
            .parameters(with(with(List.of(id), answerIn), conditions))
            .requestBody(
                userBody("The user's members; those not given are kept", ref("SoUserChange")))
            .responses(
                answers(errors("200", answer("The user as saved", ref("SoUser"), ANSWERS, etag)))));
    route(
        api,
        "/api/v1/User/{id}",
        HttpMethod.PATCH,
        new Operation()
            .operationId("so.User.patch")
            .summary("Applies a JSON Patch or a JSON Merge Patch to the user as a GET shows it")
            .tags(tags)
            .parameters(with(with(List.of(id), answerIn), conditions))
            .requestBody(patchBody())
            .responses(
                answers(errors("200", answer("The user as saved", ref("SoUser"), ANSWERS, etag)))));
    route(
        api,
        "/api/v1/User/{id}",
        HttpMethod.DELETE,
        new Operation()
            .operationId("so.User.delete")
            .summary("Archives the user (users are never deleted)")
            .tags(tags)
            .parameters(with(List.of(id), conditions))
            .responses(
                answers(
                    errors(
                        "204", answer("Archived", null, ANSWERS, Map.of("ETag", "Its version"))))));
    return api;
  }

  /** Adds the rules of the Person member to a request schema's rules. */
  private static void person(Schema<?> request, List<String> required, List<String> notNull) {
    JsonSchema rules = new JsonSchema();
    if (!required.isEmpty()) {
      rules.setRequired(new ArrayList<>(required));
    }
    for (String member : notNull) {
      rules.addProperty(member, new JsonSchema().not(type("null")));
    }
    request.getAllOf().get(1).addProperty("Person", rules);
  }

  private static void bound(BodySchemas schemas, String schema, String member, Field<User, ?> f) {
    if (schemas.get(schema).getProperties().containsKey(member)) {
      schemas.bounds(schema, member, f);
    }
  }

  private static RequestBody userBody(String description, Schema<?> schema) {
    Content content = new Content();
    for (String type : SoBodies.BODIES) {
      content.addMediaType(type, new MediaType().schema(schema));
    }
    return new RequestBody().required(true).content(content).description(description);
  }

  private static RequestBody patchBody() {
    JsonSchema operation = new JsonSchema();
    operation.types(Set.of("object"));
    operation.addProperty("op", type("string"));
    operation.addProperty("path", type("string"));
    operation.addProperty("from", type("string"));
    operation.addProperty("value", new JsonSchema());
    operation.setRequired(List.of("op", "path"));
    return new RequestBody()
        .required(true)
        .description("RFC 6902 operations, or an RFC 7396 merge patch")
        .content(
            new Content()
                .addMediaType(Patches.JSON_PATCH, new MediaType().schema(arrayOf(operation)))
                .addMediaType(Patches.MERGE_PATCH, new MediaType().schema(type("object"))));
  }

  private static List<Parameter> answerParameters() {
    return List.of(
        query("$select", type("string"), "The members to show, comma-separated"),
        header("SO-Language", "The language of error texts"),
        header("SO-Culture", "The culture numbers and dates in error texts are written in"),
        header("SO-TimeZone", "The zone date-times are shown in (`Europe/Oslo`)"),
        header("Prefer", "`handling=strict` refuses unknown members"));
  }

  private static <T> List<T> with(List<T> first, T... more) {
    List<T> all = new ArrayList<>(first);
    all.addAll(List.of(more));
    return all;
  }

  private static <T> List<T> with(List<T> first, List<T> more) {
    List<T> all = new ArrayList<>(first);
    all.addAll(more);
    return all;
  }

  private static Schema<?> list() {
    JsonSchema list = new JsonSchema();
    list.types(Set.of("object"));
    list.addProperty("value", arrayOf(ref("SoUser")));
    list.addProperty("odata.nextLink", type("string"));
    list.setRequired(List.of("value"));
    return list;
  }

  private static Schema<?> fieldErrors() {
    JsonSchema errors = new JsonSchema();
    errors.types(Set.of("object"));
    errors.setAdditionalProperties(type("string"));
    return errors;
  }

  private static Schema<?> error() {
    JsonSchema error = new JsonSchema();
    error.types(Set.of("object"));
    error.addProperty("Error", type("boolean"));
    error.addProperty("ErrorType", type("string"));
    error.addProperty("ErrorMessage", type("string"));
    error.addProperty("ErrorSource", type("string"));
    error.setRequired(List.of("Error", "ErrorType", "ErrorMessage"));
    return error;
  }

  /** {@code successes} (status, answer, ...) and the errors every route may answer. */
  private static Map<String, ApiResponse> errors(Object... successes) {
    return withErrors(ERRORS, ref("SoError"), ANSWERS, successes);
  }
}
