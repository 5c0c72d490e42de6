package io.roster.adapter.rest.superoffice.patch;

/**
 * A JSON Patch {@code test} operation whose value is not the resource's (or whose path the resource
 * does not have): the resource is not in the state the client expected, so nothing is changed.
 * Answered 409. The message names the path but never quotes the resource's value.
 */
public final class PatchTestFailed extends PatchException {
  public static final int STATUS = 409;

  PatchTestFailed(String path, String message) {
    super("test", path, message);
  }

  @Override
  public int status() {
    return STATUS;
  }
}
