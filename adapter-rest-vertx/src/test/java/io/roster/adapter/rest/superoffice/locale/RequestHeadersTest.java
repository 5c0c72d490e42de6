package io.roster.adapter.rest.superoffice.locale;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Language, Culture and TimeZones read from a real request's headers, as a route would. */
class RequestHeadersTest {
  private Vertx vertx;
  private HttpServer server;
  private WebClient client;

  @BeforeEach
  void start() throws Exception {
    vertx = Vertx.vertx();
    Router router = Router.router(vertx);
    router
        .get("/echo")
        .handler(
            ctx -> {
              try {
                Language language = Language.of(ctx);
                Culture culture = Culture.of(ctx, language);
                String at =
                    TimeZones.toZone(Instant.parse("2026-07-01T12:00:00Z"), TimeZones.of(ctx))
                        .toString();
                ctx.end(
                    String.join(
                        "|",
                        language.code(),
                        DisplayTexts.of(language).reason(DisplayTexts.Reason.FIELD_READ_ONLY),
                        culture.formatNumber(1234.5),
                        at));
              } catch (UnknownTimeZone e) {
                ctx.response().setStatusCode(e.status()).end(e.getMessage());
              }
            });
    server = await(vertx.createHttpServer().requestHandler(router).listen(0));
    client = WebClient.create(vertx);
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    await(server.close());
    await(vertx.close());
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private HttpResponse<Buffer> get(String... headers) throws Exception {
    MultiMap map = MultiMap.caseInsensitiveMultiMap();
    for (int i = 0; i < headers.length; i += 2) {
      map.add(headers[i], headers[i + 1]);
    }
    return await(client.get(server.actualPort(), "localhost", "/echo").putHeaders(map).send());
  }

  @Test
  void withoutHeaders() throws Exception {
    assertThat(get().bodyAsString())
        .isEqualTo("en|You may not change this field|1,234.5|2026-07-01T12:00Z");
  }

  @Test
  void withEveryHeader() throws Exception {
    assertThat(
            get(
                    "Accept-Language", "sv",
                    "SO-Language", "nb",
                    "SO-Culture", "en-GB",
                    "SO-TimeZone", "Europe/Oslo")
                .bodyAsString())
        .isEqualTo(
            "nb|Du har ikke tilgang til å endre dette feltet|1,234.5|2026-07-01T14:00+02:00");
  }

  @Test
  void acceptLanguageAndItsCulture() throws Exception {
    assertThat(get("Accept-Language", "de, sv;q=0.7", "SO-TimeZone", "UTC-3").bodyAsString())
        .isEqualTo("sv|Du får inte ändra detta fält|1\u00a0234,5|2026-07-01T09:00-03:00");
  }

  @Test
  void anUnknownTimeZone() throws Exception {
    HttpResponse<Buffer> response = get("SO-TimeZone", "Atlantis/Capital");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.bodyAsString()).contains("SO-TimeZone", "Atlantis/Capital");
  }
}
