package io.roster.archfixture.domain;

import org.assertj.core.util.Strings;

/** Breaks "the domain depends only on java..": a convenient library creeps into the model. */
public final class UsesALibrary {
  private UsesALibrary() {}

  public static boolean blank(String text) {
    return Strings.isNullOrEmpty(text);
  }
}
