package io.roster.domain.salesorg;

import java.util.Objects;
import java.util.UUID;

/** The identity of a sales organization. */
public record SalesOrganizationId(UUID value) {
  public SalesOrganizationId {
    Objects.requireNonNull(value, "value");
  }

  public static SalesOrganizationId of(UUID value) {
    return new SalesOrganizationId(value);
  }

  public static SalesOrganizationId random() {
    return new SalesOrganizationId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
