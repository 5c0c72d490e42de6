package io.roster.adapter.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A body that is not the JSON (or XML) it should be; its location or property is named in the
 * answer.
 */
public final class MalformedBody extends RuntimeException {
  public MalformedBody(JsonProcessingException cause) {
    super(cause.getOriginalMessage(), cause, false, false);
  }

  @Override
  public synchronized JsonProcessingException getCause() {
    return (JsonProcessingException) super.getCause();
  }

  /** The property at fault ({@code sales_organization.code}, {@code OtherGroups.[0]}), or "". */
  public String path() {
    return JsonProblems.path(getCause());
  }

  /** What is wrong, in the client's terms, and where in the text when known. */
  public String description() {
    return JsonProblems.describe(getCause());
  }
}
