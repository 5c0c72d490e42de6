package io.roster.adapter.rest.superoffice.patch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.roster.adapter.rest.http.HttpProblem;
import io.roster.adapter.rest.http.JsonCodec;
import io.roster.adapter.rest.http.JsonProblems;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Applies a PATCH body to a resource's current JSON representation, as SuperOffice's WebAPI does:
 *
 * <ul>
 *   <li>{@value #JSON_PATCH}: an RFC 6902 JSON Patch, an array of {@code add}, {@code remove},
 *       {@code replace}, {@code move}, {@code copy} and {@code test} operations (applied by
 *       zjsonpatch). The operations apply in order and all or none: the first one that fails throws
 *       and {@code current} is left as it was.
 *   <li>{@value #MERGE_PATCH}: an RFC 7386 JSON Merge Patch, an object whose members replace the
 *       resource's, {@code null} removing one and objects merging recursively.
 * </ul>
 *
 * <p>As in SuperOffice (and the dialect's JSON bodies), names ignore case: each segment of a JSON
 * Patch {@code path} or {@code from} is matched against the property names the document has at that
 * point ({@code /person/FIRSTNAME} reaches {@code /Person/Firstname}), and a merge patch member
 * replaces the resource's property of the same name in any case. A path's leading slash may be left
 * out ({@code Person/Firstname}); array indexes and {@code -} work as in RFC 6901: {@code -} names
 * the place after an array's last element, where {@code add}, {@code copy} and {@code move} append
 * (as their {@code path}); any other use of it for an array is invalid. The operation's own member
 * names ({@code Op}, {@code Path}...) and the operation name ({@code Replace}) ignore case too. A
 * new property added by {@code add} keeps the case the client gave. (A name holding {@code ~}
 * cannot be reached: zjsonpatch decodes {@code ~01} twice. The dialect's names never hold one.)
 *
 * <p>Bodies are parsed within {@link JsonCodec}'s limits. A JSON Patch has at most {@value
 * #MAX_OPERATIONS} operations; each is checked before it is applied: it may not bring the document
 * beyond {@value #MAX_DOCUMENT_SIZE} characters of JSON (counting everything the operations put in,
 * see {@link PatchBudget}), nor nest it deeper than a body may be, nor have a path of more segments
 * than that. So neither the document nor the work grows beyond those bounds, and the operations are
 * applied in place, to one copy of {@code current}. Failures: {@link PatchTestFailed} (409) for a
 * {@code test} that does not hold, {@link InvalidPatch} (400) for anything else, each naming the
 * operation and path.
 */
public final class Patches {
  /** RFC 6902 JSON Patch. */
  public static final String JSON_PATCH = "application/json-patch+json";

  /** RFC 7386 JSON Merge Patch. */
  public static final String MERGE_PATCH = "application/merge-patch+json";

  /** The media types {@link #apply} takes, for {@code MediaTypes.requireBody}. */
  public static final List<String> MEDIA_TYPES = List.of(JSON_PATCH, MERGE_PATCH);

  /**
   * Operations in one JSON Patch. A user has a few dozen properties (a hundred free custom fields
   * among them); this keeps a body of tiny operations from costing the server much.
   */
  public static final int MAX_OPERATIONS = 1000;

  /**
   * The most characters of JSON a JSON Patch may bring the document to, counting the document as
   * shown and everything its operations put in (values added or replaced, what is copied or moved),
   * however much later operations removed (see {@link PatchBudget}): four times the default request
   * body limit, ten times a user as shown with every custom field full (some 6 KB with few values).
   */
  public static final long MAX_DOCUMENT_SIZE = 4L * 1024 * 1024;

  private static final JsonCodec JSON = new JsonCodec();

  private Patches() {}

  /** Whether {@code contentType} (parameters such as {@code charset} aside) is a patch type. */
  public static boolean isPatch(String contentType) {
    return MEDIA_TYPES.contains(essence(contentType));
  }

  /**
   * {@code current} with the PATCH {@code body} applied; {@code current} itself is not changed.
   *
   * @param current the resource as the dialect shows it (a JSON object)
   * @param contentType the request's {@code Content-Type}, parameters allowed
   * @param body the request body
   * @throws HttpProblem 415 when {@code contentType} is neither {@value #JSON_PATCH} nor {@value
   *     #MERGE_PATCH}
   * @throws InvalidPatch (400) when the body is empty, not JSON within the limits, not an array
   *     (JSON Patch) or object (merge patch), or an operation is malformed or does not apply
   * @throws PatchTestFailed (409) when a {@code test} operation does not hold
   */
  public static JsonNode apply(JsonNode current, String contentType, byte[] body) {
    String type = essence(contentType);
    if (!MEDIA_TYPES.contains(type)) {
      throw new HttpProblem(
          415,
          "The request entity's media type '"
              + (contentType == null ? "" : contentType)
              + "' is not a patch; send "
              + String.join(" or ", MEDIA_TYPES)
              + ".");
    }
    JsonNode patch = parse(body);
    if (type.equals(JSON_PATCH)) {
      return jsonPatch(current, patch);
    }
    if (!patch.isObject()) {
      throw new InvalidPatch("A merge patch must be a JSON object of the properties to change.");
    }
    return mergePatch(current, patch);
  }

  /**
   * {@code current} with the RFC 6902 {@code patch} applied, names ignoring case (see the class
   * comment); {@code current} itself is not changed.
   *
   * @throws InvalidPatch when {@code patch} is not an array of operations that apply
   * @throws PatchTestFailed when a {@code test} operation does not hold
   */
  public static JsonNode jsonPatch(JsonNode current, JsonNode patch) {
    if (patch == null || !patch.isArray()) {
      throw new InvalidPatch("A JSON Patch must be a JSON array of operations.");
    }
    if (patch.size() > MAX_OPERATIONS) {
      throw new InvalidPatch("A JSON Patch may hold at most " + MAX_OPERATIONS + " operations.");
    }
    JsonNode result = current.deepCopy();
    PatchBudget budget = new PatchBudget(result, MAX_DOCUMENT_SIZE);
    for (int i = 0; i < patch.size(); i++) {
      result = PatchOperation.apply(result, patch.get(i), i, budget);
    }
    return result;
  }

  /**
   * {@code target} with the RFC 7386 merge {@code patch} applied, by the RFC's own algorithm, a
   * member replacing the target's property of the same name in any case; {@code target} itself is
   * not changed. A patch that is not an object replaces the whole target, as the RFC says.
   */
  public static JsonNode mergePatch(JsonNode target, JsonNode patch) {
    return merge(target == null ? null : target.deepCopy(), patch);
  }

  /** RFC 7386 section 2, changing {@code target} (a copy) in place. */
  private static JsonNode merge(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch.deepCopy();
    }
    ObjectNode result =
        target != null && target.isObject()
            ? (ObjectNode) target
            : JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> member : patch.properties()) {
      String name = PatchPaths.propertyIgnoringCase(result, member.getKey());
      if (member.getValue().isNull()) {
        result.remove(name);
      } else {
        result.set(name, merge(result.get(name), member.getValue()));
      }
    }
    return result;
  }

  private static JsonNode parse(byte[] body) {
    if (body == null || body.length == 0) {
      throw new InvalidPatch("The PATCH request has no body.");
    }
    try {
      JsonNode patch = JSON.read(Buffer.buffer(body), JsonNode.class);
      return patch == null ? NullNode.getInstance() : patch;
    } catch (JsonProcessingException e) {
      throw new InvalidPatch("The PATCH body is not valid JSON: " + JsonProblems.describe(e));
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
}
