package io.roster.bootstrap;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.roster.adapter.persistence.JdbiPersistence;
import io.roster.adapter.persistence.PersistenceSettings;
import io.roster.adapter.rest.metrics.RestMetrics;

/**
 * Roster's meters, when metrics are on: one Prometheus registry holding the JVM's figures (memory,
 * garbage collections, threads, processor, uptime, classes), into which the database adapter
 * measures its pool and group commit and the HTTP server its requests and use cases, and which the
 * HTTP server serves. When metrics are off, nothing is measured.
 */
final class RosterMetrics implements AutoCloseable {
  private final MetricsSettings settings;
  private final PrometheusMeterRegistry registry;
  private final JvmGcMetrics gc;

  private RosterMetrics(MetricsSettings settings) {
    this.settings = settings;
    if (settings.enabled()) {
      registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      new JvmMemoryMetrics().bindTo(registry);
      gc = new JvmGcMetrics();
      gc.bindTo(registry);
      new JvmThreadMetrics().bindTo(registry);
      new ClassLoaderMetrics().bindTo(registry);
      new ProcessorMetrics().bindTo(registry);
      new UptimeMetrics().bindTo(registry);
    } else {
      registry = null;
      gc = null;
    }
  }

  static RosterMetrics of(MetricsSettings settings) {
    return new RosterMetrics(settings);
  }

  /** The database adapter over {@code persistence}, measured when metrics are on. */
  JdbiPersistence startPersistence(PersistenceSettings persistence) {
    return registry == null
        ? JdbiPersistence.start(persistence)
        : JdbiPersistence.start(persistence, registry);
  }

  /** What the HTTP server measures and where it serves it. */
  RestMetrics rest() {
    if (registry == null) {
      return RestMetrics.OFF;
    }
    return settings.ownPort()
        ? RestMetrics.onOwnPort(registry, settings.port())
        : RestMetrics.onApiPort(registry);
  }

  @Override
  public void close() {
    if (registry != null) {
      gc.close();
      registry.close();
    }
  }
}
