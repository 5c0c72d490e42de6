package io.roster.adapter.rest.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A form body is read in the charset its Content-Type names, UTF-8 when it names none: a charset
 * the server does not know is a 415, bytes that are not text in the charset a 400, and neither
 * changes anything (never a U+FFFD stored in place of what was sent).
 */
class SoFormCharsetTest {
  private static final String FORM = "application/x-www-form-urlencoded";

  private final TestServer server = new TestServer();
  private final SoApi api = new SoApi(server);

  @AfterEach
  void close() {
    server.close();
  }

  private HttpResponse<Buffer> put(int id, String contentType, String tooltip) {
    return api.send(
        HttpMethod.PUT,
        "/api/v1/User/" + id,
        Map.of("Content-Type", contentType),
        "UserName=form%40example.test&Person.Lastname=Form&Person.Email=form%40example.test&Tooltip="
            + tooltip);
  }

  private String tooltipAfter(int id, String contentType, String tooltip) {
    HttpResponse<Buffer> response = put(id, contentType, tooltip);
    assertThat(response.statusCode())
        .as(contentType + ": " + response.bodyAsString())
        .isEqualTo(200);
    return api.read(id).getString("Tooltip");
  }

  @Test
  void a_form_in_iso_8859_1_or_windows_1252_is_read_in_it() {
    int id = api.user("form@example.test", "Form");

    assertThat(tooltipAfter(id, FORM + "; charset=iso-8859-1", "bl%E5b%E6r+%F8"))
        .isEqualTo("blåbær ø");
    assertThat(tooltipAfter(id, FORM + ";charset=\"ISO-8859-1\"", "%D8ya")).isEqualTo("Øya");
    assertThat(tooltipAfter(id, FORM + "; charset=windows-1252", "10%80")).isEqualTo("10€");
  }

  @Test
  void a_form_without_a_charset_or_with_utf_8_is_read_in_utf_8() {
    int id = api.user("form@example.test", "Form");

    assertThat(tooltipAfter(id, FORM, "%C3%B8")).isEqualTo("ø");
    assertThat(tooltipAfter(id, FORM + "; charset=UTF-8", "%E2%82%AC")).isEqualTo("€");
  }

  @Test
  void an_unknown_charset_is_415_and_changes_nothing() {
    int id = api.user("form@example.test", "Form");
    JsonObject before = api.read(id);

    for (String charset : new String[] {"x-nope", "utf-16", "not a name"}) {
      String message = SoApi.assertError(put(id, FORM + "; charset=\"" + charset + "\"", "x"), 415);
      assertThat(message).as(charset).containsIgnoringCase(charset);
    }
    assertThat(api.read(id)).isEqualTo(before);
  }

  @Test
  void bytes_that_are_not_text_in_the_charset_or_a_broken_escape_are_400_and_change_nothing() {
    int id = api.user("form@example.test", "Form");
    JsonObject before = api.read(id);

    String undeclared = SoApi.assertError(put(id, FORM, "%FF"), 400);
    String declared = SoApi.assertError(put(id, FORM + "; charset=utf-8", "bl%E5b%E6r"), 400);
    String name =
        SoApi.assertError(
            api.send(
                HttpMethod.PUT, "/api/v1/User/" + id, Map.of("Content-Type", FORM), "Tool%F8tip=x"),
            400);
    String escape = SoApi.assertError(put(id, FORM, "50%"), 400);

    assertThat(undeclared).contains("UTF-8");
    assertThat(declared).contains("UTF-8");
    assertThat(name).contains("UTF-8");
    assertThat(escape).contains("x-www-form-urlencoded");
    assertThat(api.read(id)).isEqualTo(before);
  }
}
