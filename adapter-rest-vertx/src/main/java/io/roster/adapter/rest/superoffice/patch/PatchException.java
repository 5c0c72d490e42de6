package io.roster.adapter.rest.superoffice.patch;

import io.roster.adapter.rest.http.HttpProblem;

/**
 * A PATCH body that cannot be applied, with the status to answer and, where known, the operation
 * and the path at fault. See {@link InvalidPatch} (400) and {@link PatchTestFailed} (409).
 */
public abstract class PatchException extends RuntimeException {
  private final String operation;
  private final String path;

  PatchException(String operation, String path, String message) {
    super(message, null, false, false);
    this.operation = operation;
    this.path = path;
  }

  /** The HTTP status to answer. */
  public abstract int status();

  /** The JSON Patch operation at fault ({@code "add"}, {@code "test"}...); {@code null} if none. */
  public String operation() {
    return operation;
  }

  /** The path of the operation at fault, as the client wrote it; {@code null} if none. */
  public String path() {
    return path;
  }

  /** This as the adapter's {@link HttpProblem}, naming the path (if any) as the field at fault. */
  public HttpProblem toProblem() {
    return new HttpProblem(status(), path, getMessage());
  }
}
