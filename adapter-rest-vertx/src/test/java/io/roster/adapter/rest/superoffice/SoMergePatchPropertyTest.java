package io.roster.adapter.rest.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.roster.adapter.rest.TestServer;
import io.roster.domain.testkit.TextGen;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A merge patch (RFC 7386) applied twice is the same as applied once: the second changes nothing.
 */
class SoMergePatchPropertyTest {
  private static final Map<String, String> MERGE_PATCH =
      Map.of("Content-Type", "application/merge-patch+json");

  /** A property the patch sets: a path of one or two names, and a value (null removes it). */
  record Change(String parent, String name, Object value) {
    void applyTo(JsonObject patch) {
      JsonObject target = patch;
      if (parent != null) {
        target = patch.getJsonObject(parent);
        if (target == null) {
          target = new JsonObject();
          patch.put(parent, target);
        }
      }
      target.put(name, value);
    }
  }

  private static final List<String[]> TEXTS =
      List.of(
          new String[] {null, "Tooltip"},
          new String[] {null, "NickName"},
          new String[] {"Person", "Firstname"},
          new String[] {"Person", "Phone"},
          new String[] {"Person", "Mobile"},
          new String[] {"CustomFields", "udf1"},
          new String[] {"CustomFields", "udf42"});

  private static final Gen<Change> TEXT_CHANGES =
      Generate.pick(TEXTS)
          .zip(
              Generate.frequency(
                  Pair.of(1, Generate.constant((String) null)), Pair.of(4, TextGen.textUpTo(40))),
              (path, value) -> new Change(path[0], path[1], value));
  private static final Gen<Change> RANK_CHANGES =
      integers().between(0, 1000).map(rank -> new Change(null, "Rank", rank));

  /** x_shoe_size is an extra field declared as an integer (see InMemoryReferenceData). */
  private static final Gen<Change> SHOE_SIZE_CHANGES =
      integers()
          .between(20, 50)
          .map(size -> new Change("CustomFields", "x_shoe_size", Integer.toString(size)));

  private static final Gen<JsonObject> PATCHES =
      lists()
          .of(
              Generate.frequency(
                  Pair.of(8, TEXT_CHANGES),
                  Pair.of(1, RANK_CHANGES),
                  Pair.of(1, SHOE_SIZE_CHANGES)))
          .ofSizeBetween(1, 5)
          .map(
              changes -> {
                JsonObject patch = new JsonObject();
                changes.forEach(change -> change.applyTo(patch));
                return patch;
              });

  private static TestServer server;
  private static SoApi api;
  private static int users;

  @BeforeAll
  static void start() {
    server = new TestServer();
    api = new SoApi(server);
  }

  @AfterAll
  static void close() {
    server.close();
  }

  private static HttpResponse<Buffer> patch(int id, JsonObject patch) {
    HttpResponse<Buffer> response =
        api.send(HttpMethod.PATCH, "/api/v1/User/" + id, MERGE_PATCH, patch.encode());
    assertThat(response.statusCode())
        .as(patch.encode() + ": " + response.bodyAsString())
        .isEqualTo(200);
    return response;
  }

  /** Nick names are unique among users: each example's user gets its own. */
  private static JsonObject uniqueNickName(JsonObject patch, int user) {
    JsonObject copy = patch.copy();
    if (copy.getString("NickName") != null) {
      copy.put("NickName", user + "-" + copy.getString("NickName"));
    }
    return copy;
  }

  @Test
  void a_merge_patch_applied_twice_equals_applied_once() {
    qt().withExamples(30)
        .forAll(PATCHES)
        .checkAssert(
            generated -> {
              int id = api.user("patched" + ++users + "@example.test", "Patched");
              JsonObject mergePatch = uniqueNickName(generated, users);
              api.send(
                  HttpMethod.PATCH,
                  "/api/v1/User/" + id,
                  MERGE_PATCH,
                  new JsonObject()
                      .put("Tooltip", "before")
                      .put("CustomFields", new JsonObject().put("udf1", "before"))
                      .encode());

              HttpResponse<Buffer> once = patch(id, mergePatch);
              HttpResponse<Buffer> twice = patch(id, mergePatch);

              assertThat(twice.bodyAsJsonObject())
                  .as(mergePatch.encode())
                  .isEqualTo(once.bodyAsJsonObject());
              assertThat(twice.getHeader("ETag"))
                  .as(mergePatch.encode())
                  .isEqualTo(once.getHeader("ETag"));
              assertThat(api.read(id)).isEqualTo(once.bodyAsJsonObject());
              mergePatch.forEach(
                  entry -> {
                    if (!(entry.getValue() instanceof JsonObject)) {
                      assertThat(api.read(id).getValue(entry.getKey()))
                          .as(mergePatch.encode())
                          .isEqualTo(entry.getValue());
                    }
                  });
            });
  }
}
