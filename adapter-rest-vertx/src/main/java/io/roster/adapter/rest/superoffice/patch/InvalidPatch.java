package io.roster.adapter.rest.superoffice.patch;

/**
 * A PATCH body that is not a patch that applies to the resource: malformed JSON, a JSON Patch that
 * is not an array, an unknown operation, a missing {@code path}, {@code value} or {@code from}, a
 * path that does not exist where it must. Answered 400; the message names the operation and path.
 */
public final class InvalidPatch extends PatchException {
  public static final int STATUS = 400;

  InvalidPatch(String operation, String path, String message) {
    super(operation, path, message);
  }

  InvalidPatch(String message) {
    this(null, null, message);
  }

  @Override
  public int status() {
    return STATUS;
  }
}
