package io.roster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
  @TempDir Path directory;

  @Test
  void without_any_setting_roster_listens_on_8080_with_a_crash_safe_h2_file_under_data() {
    Settings settings = Settings.load(Map.of(), null);

    assertThat(settings.httpPort()).isEqualTo(8080);
    assertThat(settings.dataDirectory()).isEqualTo(Path.of("./data"));
    assertThat(settings.persistence().jdbcUrl())
        .startsWith("jdbc:h2:file:")
        .contains("data")
        .endsWith(";WRITE_DELAY=0;QUERY_CACHE_SIZE=64");
    assertThat(settings.persistence().poolSize()).isEqualTo(10);
    assertThat(settings.slowCallThreshold()).isEqualTo(java.time.Duration.ofMillis(2000));
  }

  @Test
  void the_slow_call_threshold_is_in_milliseconds_zero_or_more() {
    assertThat(Settings.load(Map.of("ROSTER_SLOW_CALL_MS", "250"), null).slowCallThreshold())
        .isEqualTo(java.time.Duration.ofMillis(250));
    assertThat(Settings.load(Map.of("ROSTER_SLOW_CALL_MS", "0"), null).slowCallThreshold())
        .isZero();
    assertThatThrownBy(() -> Settings.load(Map.of("ROSTER_SLOW_CALL_MS", "-1"), null))
        .isInstanceOf(ConfigurationError.class)
        .hasMessage("ROSTER_SLOW_CALL_MS=-1: must be between 0 and 3600000");
  }

  @Test
  void the_environment_overrides_the_file_which_overrides_the_defaults() throws IOException {
    Path file = directory.resolve("roster.properties");
    Files.writeString(file, "ROSTER_HTTP_PORT=9000\nROSTER_DB_POOL_SIZE=3\n");

    Settings settings =
        Settings.load(
            Map.of(
                "ROSTER_HTTP_PORT", "9100",
                "ROSTER_DB_URL", "jdbc:postgresql://db:5432/roster",
                "ROSTER_DB_USER", "roster",
                "PATH", "/usr/bin"),
            file);

    assertThat(settings.httpPort()).isEqualTo(9100);
    assertThat(settings.persistence().poolSize()).isEqualTo(3);
    assertThat(settings.persistence().jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/roster");
    assertThat(settings.persistence().user()).isEqualTo("roster");
  }

  @Test
  void a_bad_value_stops_start_up_with_one_line_naming_the_setting() throws IOException {
    assertThatThrownBy(() -> Settings.load(Map.of("ROSTER_HTTP_PORT", "eighty"), null))
        .isInstanceOf(ConfigurationError.class)
        .hasMessage("ROSTER_HTTP_PORT=eighty: is not a number");
    assertThatThrownBy(() -> Settings.load(Map.of("ROSTER_DB_POOL_SIZE", "0"), null))
        .hasMessage("ROSTER_DB_POOL_SIZE=0: must be between 2 and 1000");
    assertThatThrownBy(() -> Settings.load(Map.of("ROSTER_DB_URL", "jdbc:mysql://x/y"), null))
        .hasMessageStartingWith("ROSTER_DB_URL: only H2");
    Path typo = Files.writeString(directory.resolve("typo.properties"), "ROSTER_HTTP_PROT=80\n");
    assertThatThrownBy(() -> Settings.load(Map.of(), typo))
        .hasMessageStartingWith("unknown setting ROSTER_HTTP_PROT");
    assertThatThrownBy(() -> Settings.load(Map.of(), directory.resolve("missing.properties")))
        .hasMessageStartingWith("cannot read the settings file");
  }

  @Test
  void group_commit_is_on_for_h2_and_off_for_postgresql_by_default_and_either_can_be_chosen() {
    assertThat(Settings.load(Map.of(), null).persistence().groupCommit()).isTrue();
    assertThat(
            Settings.load(Map.of("ROSTER_DB_URL", "jdbc:postgresql://db/roster"), null)
                .persistence()
                .groupCommit())
        .isFalse();
    assertThat(
            Settings.load(
                    Map.of(
                        "ROSTER_DB_URL",
                        "jdbc:postgresql://db/roster",
                        "ROSTER_GROUP_COMMIT",
                        "on"),
                    null)
                .persistence()
                .groupCommit())
        .isTrue();
    assertThat(
            Settings.load(Map.of("ROSTER_GROUP_COMMIT", "off"), null).persistence().groupCommit())
        .isFalse();
    assertThat(
            Settings.load(
                    Map.of(
                        "ROSTER_DB_URL",
                        "jdbc:postgresql://db/roster",
                        "ROSTER_GROUP_COMMIT",
                        "OFF"),
                    null)
                .persistence()
                .groupCommit())
        .isFalse();
    assertThatThrownBy(() -> Settings.load(Map.of("ROSTER_GROUP_COMMIT", "maybe"), null))
        .hasMessage("ROSTER_GROUP_COMMIT=maybe: must be on or off");
  }

  @Test
  void metrics_are_on_and_served_on_the_api_port_by_default_or_on_a_port_of_their_own_or_off()
      throws IOException {
    assertThat(Settings.load(Map.of(), null).metrics())
        .isEqualTo(new MetricsSettings(true, MetricsSettings.API_PORT));
    assertThat(Settings.load(Map.of("ROSTER_METRICS_PORT", "9090"), null).metrics())
        .isEqualTo(new MetricsSettings(true, 9090));
    assertThat(Settings.load(Map.of("ROSTER_METRICS", "off"), null).metrics().enabled()).isFalse();
    Path file =
        Files.writeString(
            directory.resolve("metrics.properties"), "ROSTER_METRICS=off\nROSTER_METRICS_PORT=0\n");
    assertThat(Settings.load(Map.of(), file).metrics()).isEqualTo(new MetricsSettings(false, 0));
    assertThatThrownBy(() -> Settings.load(Map.of("ROSTER_METRICS", "yes"), null))
        .hasMessage("ROSTER_METRICS=yes: must be on or off");
    assertThatThrownBy(() -> Settings.load(Map.of("ROSTER_METRICS_PORT", "70000"), null))
        .hasMessage("ROSTER_METRICS_PORT=70000: must be between 0 and 65535");
    assertThatThrownBy(() -> Settings.load(Map.of("ROSTER_METRICS_PORT", "8080"), null))
        .hasMessage("ROSTER_METRICS_PORT=8080: must differ from ROSTER_HTTP_PORT");
  }

  @Test
  void a_pool_of_one_connection_is_refused_because_migrations_need_two() {
    assertThatThrownBy(() -> Settings.load(Map.of("ROSTER_DB_POOL_SIZE", "1"), null))
        .hasMessage("ROSTER_DB_POOL_SIZE=1: must be between 2 and 1000");
    assertThat(Settings.load(Map.of("ROSTER_DB_POOL_SIZE", "2"), null).persistence().poolSize())
        .isEqualTo(2);
  }

  @Test
  void security_settings_have_safe_defaults_and_no_built_in_password() {
    Settings.Security security = Settings.load(Map.of(), null).security();

    assertThat(security.domain()).isEqualTo("roster");
    assertThat(security.adminUsername()).isEqualTo("admin");
    assertThat(security.adminPassword()).isNull();
    assertThat(security.tokenKey()).isNull();
    assertThat(security.tokenLifetime()).hasHours(1);
    assertThat(security.sessionIdle()).hasHours(8);
    assertThat(security.loginFailuresPerAddress()).isEqualTo(100);
  }

  @Test
  void the_failed_log_ons_a_client_address_may_have_are_a_setting_from_1_to_10000() {
    assertThat(
            Settings.load(Map.of("ROSTER_LOGIN_FAILURES_PER_ADDRESS", "500"), null)
                .security()
                .loginFailuresPerAddress())
        .isEqualTo(500);
    assertThatThrownBy(() -> Settings.load(Map.of("ROSTER_LOGIN_FAILURES_PER_ADDRESS", "0"), null))
        .isInstanceOf(ConfigurationError.class)
        .hasMessage("ROSTER_LOGIN_FAILURES_PER_ADDRESS=0: must be between 1 and 10000");
    assertThatThrownBy(
            () -> Settings.load(Map.of("ROSTER_LOGIN_FAILURES_PER_ADDRESS", "many"), null))
        .hasMessage("ROSTER_LOGIN_FAILURES_PER_ADDRESS=many: is not a number");
  }

  @Test
  void a_weak_secret_is_refused_without_repeating_it_and_secrets_never_show_in_settings() {
    assertThatThrownBy(() -> Settings.load(Map.of("ROSTER_ADMIN_PASSWORD", "short"), null))
        .hasMessage("ROSTER_ADMIN_PASSWORD=...: must be at least 8 characters long");
    assertThatThrownBy(() -> Settings.load(Map.of("ROSTER_TOKEN_KEY", "too short"), null))
        .hasMessage("ROSTER_TOKEN_KEY=...: must be at least 32 characters long");

    Settings settings =
        Settings.load(
            Map.of(
                "ROSTER_ADMIN_PASSWORD", "a good long password",
                "ROSTER_TOKEN_KEY", "a token key that is long enough to sign"),
            null);
    assertThat(settings.security().adminPassword()).isEqualTo("a good long password");
    assertThat(settings.toString())
        .doesNotContain("a good long password")
        .doesNotContain("a token key");
  }
}
