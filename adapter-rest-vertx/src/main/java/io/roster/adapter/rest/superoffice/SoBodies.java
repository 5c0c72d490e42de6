package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
 * {@code User} or {@code UserWithLinks} in requests; a list's items are wrapped in their property
 * ({@code <OtherGroups><OtherGroups><Id>5</Id>...</OtherGroups></OtherGroups>}), as written; an
 * empty element is null. A form ({@code application/x-www-form-urlencoded}) is read by {@link
 * SoForm}. XML is read by the hardened {@link XmlCodec}: a DOCTYPE's entities are never declared,
 * so a document using one is a 400.
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
   * A page of users as XML writes it: {@code <value><UserWithLinks>...</UserWithLinks></value>}.
   */
  record SoUsers(
      @JacksonXmlElementWrapper(localName = "value")
          @JacksonXmlProperty(localName = USER_ROOT)
          @JsonProperty("value")
          List<SoUser> value,
      @JsonProperty("odata.nextLink") String nextLink) {}

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
   * The answer {@code body} (JSON, of {@code type}) in the media type negotiated: as it is for
   * JSON, else as XML with {@code root} as its root element.
   */
  Buffer answer(RoutingContext ctx, Buffer body, Class<?> type, String root) {
    if (!xml(ctx)) {
      return body;
    }
    try {
      return xml.write(json.read(body, type), root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an answer could not be read back", e);
    }
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

  /** Read-only members: what a client sends back inside them is ignored, whatever it is. */
  private static final Set<String> IGNORED = Set.of("tableright", "fieldproperties", "_links");

  /**
   * For {@code Prefer: handling=strict}: a property a User does not have ({@code given}, at any
   * depth, outside the read-only members), or a custom field name that is none, is an error.
   */
  static void refuseUnknown(SoUser user, List<String> given) {
    List<String> unknown = new ArrayList<>();
    given.stream()
        .filter(path -> !IGNORED.contains(path.split("[.\\[]", 2)[0].toLowerCase(Locale.ROOT)))
        .forEach(unknown::add);
    unknown.addAll(SoCustomFields.unknown(user));
    if (!unknown.isEmpty()) {
      throw new ValidationFailed(
          unknown.stream()
              .map(
                  name ->
                      new FieldError(name, FieldError.Code.UNKNOWN, "is not a property of User"))
              .toList());
    }
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
    static XmlFieldMessages of(Map<String, String> errors) {
      return new XmlFieldMessages(
          errors.entrySet().stream()
              .map(e -> new XmlFieldMessage(e.getKey(), e.getValue()))
              .toList());
    }
  }

  /** One property at fault and its messages (the XML {@code FieldError} element). */
  record XmlFieldMessage(
      @JsonProperty("Field") String field, @JsonProperty("Message") String message) {}
}
