package io.roster.bootstrap;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether Roster measures itself ({@code ROSTER_METRICS}), and where {@code GET /metrics} is served
 * ({@code ROSTER_METRICS_PORT}): on the API's port, to administrators only ({@link #API_PORT}), or
 * on a port of its own without authentication, for a scraper inside the network ({@code 0}: any
 * free port).
 */
public record MetricsSettings(boolean enabled, int port) {
  /** The metrics are served on the API's port. */
  public static final int API_PORT = -1;

  public MetricsSettings {
    if (port < API_PORT || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
    }
  }

  /** True when the metrics have a port of their own. */
  public boolean ownPort() {
    return port != API_PORT;
  }

  /** The settings' names, defaults and descriptions, as {@link Settings#KNOWN} lists them. */
  static Map<String, String[]> known() {
    Map<String, String[]> known = new LinkedHashMap<>();
    known.put(
        "ROSTER_METRICS",
        new String[] {
          "on", "on: Prometheus metrics at GET /metrics; off: none measured or served"
        });
    known.put(
        "ROSTER_METRICS_PORT",
        new String[] {
          null,
          "serve /metrics on this port, without authentication (0: any free port); default: on the"
              + " HTTP port, to administrators only"
        });
    return known;
  }

  /**
   * {@code ROSTER_METRICS_PORT}: none ({@link #API_PORT}), or a port other than the API's.
   *
   * @throws IllegalArgumentException for a value that is no port, or the API's
   */
  static int port(String text, int httpPort) {
    if (text == null || text.isBlank()) {
      return API_PORT;
    }
    int port = Integer.parseInt(text.trim());
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("must be between 0 and 65535");
    }
    if (port != 0 && port == httpPort) {
      throw new IllegalArgumentException("must differ from ROSTER_HTTP_PORT");
    }
    return port;
  }
}
