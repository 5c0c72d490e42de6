package io.roster.adapter.rest.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.roster.adapter.rest.TestServer;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.domain.field.Draft;
import io.roster.domain.field.Field;
import io.roster.domain.reference.ReferenceItem;
import io.roster.domain.reference.ReferenceKind;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.testkit.UserGen;
import io.roster.domain.user.AssociateId;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A SuperOffice answer sent back is no change: for generated users (every writable field, made
 * through the use cases), a GET and then a PUT of exactly what it returned keeps the version (the
 * same ETag), writes no audit record and answers the same user, in JSON (strict, so nothing in an
 * answer is unknown or unheld), in XML, and with the answer's read-only members left out (the
 * request shape, {@code User} rather than {@code UserWithLinks}).
 */
class SoRoundTripPropertyTest {
  private static final Map<String, String> XML = Map.of("Accept", "application/xml");

  private static TestServer server;
  private static SoApi api;
  private static SalesOrganizationId organization;
  private static int made;

  @BeforeAll
  static void start() {
    server = new TestServer();
    api = new SoApi(server);
    organization =
        server
            .useCases
            .getUser()
            .getByUsername(Principal.system(), TestServer.ADMIN)
            .user()
            .organisation()
            .salesOrganization();
  }

  @AfterAll
  static void close() {
    server.close();
  }

  /**
   * Full drafts from the domain's generators, their references pointing at items that exist, their
   * unique values made unique per example.
   */
  private static Gen<Draft<User>> users() {
    Gen<Draft<User>> drafts = UserGen.fullDrafts(organization);
    return in -> {
      Draft<User> draft = drafts.generate(in);
      for (Field<User, ?> field : UserFields.ALL) {
        if (field.kind() == Field.Kind.REFERENCE && field.target().isReferenceData()) {
          draft = draft.replacing(field, one(field.target()).generate(in));
        } else if (field.kind() == Field.Kind.REFERENCES) {
          draft = draft.replacing(field, some(field.target()).generate(in));
        }
      }
      int n = ++made;
      for (Field<User, String> unique :
          List.of(
              UserFields.USERNAME,
              UserFields.INITIALS,
              UserFields.NICK_NAME,
              UserFields.EXTERNAL_CODE)) {
        draft = draft.replacing(unique, unique(unique, draft.value(unique), n));
      }
      return draft;
    };
  }

  private static List<UUID> ids(ReferenceKind kind) {
    return server.ports.referenceData().list(kind).stream().map(ReferenceItem::id).toList();
  }

  private static Gen<UUID> one(ReferenceKind kind) {
    List<UUID> ids = new ArrayList<>(ids(kind));
    ids.add(null);
    return Generate.pick(ids);
  }

  private static Gen<Set<UUID>> some(ReferenceKind kind) {
    List<UUID> ids = ids(kind);
    return lists()
        .of(Generate.booleans())
        .ofSize(ids.size())
        .map(
            picks -> {
              Set<UUID> picked = new HashSet<>();
              for (int i = 0; i < picks.size(); i++) {
                if (picks.get(i)) {
                  picked.add(ids.get(i));
                }
              }
              return picked;
            });
  }

  private static String unique(Field<User, String> field, String value, int n) {
    if (value == null) {
      return null;
    }
    String text = n + "-" + value;
    return field.maxLength() > 0 && text.length() > field.maxLength()
        ? text.substring(0, field.maxLength())
        : text;
  }

  private static int create(Draft<User> draft) {
    return server
        .useCases
        .createUser()
        .create(new CreateUserCommand(Principal.system(), null, draft))
        .after()
        .user()
        .associateId()
        .value();
  }

  private static int audited(int id) {
    String userId =
        server
            .useCases
            .getUser()
            .get(Principal.system(), AssociateId.of(id))
            .user()
            .id()
            .toString();
    return server.ports.auditLog().history("User", userId).size();
  }

  @Test
  void a_put_of_what_a_get_returned_changes_nothing_in_json_xml_and_the_request_shape() {
    qt().withExamples(40)
        .forAll(users())
        .checkAssert(
            draft -> {
              int id = create(draft);
              String path = "/api/v1/User/" + id;
              int records = audited(id);
              HttpResponse<Buffer> json = api.get(path);
              assertThat(json.statusCode()).as(json.bodyAsString()).isEqualTo(200);
              JsonObject shown = json.bodyAsJsonObject();

              // JSON, as returned, strict: no member of an answer is unknown or refused.
              assertUnchanged(
                  api.send(
                      HttpMethod.PUT,
                      path,
                      Map.of("Prefer", "handling=strict"),
                      json.bodyAsString()),
                  json,
                  shown);

              // XML, as returned (root UserWithLinks, list items named by type).
              HttpResponse<Buffer> xml = api.send(HttpMethod.GET, path, XML, null);
              assertThat(xml.statusCode()).as(xml.bodyAsString()).isEqualTo(200);
              HttpResponse<Buffer> xmlPut =
                  api.send(
                      HttpMethod.PUT,
                      path,
                      Map.of("Content-Type", "application/xml", "Accept", "application/xml"),
                      xml.bodyAsString());
              assertThat(xmlPut.statusCode()).as(xmlPut.bodyAsString()).isEqualTo(200);
              assertThat(xmlPut.getHeader("ETag")).isEqualTo(xml.getHeader("ETag"));
              assertThat(xmlPut.bodyAsString()).isEqualTo(xml.bodyAsString());

              // The request shape: the answer without its read-only carrier members and links.
              assertUnchanged(
                  api.send(HttpMethod.PUT, path, Map.of(), withoutReadOnly(shown).encode()),
                  json,
                  shown);

              assertThat(api.read(id)).isEqualTo(shown);
              assertThat(audited(id)).as("audit records").isEqualTo(records);
            });
  }

  private static void assertUnchanged(
      HttpResponse<Buffer> put, HttpResponse<Buffer> get, JsonObject shown) {
    assertThat(put.statusCode()).as(put.bodyAsString()).isEqualTo(200);
    assertThat(put.getHeader("ETag")).isEqualTo(get.getHeader("ETag"));
    assertThat(put.bodyAsJsonObject()).isEqualTo(shown);
  }

  /**
   * {@code user} without {@code _Links} and every {@code TableRight} and {@code FieldProperties}.
   */
  static JsonObject withoutReadOnly(JsonObject user) {
    JsonObject copy = user.copy();
    copy.remove("_Links");
    strip(copy);
    return copy;
  }

  private static void strip(Object value) {
    if (value instanceof JsonObject object) {
      object.remove("TableRight");
      object.remove("FieldProperties");
      object.forEach(entry -> strip(entry.getValue()));
    } else if (value instanceof JsonArray array) {
      array.forEach(SoRoundTripPropertyTest::strip);
    }
  }
}
