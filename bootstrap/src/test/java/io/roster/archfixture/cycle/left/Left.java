package io.roster.archfixture.cycle.left;

import io.roster.archfixture.cycle.right.Right;

/** Breaks "no package cycles", together with {@link Right}. */
public final class Left {
  public Right right() {
    return new Right();
  }
}
