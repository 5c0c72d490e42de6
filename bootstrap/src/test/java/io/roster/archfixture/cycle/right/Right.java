package io.roster.archfixture.cycle.right;

import io.roster.archfixture.cycle.left.Left;

public final class Right {
  public Left left() {
    return new Left();
  }
}
