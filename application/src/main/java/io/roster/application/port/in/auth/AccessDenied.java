package io.roster.application.port.in.auth;

import java.util.List;

/**
 * The caller may not do this (403). {@code fields} names the fields they may not change, when that
 * is the reason; it is empty when the operation itself is refused.
 */
public final class AccessDenied extends RuntimeException {
  private final List<String> fields;

  public AccessDenied(String message) {
    this(message, List.of());
  }

  public AccessDenied(String message, List<String> fields) {
    super(message, null, false, false);
    this.fields = List.copyOf(fields);
  }

  public static AccessDenied fields(List<String> fields) {
    return new AccessDenied("You may not change " + String.join(", ", fields) + ".", fields);
  }

  public List<String> fields() {
    return fields;
  }
}
