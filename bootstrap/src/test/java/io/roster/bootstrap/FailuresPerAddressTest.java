package io.roster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.roster.application.port.in.auth.AuthenticateUseCase;
import io.roster.application.port.in.auth.AuthenticationFailed;
import io.roster.application.port.in.auth.TooManyAttempts;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ROSTER_LOGIN_FAILURES_PER_ADDRESS reaches the log-on checks of Roster as it is wired. */
class FailuresPerAddressTest {
  @TempDir Path data;

  @Test
  void
      after_the_set_number_of_failures_an_address_has_its_wrong_passwords_refused_not_its_right_ones() {
    Settings settings =
        Settings.load(
            Map.of(
                "ROSTER_HTTP_PORT", "0",
                "ROSTER_DATA_DIR", data.toString(),
                "ROSTER_ADMIN_PASSWORD", "the administrator's password",
                "ROSTER_LOGIN_FAILURES_PER_ADDRESS", "2"),
            null);
    String office = "203.0.113.9";

    try (RosterApp app = RosterApp.start(settings, false)) {
      AuthenticateUseCase auth = app.useCases().authenticate();
      assertThat(catchThrowable(() -> auth.authenticate("first guess", "wrong", office)))
          .isInstanceOf(AuthenticationFailed.class);
      assertThat(catchThrowable(() -> auth.authenticate("second guess", "wrong", office)))
          .isInstanceOf(AuthenticationFailed.class);

      assertThat(catchThrowable(() -> auth.authenticate("admin", "wrong", office)))
          .isInstanceOf(TooManyAttempts.class);
      assertThat(auth.authenticate("admin", "the administrator's password", office).name())
          .isEqualTo("admin");
      assertThat(catchThrowable(() -> auth.authenticate("admin", "wrong", "198.51.100.1")))
          .isInstanceOf(AuthenticationFailed.class);
    }
  }
}
