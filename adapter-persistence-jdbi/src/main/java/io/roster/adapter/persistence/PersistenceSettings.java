package io.roster.adapter.persistence;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the data lives and how many connections to keep. The default is an H2 file under the data
 * directory, written before each commit returns (see {@link #h2File}).
 */
public record PersistenceSettings(
    String jdbcUrl,
    String user,
    String password,
    int poolSize,
    Duration connectionTimeout,
    boolean groupCommit) {
  public static final int DEFAULT_POOL_SIZE = 10;
  public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(2);

  /** With group commit ({@link GroupCommit}). */
  public PersistenceSettings(
      String jdbcUrl, String user, String password, int poolSize, Duration connectionTimeout) {
    this(jdbcUrl, user, password, poolSize, connectionTimeout, true);
  }

  public PersistenceSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "only H2 (jdbc:h2:...) and PostgreSQL (jdbc:postgresql:...) are supported: " + jdbcUrl);
    }
    if (poolSize < 1) {
      throw new IllegalArgumentException("the pool needs at least one connection: " + poolSize);
    }
    Objects.requireNonNull(connectionTimeout, "connectionTimeout");
  }

  /**
   * The embedded database in {@code dataDirectory}. {@code WRITE_DELAY=0} makes H2 write each
   * commit to its file before the commit returns (its default waits up to 500 ms), so a process
   * killed right after an answer loses nothing. {@code QUERY_CACHE_SIZE=64}: each connection keeps
   * the parsed form of every statement Roster issues (a create alone issues about ten different
   * ones, more than H2's default of 8, which made H2 parse most statements again each time).
   */
  public static PersistenceSettings h2File(Path dataDirectory) {
    String file = dataDirectory.toAbsolutePath().normalize().resolve("roster").toString();
    return new PersistenceSettings(
        "jdbc:h2:file:" + file + ";WRITE_DELAY=0;QUERY_CACHE_SIZE=64",
        "sa",
        "",
        DEFAULT_POOL_SIZE,
        DEFAULT_CONNECTION_TIMEOUT);
  }

  public PersistenceSettings withPoolSize(int size) {
    return new PersistenceSettings(jdbcUrl, user, password, size, connectionTimeout, groupCommit);
  }

  /**
   * With group commit (concurrent write use cases share one flush to the disk) or without (each
   * commit waits for the disk on its own).
   */
  public PersistenceSettings withGroupCommit(boolean on) {
    return new PersistenceSettings(jdbcUrl, user, password, poolSize, connectionTimeout, on);
  }

  boolean isPostgres() {
    return jdbcUrl.startsWith("jdbc:postgresql:");
  }

  @Override
  public String toString() {
    return "PersistenceSettings["
        + jdbcUrl
        + ", user="
        + user
        + ", pool="
        + poolSize
        + ", group commit "
        + (groupCommit ? "on" : "off")
        + "]";
  }
}
