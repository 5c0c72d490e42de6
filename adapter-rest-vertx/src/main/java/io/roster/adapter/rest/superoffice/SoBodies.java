package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import io.roster.adapter.rest.http.HttpProblem;
import io.roster.adapter.rest.http.JsonCodec;
import io.roster.adapter.rest.http.JsonProblems;
import io.roster.adapter.rest.http.MediaTypes;
import io.roster.adapter.rest.http.XmlCodec;
import io.roster.adapter.rest.superoffice.support.Patches;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dialect's bodies and answers in JSON, XML or (bodies only) a form. XML has the JSON property
 * names as element names; a user's root element is {@code UserWithLinks} in answers and must be
 * {@code User} or {@code UserWithLinks} in requests; a list's items are wrapped in their property
 * ({@code <OtherGroups><OtherGroups><Id>5</Id>...</OtherGroups></OtherGroups>}), as written; an
 * empty element is null. A form ({@code application/x-www-form-urlencoded}) has flat properties,
 * nested ones as {@code Person.Lastname}, list items as {@code OtherGroups[0].Id}. XML is read by the hardened {@link XmlCodec}: a DOCTYPE's
 * entities are never declared, so a document using one is a 400.
 */
final class SoBodies {
  static final List<String> JSON = List.of("application/json", "text/json");
  static final List<String> XML = List.of("application/xml", "text/xml");
  static final String FORM = "application/x-www-form-urlencoded";
  static final List<String> BODIES = List.of("application/json", "text/json", "application/xml", "text/xml", FORM);
  /** What an answer may be asked in; the seed lists the two patch types too, answered as JSON. */
  static final List<String> ANSWERS =
      List.of("application/json", "text/json", "application/xml", "text/xml", Patches.JSON_PATCH, Patches.MERGE_PATCH);

  static final String USER_ROOT = "UserWithLinks";
  private static final List<String> ROOTS = List.of("User", USER_ROOT);
  private static final String ANSWER_TYPE = "roster.so.answer";

  private final JsonCodec json;
  private final XmlCodec xml;

  SoBodies(JsonCodec json, XmlCodec xml) {
    this.json = json;
    this.xml = xml;
  }

  /** A body as read: the user, and its properties as sent (for {@code Prefer: handling=strict}). */
  record Read(SoUser user, JsonObject raw) {}

  /** A page of users as XML writes it: {@code <value><UserWithLinks>...</UserWithLinks></value>}. */
  record SoUsers(
      @JacksonXmlElementWrapper(localName = "value") @JacksonXmlProperty(localName = USER_ROOT) @JsonProperty("value")
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
    String type = MediaTypes.negotiate(ctx, ANSWERS);
    if (type.equals(Patches.JSON_PATCH) || type.equals(Patches.MERGE_PATCH)) {
      type = "application/json";
    }
    ctx.put(ANSWER_TYPE, type);
    ctx.response().putHeader("Content-Type", type + "; charset=utf-8");
  }

  /** Whether the answer is XML (also for failures: XML when Accept takes it before JSON). */
  static boolean xml(RoutingContext ctx) {
    String type = ctx.get(ANSWER_TYPE);
    if (type == null) {
      try {
        type = MediaTypes.negotiate(ctx, ANSWERS);
      } catch (HttpProblem notAcceptable) {
        return false;
      }
    }
    return XML.contains(type);
  }

  /**
   * The answer {@code body} (JSON, of {@code type}) in the media type negotiated: as it is for JSON,
   * else as XML with {@code root} as its root element.
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
   * @throws SuperOfficeRoutes.MalformedBody when it is not a User in its media type
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
          throw new HttpProblem(400, "The root element of an XML body must be User or UserWithLinks, not " + root + ".");
        }
        SoUser user = xml.read(body, SoUser.class);
        JsonNode tree = xml.read(body, JsonNode.class);
        return new Read(user, tree == null || !tree.isObject() ? new JsonObject() : new JsonObject(json.write(tree)));
      }
      if (form) {
        JsonObject fields = form(ctx, body);
        if (fields.isEmpty()) {
          throw new HttpProblem(400, "Entity to save is not in request body");
        }
        try {
          return new Read(json.read(fields.toBuffer(), SoUser.class), fields);
        } catch (JsonProcessingException e) {
          throw new HttpProblem(400, "The form is not a valid User: " + formProblem(e));
        }
      }
      return new Read(json.read(body, SoUser.class), json.readObject(body));
    } catch (JsonProcessingException e) {
      throw new SuperOfficeRoutes.MalformedBody(e);
    } catch (ClassCastException e) {
      throw new HttpProblem(400, "The request body must be a JSON object.");
    }
  }

  /**
   * A form's fields as a JSON object: {@code Person.Lastname=x} is {@code {"Person": {"Lastname":
   * "x"}}}, and list items are indexed, {@code OtherGroups[0].Id=2} (also {@code
   * OtherGroups[0][Id]=2}) is {@code {"OtherGroups": [{"Id": "2"}]}}; items are kept in the order of
   * their indices, gaps closed.
   */
  private static JsonObject form(RoutingContext ctx, Buffer body) {
    Map<String, String> pairs = new LinkedHashMap<>();
    if (body != null && body.length() > 0) {
      for (String pair : body.toString(StandardCharsets.UTF_8).split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        pairs.put(decode(equals < 0 ? pair : pair.substring(0, equals)), equals < 0 ? "" : decode(pair.substring(equals + 1)));
      }
    } else {
      ctx.request().formAttributes().forEach(entry -> pairs.put(entry.getKey(), entry.getValue()));
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    // Lists are held sparse (by index) until the end, so a large index allocates nothing.
    pairs.forEach((name, value) -> put(fields, FormPath.parse(name), value));
    return new JsonObject(compact(fields));
  }

  /** One form field's name split into property names and list indices. */
  private record FormPath(List<Object> steps) {
    private static final Pattern STEP =
        Pattern.compile("\\G(?:\\.?([^.\\[\\]]+)|\\[(\\d{1,9})\\]|\\[([^\\[\\]]+)\\])");

    static FormPath parse(String name) {
      List<Object> steps = new ArrayList<>();
      Matcher matcher = STEP.matcher(name);
      int end = 0;
      while (end < name.length() && matcher.find() && matcher.start() == end) {
        if (matcher.group(2) != null) {
          if (steps.isEmpty()) {
            break;
          }
          steps.add(Integer.parseInt(matcher.group(2)));
        } else if (matcher.group(3) != null && matcher.group(3).chars().allMatch(Character::isDigit)) {
          throw new HttpProblem(400, name, "is not a form field of a User: the index is too large");
        } else {
          steps.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(3));
        }
        end = matcher.end();
      }
      if (steps.isEmpty() || end != name.length()) {
        throw new HttpProblem(400, name, "is not a form field of a User; write Person.Lastname or OtherGroups[0].Id");
      }
      return new FormPath(steps);
    }
  }

  /** Puts {@code value} at {@code path}: maps for objects, sorted maps of index to item for lists. */
  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> fields, FormPath path, String value) {
    Map<Object, Object> parent = (Map<Object, Object>) (Map<?, ?>) fields;
    List<Object> steps = path.steps();
    for (int i = 0; i < steps.size() - 1; i++) {
      Object step = steps.get(i);
      boolean list = steps.get(i + 1) instanceof Integer;
      Object child = parent.get(step);
      if (!(child instanceof Map) || list != (child instanceof TreeMap)) {
        child = list ? new TreeMap<Integer, Object>() : new LinkedHashMap<String, Object>();
        parent.put(step, child);
      }
      parent = (Map<Object, Object>) child;
    }
    // An empty field is no value, as an empty XML element is.
    parent.put(steps.get(steps.size() - 1), value.isEmpty() ? null : value);
  }

  /** The maps of {@link #put} as JSON: a list's items by index, in order. */
  private static Map<String, Object> compact(Map<?, ?> object) {
    Map<String, Object> json = new LinkedHashMap<>();
    object.forEach((key, value) -> json.put((String) key, compactValue(value)));
    return json;
  }

  private static Object compactValue(Object value) {
    if (value instanceof TreeMap<?, ?> items) {
      List<Object> list = new ArrayList<>();
      items.values().forEach(item -> list.add(compactValue(item)));
      return new JsonArray(list);
    }
    if (value instanceof Map<?, ?> object) {
      return new JsonObject(compact(object));
    }
    return value;
  }

  /** What a form got wrong, in a form's terms. */
  private static String formProblem(JsonProcessingException e) {
    String path = JsonProblems.path(e).replace(".[", "[");
    String what = JsonProblems.describe(e).replaceFirst(" \\(line \\d+, column \\d+\\)$", "");
    if (what.equals("must be a JSON array")) {
      what = "is a list: write " + path + "[0].Id=...";
    } else if (what.equals("must be a JSON object")) {
      what = "has properties: write " + path + ".Id=...";
    }
    return path.isEmpty() ? what : path + " " + what;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new HttpProblem(400, "The form body is not URL-encoded: " + e.getMessage());
    }
  }

  private static String essence(String mediaType) {
    if (mediaType == null) {
      return "";
    }
    int semicolon = mediaType.indexOf(';');
    return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  /**
   * {@code POST /api/v1/User/Validate}'s answer in XML, where a property name ({@code
   * OtherGroups[1]}) cannot be an element name: {@code <FieldErrors><FieldError><Field>...</Field>
   * <Message>...</Message></FieldError></FieldErrors>}.
   */
  record FieldErrors(
      @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "FieldError") @JsonProperty("FieldError")
          List<FieldError> errors) {
    static FieldErrors of(Map<String, String> errors) {
      return new FieldErrors(
          errors.entrySet().stream().map(e -> new FieldError(e.getKey(), e.getValue())).toList());
    }
  }

  /** One property at fault and its messages. */
  record FieldError(@JsonProperty("Field") String field, @JsonProperty("Message") String message) {}
}
