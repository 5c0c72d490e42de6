package io.roster.domain.user;

/** The kinds of associate, numbered (1..5) as the superoffice dialect numbers them. */
public enum UserType {
  INTERNAL_ASSOCIATE,
  RESOURCE_ASSOCIATE,
  EXTERNAL_ASSOCIATE,
  ANONYMOUS_ASSOCIATE,
  SYSTEM_ASSOCIATE;

  public int number() {
    return ordinal() + 1;
  }
}
