package io.roster.domain.customfield;

/** The types an extra field can be declared with. */
public enum ExtraFieldType {
  TEXT,
  INTEGER,
  DECIMAL,
  BOOLEAN,
  DATE,
  DATE_TIME,
  LIST
}
