package io.roster.adapter.persistence;

/** The little SQL that differs between the two databases. */
enum Dialect {
  H2 {
    @Override
    String nextValue(String sequence) {
      return "select next value for " + sequence;
    }
  },
  POSTGRESQL {
    @Override
    String nextValue(String sequence) {
      return "select nextval('" + sequence + "')";
    }
  };

  abstract String nextValue(String sequence);
}
