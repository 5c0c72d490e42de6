package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import io.roster.adapter.rest.http.HttpProblem;
import io.roster.adapter.rest.http.JsonCodec;
import io.roster.adapter.rest.http.MalformedBody;
import io.roster.adapter.rest.http.MediaTypes;
import io.roster.adapter.rest.http.Prefer;
import io.roster.adapter.rest.http.XmlCodec;
import io.roster.adapter.rest.superoffice.patch.Patches;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.ValidationFailed;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The dialect's bodies and answers in JSON, XML or (bodies only) a form. XML has the JSON property
 * names as element names; a user's root element is {@code UserWithLinks} in answers and must be
 * {@code User} or {@code UserWithLinks} in requests; a list's items are named by their type, as
 * .NET writes them ({@code <OtherGroups><UserGroup><Id>5</Id>...</UserGroup></OtherGroups>}, see
 * {@link #ITEMS}), and a request may name them so or by the list's own name, as Roster wrote them
 * before; an empty element is null. A form ({@code application/x-www-form-urlencoded}) is read by
 * {@link SoForm}. XML is read by the hardened {@link XmlCodec}: a DOCTYPE's entities are never
 * declared, so a document using one is a 400.
 */
final class SoBodies {
  static final List<String> JSON = List.of("application/json", "text/json");
  static final List<String> XML = List.of("application/xml", "text/xml");
  static final String FORM = "application/x-www-form-urlencoded";
  static final List<String> BODIES =
      List.of("application/json", "text/json", "application/xml", "text/xml", FORM);

  /** What an answer is written in. */
  static final List<String> ANSWERS =
      List.of("application/json", "text/json", "application/xml", "text/xml");

  /** What an answer may be asked in: the seed lists the two patch types too, answered as JSON. */
  private static final List<String> ACCEPTED =
      List.of(
          "application/json",
          "text/json",
          "application/xml",
          "text/xml",
          Patches.JSON_PATCH,
          Patches.MERGE_PATCH);

  static final String USER_ROOT = "UserWithLinks";

  /** A list property -> the name of its items in XML: their .NET type's name. */
  static final Map<String, String> ITEMS =
      Map.ofEntries(
          Map.entry("value", USER_ROOT),
          Map.entry("LicenseOwners", "LicenseOwner"),
          Map.entry("RestrictedModuleLicenses", "ModuleLicenseLink"),
          Map.entry("UnrestrictedModuleLicenses", "ModuleLicenseLink"),
          Map.entry("OtherGroups", "UserGroup"),
          Map.entry("Credentials", "Credential"),
          Map.entry("TicketCategories", "MDOListItem"),
          Map.entry("ChildItems", "MDOListItem"),
          Map.entry("PostSaveCommands", "CustomCommand"));

  private static final List<String> ROOTS = List.of("User", USER_ROOT);
  private static final String ANSWER_TYPE = "roster.so.answer";

  private final JsonCodec json;
  private final XmlCodec xml;

  SoBodies(JsonCodec json, XmlCodec xml) {
    this.json = json;
    this.xml = xml;
  }

  /**
   * A body as read: the user, and (with {@code Prefer: handling=strict} only) the paths of the
   * properties it sent that a User does not have, at any depth.
   */
  record Read(SoUser user, List<String> unknown) {}

  /**
   * Whether the request asks for {@code Prefer: handling=strict}: unknown properties are errors.
   */
  static boolean strict(RoutingContext ctx) {
    return Prefer.strict(ctx);
  }

  /**
   * Answers in the media type the request's {@code Accept} takes first: JSON for JSON or {@code
   * *}/{@code *}, XML for {@code application/xml} or {@code text/xml}; {@code application/json} for
   * either patch type, since an answer is a user, not a patch.
   *
   * @throws HttpProblem 406 when it takes none
   */
  static void answerIn(RoutingContext ctx) {
    String type = negotiate(ctx);
    ctx.put(ANSWER_TYPE, type);
    ctx.response().putHeader("Content-Type", type + "; charset=utf-8");
  }

  /** One of {@link #ANSWERS}, as the request's {@code Accept} asks. @throws HttpProblem 406 */
  private static String negotiate(RoutingContext ctx) {
    String type = MediaTypes.negotiate(ctx, ACCEPTED, ANSWERS);
    return type.equals(Patches.JSON_PATCH) || type.equals(Patches.MERGE_PATCH)
        ? "application/json"
        : type;
  }

  /** Whether the answer is XML (also for failures: XML when Accept takes it before JSON). */
  static boolean xml(RoutingContext ctx) {
    String type = ctx.get(ANSWER_TYPE);
    if (type == null) {
      try {
        type = negotiate(ctx);
      } catch (HttpProblem notAcceptable) {
        return false;
      }
    }
    return XML.contains(type);
  }

  /**
   * The answer {@code body} (JSON) in the media type negotiated: as it is for JSON, else as XML
   * with {@code root} as its root element and list items named by {@link #ITEMS} (a page of users
   * is {@code <Users><value><UserWithLinks>...</UserWithLinks></value>...</Users>}).
   */
  Buffer answer(RoutingContext ctx, Buffer body, String root) {
    if (!xml(ctx)) {
      return body;
    }
    try {
      return xml.write(itemsNamed(json.read(body, JsonNode.class)), root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an answer could not be read back", e);
    }
  }

  /**
   * {@code node} with every list wrapped in an object holding its items under their XML name: the
   * XML mapper writes {@code {"OtherGroups": {"UserGroup": [a, b]}}} as {@code
   * <OtherGroups><UserGroup>a</UserGroup><UserGroup>b</UserGroup></OtherGroups>}.
   */
  static JsonNode itemsNamed(JsonNode node) {
    if (node.isArray()) {
      ArrayNode items = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> items.add(itemsNamed(item)));
      return items;
    }
    if (!node.isObject()) {
      return node;
    }
    ObjectNode named = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      JsonNode value = itemsNamed(member.getValue());
      if (value.isArray()) {
        value =
            JsonNodeFactory.instance
                .objectNode()
                .set(ITEMS.getOrDefault(member.getKey(), member.getKey()), value);
      }
      named.set(member.getKey(), value);
    }
    return named;
  }

  /** {@code value} (any object) in the media type negotiated. */
  Buffer answer(RoutingContext ctx, Object value, String root) {
    return xml(ctx) ? xml.write(value, root) : json.write(value);
  }

  /**
   * The request's user, from JSON, XML or a form.
   *
   * @throws HttpProblem 400 when there is none, 415 for another media type
   * @throws MalformedBody when it is not a User in its media type
   */
  Read user(RoutingContext ctx) {
    Buffer body = ctx.body() == null ? null : ctx.body().buffer();
    String type = essence(ctx.request().getHeader("Content-Type"));
    boolean form = type.equals(FORM);
    if (!form && (body == null || body.length() == 0)) {
      throw new HttpProblem(400, "Entity to save is not in request body");
    }
    MediaTypes.requireBody(ctx, BODIES);
    try {
      if (XML.contains(type)) {
        String root = xml.rootName(body);
        if (!ROOTS.contains(root)) {
          throw new HttpProblem(
              400,
              "The root element of an XML body must be User or UserWithLinks, not " + root + ".");
        }
        SoUser user = xml.read(body, SoUser.class);
        return new Read(user, strict(ctx) ? xml.unknownProperties(body, SoUser.class) : List.of());
      }
      if (form) {
        SoForm fields = SoForm.read(ctx);
        if (fields.fields().isEmpty()) {
          throw new HttpProblem(400, "Entity to save is not in request body");
        }
        try {
          Buffer fieldsJson = fields.fields().toBuffer();
          return new Read(
              json.read(fieldsJson, SoUser.class),
              strict(ctx) ? json.unknownProperties(fieldsJson, SoUser.class) : List.of());
        } catch (JsonProcessingException e) {
          throw new HttpProblem(400, "The form is not a valid User: " + fields.problem(e));
        }
      }
      if (!json.read(body, JsonNode.class).isObject()) {
        throw new HttpProblem(400, "The request body must be a JSON object.");
      }
      return new Read(
          json.read(body, SoUser.class),
          strict(ctx) ? json.unknownProperties(body, SoUser.class) : List.of());
    } catch (JsonProcessingException e) {
      throw new MalformedBody(e);
    } catch (ClassCastException e) {
      throw new HttpProblem(400, "The request body must be a JSON object.");
    }
  }

  private static String essence(String mediaType) {
    if (mediaType == null) {
      return "";
    }
    int semicolon = mediaType.indexOf(';');
    return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon))
        .trim()
        .toLowerCase(Locale.ROOT);
  }

  /**
   * The request's user (JSON, XML or a form), unknown properties refused when strict.
   *
   * @throws HttpProblem 400 when there is no body
   */
  SoUser requiredUser(RoutingContext ctx) {
    Read read = user(ctx);
    if (read.user() == null) {
      throw new HttpProblem(400, "Entity to save is not in request body");
    }
    if (strict(ctx)) {
      refuseUnknown(read.user(), read.unknown());
    }
    return read.user();
  }

  /** Read-only members of the user: what a client sends back inside them is ignored. */
  private static final Set<String> READ_ONLY = Set.of("_links", "postsavecommands");

  /** Read-only members of every carrier, the user's and the nested ones. */
  private static final Set<String> CARRIER = Set.of("tableright", "fieldproperties");

  /**
   * For {@code Prefer: handling=strict}: each property a User does not have ({@code given}, at any
   * depth, outside the read-only members), each member of {@code Person} Roster cannot hold that
   * the request gives a value ({@link SoPerson#unheld}), and each custom field name that is none is
   * an error; all of them are listed in one 400.
   */
  static void refuseUnknown(SoUser user, List<String> given) {
    List<FieldError> errors = new ArrayList<>();
    given.stream()
        .filter(path -> !insideReadOnly(path))
        .forEach(
            name ->
                errors.add(
                    new FieldError(name, FieldError.Code.UNKNOWN, "is not a property of User")));
    if (user.person() != null) {
      user.person()
          .unheld()
          .forEach(
              name ->
                  errors.add(
                      new FieldError(
                          name,
                          FieldError.Code.NOT_ALLOWED,
                          "is a member Roster cannot hold: send it empty (or without"
                              + " Prefer: handling=strict, to have it ignored)")));
    }
    errors.addAll(SoCustomFields.unknown(user));
    if (!errors.isEmpty()) {
      throw new ValidationFailed(errors);
    }
  }

  private static boolean insideReadOnly(String path) {
    String[] steps = path.toLowerCase(Locale.ROOT).split("[.\\[]");
    if (READ_ONLY.contains(steps[0])) {
      return true;
    }
    for (String step : steps) {
      if (CARRIER.contains(step)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code POST /api/v1/User/Validate}'s answer in XML, where a property name ({@code
   * OtherGroups[1]}) cannot be an element name: {@code <FieldErrors><FieldError><Field>...</Field>
   * <Message>...</Message></FieldError></FieldErrors>}.
   */
  record XmlFieldMessages(
      @JacksonXmlElementWrapper(useWrapping = false)
          @JacksonXmlProperty(localName = "FieldError")
          @JsonProperty("FieldError")
          List<XmlFieldMessage> errors) {
    /** The errors, characters XML cannot carry (in a name as sent) replaced. */
    static XmlFieldMessages of(Map<String, String> errors) {
      return new XmlFieldMessages(
          errors.entrySet().stream()
              .map(
                  e ->
                      new XmlFieldMessage(
                          XmlCodec.carriable(e.getKey()), XmlCodec.carriable(e.getValue())))
              .toList());
    }
  }

  /** One property at fault and its messages (the XML {@code FieldError} element). */
  record XmlFieldMessage(
      @JsonProperty("Field") String field, @JsonProperty("Message") String message) {}
}
