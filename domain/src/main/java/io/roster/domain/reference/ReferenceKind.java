package io.roster.domain.reference;

/** What a reference points at: another aggregate or an item of reference data. */
public enum ReferenceKind {
  USER,
  SALES_ORGANIZATION,
  COUNTRY,
  LANGUAGE,
  CURRENCY,
  USER_GROUP,
  ROLE,
  TICKET_CATEGORY,
  LICENCE;

  /** True for the kinds that are reference data (lists a client picks from), not aggregates. */
  public boolean isReferenceData() {
    return this != USER && this != SALES_ORGANIZATION;
  }
}
