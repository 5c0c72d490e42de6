package io.roster.bootstrap;

import io.roster.adapter.persistence.PersistenceSettings;
import io.roster.application.service.security.LoginThrottle;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * Roster's settings: environment variables first, then an optional properties file (same names,
 * e.g. {@code ROSTER_DB_URL=...}), then the defaults. A value that cannot be used stops start-up
 * with a {@link ConfigurationError} that names the setting.
 */
public record Settings(
    int httpPort,
    long bodyLimit,
    Duration slowCallThreshold,
    Path dataDirectory,
    PersistenceSettings persistence,
    Security security,
    LogFormat logFormat,
    MetricsSettings metrics) {

  /** How log records are written: one line of text each, or one JSON object per line. */
  public enum LogFormat {
    TEXT,
    JSON
  }

  /**
   * How callers authenticate: the domain Wello clients append to passwords, the token-signing key
   * ({@code null}: the one kept in the data directory), token and idle-session lifetimes, the
   * failed log-ons one client address may have within 15 minutes before its wrong passwords get
   * 429, and the first administrator's user name and password ({@code null}: a random one, printed
   * once).
   */
  public record Security(
      String domain,
      String tokenKey,
      Duration tokenLifetime,
      Duration sessionIdle,
      int loginFailuresPerAddress,
      String adminUsername,
      String adminPassword) {
    @Override
    public String toString() {
      return "Security[domain="
          + domain
          + ", tokenLifetime="
          + tokenLifetime
          + ", sessionIdle="
          + sessionIdle
          + ", loginFailuresPerAddress="
          + loginFailuresPerAddress
          + ", adminUsername="
          + adminUsername
          + "]";
    }
  }

  /**
   * Every setting with its default ({@code null}: none) and what it is for, for the README and
   * --help.
   */
  public static final Map<String, String[]> KNOWN = known();

  private static Map<String, String[]> known() {
    Map<String, String[]> known = new LinkedHashMap<>();
    known.put("ROSTER_HTTP_PORT", new String[] {"8080", "HTTP port (0: any free port)"});
    known.put(
        "ROSTER_BODY_LIMIT", new String[] {"1048576", "largest request body in bytes (413 above)"});
    known.put(
        "ROSTER_SLOW_CALL_MS",
        new String[] {
          "2000",
          "calls to /api/v1 slower than this many milliseconds are logged (roster.http.slow)"
        });
    known.put(
        "ROSTER_LOG_FORMAT",
        new String[] {
          "text",
          "text: a line per log record; json: a JSON object per line (time, level, logger, message,"
              + " and for requests their id, method, path, route, status and duration)"
        });
    known.put("ROSTER_DATA_DIR", new String[] {"./data", "where the embedded database lives"});
    known.put(
        "ROSTER_DB_URL",
        new String[] {
          null,
          "JDBC URL (jdbc:h2:... or jdbc:postgresql:...); default: an H2 file in the data directory"
        });
    known.put("ROSTER_DB_USER", new String[] {null, "database user (H2 default: sa)"});
    known.put("ROSTER_DB_PASSWORD", new String[] {null, "database password"});
    known.put(
        "ROSTER_DB_POOL_SIZE",
        new String[] {"10", "connections in the pool (and threads running use cases), at least 2"});
    known.put(
        "ROSTER_GROUP_COMMIT",
        new String[] {
          null,
          "on: concurrent writes share one flush to the disk; off: each commit waits for the disk on its own; default: on for H2, off for PostgreSQL"
        });
    known.put(
        "ROSTER_DOMAIN",
        new String[] {"roster", "the domain name Wello clients send as user:password@domain"});
    known.put(
        "ROSTER_TOKEN_KEY",
        new String[] {
          null,
          "key that signs access tokens, at least 32 characters; default: a random key kept in <data dir>/token.key"
        });
    known.put(
        "ROSTER_TOKEN_LIFETIME",
        new String[] {"3600", "seconds an access token from POST /auth/token is valid"});
    known.put(
        "ROSTER_SESSION_IDLE",
        new String[] {"28800", "seconds a session from POST /auth/session lasts without use"});
    known.put(
        "ROSTER_LOGIN_FAILURES_PER_ADDRESS",
        new String[] {
          String.valueOf(LoginThrottle.FAILURES_PER_ADDRESS),
          "failed log-ons from one client address within 15 minutes after which its wrong passwords"
              + " get 429 (right ones still log on), 1 to "
              + LoginThrottle.MOST_FREE_FAILURES
        });
    known.put(
        "ROSTER_ADMIN_USERNAME",
        new String[] {"admin", "user name of the administrator made on first start"});
    known.put(
        "ROSTER_ADMIN_PASSWORD",
        new String[] {
          null, "that administrator's password; default: a random one, printed once on first start"
        });
    known.putAll(MetricsSettings.known());
    return known;
  }

  /** Settings from {@code environment} and, when given, the properties file {@code file}. */
  public static Settings load(Map<String, String> environment, Path file) {
    Map<String, String> values = new LinkedHashMap<>();
    if (file != null) {
      values.putAll(read(file));
      // A file holds only Roster's settings, so a name it does not know is a typo worth stopping
      // for.
      values.keySet().stream()
          .filter(name -> !KNOWN.containsKey(name))
          .findFirst()
          .ifPresent(
              name -> {
                throw new ConfigurationError(
                    "unknown setting "
                        + name
                        + " in "
                        + file
                        + "; known: "
                        + String.join(", ", KNOWN.keySet()));
              });
    }
    environment.forEach(
        (name, value) -> {
          if (KNOWN.containsKey(name)) {
            values.put(name, value);
          }
        });
    Source source = new Source(values);
    int port = source.get("ROSTER_HTTP_PORT", Settings::port);
    long bodyLimit = source.get("ROSTER_BODY_LIMIT", text -> positive(text, 64 * 1024 * 1024));
    Duration slowCallThreshold =
        Duration.ofMillis(source.get("ROSTER_SLOW_CALL_MS", text -> between(text, 0, 3_600_000)));
    Path dataDirectory = source.get("ROSTER_DATA_DIR", Settings::path);
    // Flyway takes two connections while it migrates at start-up.
    int poolSize = source.get("ROSTER_DB_POOL_SIZE", text -> between(text, 2, 1000));
    String url = values.get("ROSTER_DB_URL");
    // On by default for H2, which writes its file at every commit otherwise. PostgreSQL already
    // shares one WAL flush among the commits that arrive together, and measured faster without
    // (bench/http/README.md).
    boolean postgres = url != null && url.trim().startsWith("jdbc:postgresql:");
    boolean groupCommit =
        values.containsKey("ROSTER_GROUP_COMMIT")
            ? source.get("ROSTER_GROUP_COMMIT", Settings::onOff)
            : !postgres;
    PersistenceSettings persistence;
    try {
      persistence =
          url == null || url.isBlank()
              ? PersistenceSettings.h2File(dataDirectory).withPoolSize(poolSize)
              : new PersistenceSettings(
                  url,
                  values.getOrDefault("ROSTER_DB_USER", url.startsWith("jdbc:h2:") ? "sa" : ""),
                  values.getOrDefault("ROSTER_DB_PASSWORD", ""),
                  poolSize,
                  PersistenceSettings.DEFAULT_CONNECTION_TIMEOUT);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationError("ROSTER_DB_URL: " + e.getMessage());
    }
    persistence = persistence.withGroupCommit(groupCommit);
    Security security =
        new Security(
            source.get("ROSTER_DOMAIN", Settings::word),
            source.get("ROSTER_TOKEN_KEY", Settings::tokenKey),
            Duration.ofSeconds(
                source.get("ROSTER_TOKEN_LIFETIME", text -> positive(text, 31 * 24 * 3600))),
            Duration.ofSeconds(
                source.get("ROSTER_SESSION_IDLE", text -> positive(text, 31 * 24 * 3600))),
            source.get(
                "ROSTER_LOGIN_FAILURES_PER_ADDRESS",
                text -> positive(text, LoginThrottle.MOST_FREE_FAILURES)),
            source.get("ROSTER_ADMIN_USERNAME", Settings::word),
            source.get("ROSTER_ADMIN_PASSWORD", Settings::password));
    LogFormat logFormat = source.get("ROSTER_LOG_FORMAT", Settings::logFormat);
    MetricsSettings metrics =
        new MetricsSettings(
            source.get("ROSTER_METRICS", Settings::onOff),
            source.get("ROSTER_METRICS_PORT", text -> MetricsSettings.port(text, port)));
    return new Settings(
        port,
        bodyLimit,
        slowCallThreshold,
        dataDirectory,
        persistence,
        security,
        logFormat,
        metrics);
  }

  private static LogFormat logFormat(String text) {
    String value = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
    return switch (value) {
      case "text" -> LogFormat.TEXT;
      case "json" -> LogFormat.JSON;
      default -> throw new IllegalArgumentException("must be text or json");
    };
  }

  private static boolean onOff(String text) {
    String value = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
    if (value.equals("on")) {
      return true;
    }
    if (value.equals("off")) {
      return false;
    }
    throw new IllegalArgumentException("must be on or off");
  }

  private static String word(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("must not be empty");
    }
    return text.trim();
  }

  private static String tokenKey(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    if (text.length() < 32) {
      throw new IllegalArgumentException("must be at least 32 characters long");
    }
    return text;
  }

  private static String password(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    if (text.length() < 8) {
      throw new IllegalArgumentException("must be at least 8 characters long");
    }
    return text;
  }

  private static Map<String, String> read(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new ConfigurationError("cannot read the settings file " + file + ": " + e.getMessage());
    }
    Map<String, String> values = new LinkedHashMap<>();
    properties
        .stringPropertyNames()
        .forEach(name -> values.put(name, properties.getProperty(name).trim()));
    return values;
  }

  /** 0 asks for any free port. */
  private static int port(String text) {
    int value = Integer.parseInt(text.trim());
    if (value < 0 || value > 65535) {
      throw new IllegalArgumentException("must be between 0 and 65535");
    }
    return value;
  }

  private static int positive(String text, int max) {
    return between(text, 1, max);
  }

  private static int between(String text, int min, int max) {
    int value = Integer.parseInt(text.trim());
    if (value < min || value > max) {
      throw new IllegalArgumentException("must be between " + min + " and " + max);
    }
    return value;
  }

  private static Path path(String text) {
    try {
      return Path.of(text.trim());
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("is not a path");
    }
  }

  /**
   * Values by name, each parsed once, with the name in the message of a value that does not parse.
   */
  private record Source(Map<String, String> values) {
    <T> T get(String name, Function<String, T> parse) {
      String text = values.getOrDefault(name, KNOWN.get(name)[0]);
      try {
        return parse.apply(text);
      } catch (IllegalArgumentException e) {
        String reason = e instanceof NumberFormatException ? "is not a number" : e.getMessage();
        // Secrets are not repeated in the message.
        String shown = name.endsWith("_PASSWORD") || name.endsWith("_KEY") ? "..." : text;
        throw new ConfigurationError(name + "=" + shown + ": " + reason);
      }
    }
  }
}
