package io.roster.application.port.in.auth;

/** Whether a caller may see a field of a user and whether they may change it. */
public record FieldRight(boolean read, boolean write) {
  public static final FieldRight NONE = new FieldRight(false, false);
  public static final FieldRight READ = new FieldRight(true, false);
  public static final FieldRight WRITE_ONLY = new FieldRight(false, true);
  public static final FieldRight READ_WRITE = new FieldRight(true, true);
}
