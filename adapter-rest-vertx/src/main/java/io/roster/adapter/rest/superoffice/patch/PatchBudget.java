package io.roster.adapter.rest.superoffice.patch;

import com.fasterxml.jackson.databind.JsonNode;
import io.roster.adapter.rest.http.JsonCodec;

/**
 * What the operations of one JSON Patch have put into the document so far: the document as it was,
 * plus every value an operation added or replaced and everything it copied or moved, never less for
 * what a later operation removed. Each operation is charged before it is applied, so neither the
 * document nor the work of making it outgrows the limit, however the operations loop (a copy of a
 * property into itself doubles the document; moving one to and fro costs each time). Nor may an
 * operation nest the document deeper than a request body may be ({@link
 * JsonCodec#MAX_NESTING_DEPTH}).
 */
final class PatchBudget {
  static final int MAX_DEPTH = JsonCodec.MAX_NESTING_DEPTH;

  private final long limit;
  private long spent;

  /**
   * @param document the document before the first operation, no deeper than {@link #MAX_DEPTH}
   * @param limit the most characters of JSON the operations may bring the document to
   */
  PatchBudget(JsonNode document, long limit) {
    this.limit = limit;
    this.spent = JsonSize.of(document).length();
  }

  /**
   * Charges an operation that puts {@code value} at {@code pointer} (a real RFC 6901 pointer); no
   * value (one the operation lacks, or a {@code from} that names nothing) costs nothing here, the
   * operation itself failing.
   *
   * @throws InvalidPatch naming the operation ({@code where}) when it would nest the document too
   *     deep or bring it beyond the limit
   */
  void place(JsonNode value, String pointer, PatchOperation.Where where) {
    if (value == null || value.isMissingNode()) {
      return;
    }
    JsonSize size = JsonSize.of(value);
    if (PatchPaths.segments(pointer) + size.depth() > MAX_DEPTH) {
      throw where.invalid(
          "is refused: it would nest the user deeper than " + MAX_DEPTH + " levels.");
    }
    // the member's name, quotes, colon and comma too
    long name = pointer.length() - pointer.lastIndexOf('/') + 3;
    if (spent + size.length() + name > limit) {
      throw where.invalid(
          "is refused: the patched user would be larger than " + limit + " characters of JSON.");
    }
    spent += size.length() + name;
  }
}
