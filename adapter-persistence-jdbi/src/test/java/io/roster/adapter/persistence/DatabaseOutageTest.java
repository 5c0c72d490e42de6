package io.roster.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roster.application.port.out.StoreUnavailable;
import io.roster.domain.user.UserId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away and comes back (a proxy in between is cut and restored): calls in between
 * fail with StoreUnavailable, and the pool serves again afterwards without a restart.
 */
class DatabaseOutageTest {

  @Test
  void an_outage_is_store_unavailable_and_the_pool_recovers_by_itself() throws Exception {
    try (TestDatabase direct = TestDatabase.postgres();
        TcpProxy proxy = new TcpProxy(URI.create(TestDatabase.PG_URL.substring(5)).getPort())) {
      PersistenceSettings settings = direct.settingsThrough(proxy.port());
      try (JdbiPersistence persistence = JdbiPersistence.start(settings)) {
        UserId nobody = UserId.random();
        assertThat(persistence.users().find(nobody)).isEmpty();

        proxy.cut();

        assertThatThrownBy(() -> persistence.users().find(nobody))
            .isInstanceOf(StoreUnavailable.class);
        assertThat(persistence.isReachable()).isFalse();

        proxy.restore();

        assertThat(eventually(() -> persistence.isReachable(), Duration.ofSeconds(20))).isTrue();
        assertThat(persistence.users().find(nobody)).isEmpty();
      }
    }
  }

  private static boolean eventually(java.util.function.BooleanSupplier condition, Duration limit)
      throws InterruptedException {
    Instant end = Instant.now().plus(limit);
    while (Instant.now().isBefore(end)) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(200);
    }
    return false;
  }
}
