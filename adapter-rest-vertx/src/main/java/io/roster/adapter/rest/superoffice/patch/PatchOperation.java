package io.roster.adapter.rest.superoffice.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flipkart.zjsonpatch.CompatibilityFlags;
import com.flipkart.zjsonpatch.InvalidJsonPatchException;
import com.flipkart.zjsonpatch.JsonPatch;
import com.flipkart.zjsonpatch.JsonPatchApplicationException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One operation of a JSON Patch: read (its members and name ignoring case, its paths as the
 * document spells them), checked (see {@link Patches}) and charged to the patch's {@link
 * PatchBudget}, then applied by zjsonpatch.
 */
final class PatchOperation {
  /** RFC 6902 section 4.2: "The target location MUST exist for the operation to be successful." */
  private static final EnumSet<CompatibilityFlags> FLAGS =
      EnumSet.of(CompatibilityFlags.FORBID_REMOVE_MISSING_OBJECT);

  private static final Set<String> OPERATION_MEMBERS = Set.of("op", "path", "from", "value");

  /** The operations whose {@code path} may be {@code -}: they put a value there. */
  private static final Set<String> ADDING = Set.of("add", "copy", "move");

  /** The operations that put what their {@code from} names at their {@code path}. */
  private static final Set<String> TAKING = Set.of("copy", "move");

  /** The most characters of a path an error message quotes. */
  private static final int SHOWN = 100;

  private PatchOperation() {}

  /**
   * {@code document} with {@code operation}, the {@code index}th of its patch, applied. The
   * document is changed in place (and returned), unless the operation replaces it whole: the caller
   * applies a patch to a copy of its own, and drops it when an operation fails.
   *
   * @throws InvalidPatch when the operation is malformed, cannot be applied or goes beyond {@code
   *     budget}
   * @throws PatchTestFailed when it is a {@code test} that does not hold
   */
  static JsonNode apply(JsonNode document, JsonNode operation, int index, PatchBudget budget) {
    if (operation == null || !operation.isObject()) {
      throw new InvalidPatch("Operation " + index + " of the JSON Patch is not a JSON object.");
    }
    ObjectNode normalized = normalized((ObjectNode) operation);
    String op = text(normalized, "op", index, null, null);
    String given = text(normalized, "path", index, op, null);
    String name = op.toLowerCase(Locale.ROOT);
    Where where = new Where(index, op, shown(given));
    String path = pointer(document, given, "path", ADDING.contains(name), where);
    normalized.put("op", name);
    normalized.put("path", path);
    JsonNode placed = name.equals("add") || name.equals("replace") ? normalized.get("value") : null;
    if (normalized.has("from")) {
      String from =
          pointer(
              document, text(normalized, "from", index, op, where.path()), "from", false, where);
      normalized.put("from", from);
      if (TAKING.contains(name)) {
        placed = document.at(from);
      }
    }
    budget.place(placed, path, where);
    ArrayNode single = JsonNodeFactory.instance.arrayNode().add(normalized);
    try {
      if (path.isEmpty() && !name.equals("test")) {
        // in place, zjsonpatch would replace the whole document where no caller sees it
        return JsonPatch.apply(single, document, FLAGS);
      }
      JsonPatch.applyInPlace(single, document, FLAGS);
      return document;
    } catch (InvalidJsonPatchException e) {
      throw where.invalid("is not valid: " + e.getMessage());
    } catch (JsonPatchApplicationException e) {
      if (name.equals("test")) {
        throw new PatchTestFailed(
            where.path(),
            where
                + " failed: the resource's value at "
                + where.path()
                + " is not the given value.");
      }
      throw where.invalid("cannot be applied: " + e.getMessage());
    } catch (IllegalArgumentException | IllegalStateException e) {
      // zjsonpatch's word for a property path into an array ("Object operation on array target")
      throw where.invalid("is not valid: " + e.getMessage());
    } catch (IndexOutOfBoundsException e) {
      throw where.invalid("cannot be applied: no such array element.");
    }
  }

  /**
   * The operation at fault, for messages: {@code Operation 3 (replace /Person/Lastname)}, its path
   * as the client wrote it (its start, when it is long).
   */
  record Where(int index, String op, String path) {
    InvalidPatch invalid(String what) {
      return new InvalidPatch(op, path, this + " " + what);
    }

    @Override
    public String toString() {
      return "Operation " + index + " (" + op + " " + path + ")";
    }
  }

  /**
   * {@code given} (a {@code path} or {@code from}) as a pointer spelled as {@code document} spells
   * it ({@link PatchPaths#realPath}).
   *
   * @throws InvalidPatch when it has more segments than a document may nest (it could name nothing,
   *     and is not read), or uses {@code -} for an array other than as the place an operation that
   *     {@code adds} appends at: RFC 6901's {@code -} names no element (section 4), so there is
   *     nothing there to replace, remove, test, copy, move or reach into
   */
  private static String pointer(
      JsonNode document, String given, String member, boolean adds, Where where) {
    if (PatchPaths.segments(given) > PatchBudget.MAX_DEPTH) {
      throw where.invalid(
          "is not valid: its "
              + member
              + " has more than "
              + PatchBudget.MAX_DEPTH
              + " segments, and a user nests no deeper.");
    }
    String real = PatchPaths.realPath(document, given);
    PatchPaths.arrayEnd(document, real)
        .filter(end -> !(adds && end.last()))
        .ifPresent(
            end -> {
              throw where.invalid(
                  "is not valid: in its "
                      + member
                      + ", '-' names no element of "
                      + (end.array().isEmpty() ? "the document" : end.array())
                      + " but the place after its last; only add, copy and move may append"
                      + " there, as their path.");
            });
    return real;
  }

  /**
   * A copy of {@code operation} with its own members ({@code Op}, {@code PATH}...) in lower case.
   */
  private static ObjectNode normalized(ObjectNode operation) {
    ObjectNode normalized = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> member : operation.properties()) {
      String lower = member.getKey().toLowerCase(Locale.ROOT);
      normalized.set(
          OPERATION_MEMBERS.contains(lower) ? lower : member.getKey(), member.getValue());
    }
    return normalized;
  }

  private static String text(
      ObjectNode operation, String member, int index, String op, String path) {
    JsonNode value = operation.get(member);
    if (value == null || !value.isTextual()) {
      String where = "Operation " + index;
      if (op != null) {
        where += " (" + op + (path == null ? "" : " " + path) + ")";
      }
      throw new InvalidPatch(op, path, where + " has no '" + member + "' text.");
    }
    return value.asText();
  }

  /** {@code path} as a message quotes it: its start, when it is long. */
  private static String shown(String path) {
    return path.length() <= SHOWN ? path : path.substring(0, SHOWN) + "...";
  }
}
