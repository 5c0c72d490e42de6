package io.roster.adapter.rest.wello;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.roster.adapter.rest.TestServer;
import io.roster.application.Ports;
import io.roster.application.port.out.AuditRecord;
import io.roster.domain.field.Draft;
import io.roster.domain.field.Field;
import io.roster.domain.field.KeyedEntries;
import io.roster.domain.reference.ReferenceItem;
import io.roster.domain.reference.ReferenceKind;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.testkit.MapUserDirectory;
import io.roster.domain.testkit.UserGen;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import io.roster.domain.user.UserId;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Any user, as the domain's generators make them (every field, Wello's or not, at random and at its
 * bounds), stored as it is: a Wello PUT of exactly what a GET returned changes nothing, not the
 * user, not its version, not its organization, and writes no audit record.
 */
class WelloGetPutPropertyTest {
  private static TestServer server;
  private static WelloApi api;
  private static Ports ports;
  private static SalesOrganizationId organization;
  private static User leader;
  private static Gen<Draft<User>> drafts;
  private static int serial;

  @BeforeAll
  static void start() {
    server = new TestServer();
    api = new WelloApi(server);
    ports = server.ports;
    organization =
        SalesOrganizationId.of(UUID.fromString(api.organization("OSL", "Oslo").getString("id")));
    String leaderId =
        api.user(
                new JsonObject()
                    .put("username", "leader@example.test")
                    .put("lastname", "Leader")
                    .put("email", "leader@example.test")
                    .put("is_team_leader", true)
                    .put("sales_organization_code", "OSL"))
            .getString("id");
    leader = tx(() -> ports.users().find(UserId.of(UUID.fromString(leaderId))).orElseThrow());
    drafts = UserGen.fullDrafts(organization).zip(existingReferences(), References::applyTo);
  }

  @AfterAll
  static void close() {
    server.close();
  }

  /** Values that exist in the store for the fields that name something. */
  record References(
      UUID language,
      UUID country,
      UUID group,
      UUID role,
      Set<UUID> otherGroups,
      Set<UUID> categories,
      UserId teamLeader,
      Map<String, Boolean> licences) {

    Draft<User> applyTo(Draft<User> draft) {
      return draft
          .replacing(UserFields.LANGUAGE, language)
          .replacing(UserFields.PRIVATE_COUNTRY, country)
          .replacing(UserFields.USER_GROUP, group)
          .replacing(UserFields.ROLE, role)
          .replacing(UserFields.OTHER_GROUPS, otherGroups)
          .replacing(UserFields.TICKET_CATEGORIES, categories)
          .replacing(UserFields.TEAM_LEADER, teamLeader)
          .replacing(UserFields.LICENCES, KeyedEntries.all(licences));
    }

    static Draft<User> applyTo(Draft<User> draft, References references) {
      return references.applyTo(draft);
    }
  }

  private static Gen<References> existingReferences() {
    Gen<UUID> language = maybe(ReferenceKind.LANGUAGE);
    Gen<UUID> country = maybe(ReferenceKind.COUNTRY);
    Gen<UUID> group = maybe(ReferenceKind.USER_GROUP);
    Gen<UUID> role = maybe(ReferenceKind.ROLE);
    Gen<UUID> category = maybe(ReferenceKind.TICKET_CATEGORY);
    Gen<UserId> teamLeader = Generate.pick(listOf(null, leader.id()));
    List<String> licences =
        tx(() -> ports.referenceData().list(ReferenceKind.LICENCE)).stream()
            .map(ReferenceItem::code)
            .toList();
    Gen<Map<String, Boolean>> granted =
        in -> {
          Map<String, Boolean> entries = new LinkedHashMap<>();
          licences.forEach(code -> entries.put(code, Generate.booleans().generate(in)));
          return entries;
        };
    return in ->
        new References(
            language.generate(in),
            country.generate(in),
            group.generate(in),
            role.generate(in),
            setOf(group.generate(in)),
            setOf(category.generate(in)),
            teamLeader.generate(in),
            granted.generate(in));
  }

  private static Gen<UUID> maybe(ReferenceKind kind) {
    List<UUID> ids =
        new ArrayList<>(
            tx(() -> ports.referenceData().list(kind)).stream()
                .map(ReferenceItem::id)
                .limit(5)
                .toList());
    ids.add(null);
    return Generate.pick(ids);
  }

  private static <T> List<T> listOf(T first, T second) {
    List<T> list = new ArrayList<>();
    list.add(first);
    list.add(second);
    return list;
  }

  private static Set<UUID> setOf(UUID id) {
    return id == null ? Set.of() : Set.of(id);
  }

  /** The user of {@code draft}, with unique values of its own, stored as it is. */
  private static User stored(Draft<User> generated) {
    int n = ++serial;
    Draft<User> draft = generated;
    for (Field<User, String> unique :
        List.of(
            UserFields.USERNAME,
            UserFields.INITIALS,
            UserFields.NICK_NAME,
            UserFields.EXTERNAL_CODE)) {
      String value = draft.value(unique);
      if (value != null) {
        String distinct = n + "." + value;
        draft =
            draft.replacing(
                unique, distinct.substring(0, Math.min(distinct.length(), unique.maxLength())));
      }
    }
    MapUserDirectory directory = new MapUserDirectory(ports.referenceData().customFieldSchema());
    directory.put(leader);
    Draft<User> complete = draft;
    return tx(
        () -> {
          User user =
              User.create(
                      UserId.of(UUID.randomUUID()),
                      ports.users().nextAssociateId(),
                      complete,
                      directory,
                      UserGen.EPOCH)
                  .after();
          ports.users().insert(user);
          return user;
        });
  }

  @Test
  void a_put_of_what_get_returned_changes_nothing() {
    qt().withExamples(40)
        .forAll(drafts)
        .checkAssert(
            draft -> {
              User user = stored(draft);
              String id = user.id().toString();
              HttpResponse<Buffer> before = api.getUser(id);
              JsonObject shown = WelloApi.ok(before);
              HttpResponse<Buffer> organizationBefore =
                  server.get("/api/SalesOrganization(" + organization + ")");
              User storedBefore = tx(() -> ports.users().find(user.id())).orElseThrow();
              List<AuditRecord> history = history("User", id);
              List<AuditRecord> organizationHistory =
                  history("SalesOrganization", organization.toString());

              HttpResponse<Buffer> put = api.putUser(id, shown);

              assertThat(put.statusCode()).as(put.bodyAsString()).isEqualTo(200);
              assertThat(put.getHeader("ETag")).isEqualTo(before.getHeader("ETag"));
              assertThat(put.bodyAsJsonObject()).isEqualTo(shown);
              HttpResponse<Buffer> after = api.getUser(id);
              assertThat(after.getHeader("ETag")).isEqualTo(before.getHeader("ETag"));
              assertThat(after.bodyAsJsonObject()).isEqualTo(shown);
              assertThat(tx(() -> ports.users().find(user.id())))
                  .as("the user as stored, every field")
                  .contains(storedBefore);
              assertThat(history("User", id)).as("audit records").isEqualTo(history);
              HttpResponse<Buffer> organizationAfter =
                  server.get("/api/SalesOrganization(" + organization + ")");
              assertThat(organizationAfter.getHeader("ETag"))
                  .isEqualTo(organizationBefore.getHeader("ETag"));
              assertThat(history("SalesOrganization", organization.toString()))
                  .isEqualTo(organizationHistory);
            });
  }

  private static List<AuditRecord> history(String kind, String id) {
    return tx(() -> ports.auditLog().history(kind, id));
  }

  private static <T> T tx(Supplier<T> work) {
    return ports.unitOfWork().inTransaction(work);
  }
}
