package io.roster.domain.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.roster.domain.credential.CredentialDraft;
import io.roster.domain.credential.Secret;
import io.roster.domain.customfield.CustomFields;
import io.roster.domain.field.Draft;
import io.roster.domain.field.Field;
import io.roster.domain.field.KeyedEntries;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.user.AssociateId;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import io.roster.domain.user.UserType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for users and user drafts whose every value keeps the invariants. Drafts
 * carry resolved values (ids, sealed secrets), as the domain receives them; they name no team
 * leader (that needs another user: set one in the test) and no extra field.
 */
public final class UserGen {
  private UserGen() {}

  /** Licence codes the generated drafts grant. */
  public static final List<String> LICENCES =
      List.of("hero-app", "sales-app", "service-app", "crm");

  public static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

  /** Drafts that cover every writable field, for a user of organization {@code organization}. */
  public static Gen<Draft<User>> fullDrafts(SalesOrganizationId organization) {
    return draftsOver(Generate.constant(UserFields.ALL), organization);
  }

  /** Drafts that cover a random part of the writable fields. */
  public static Gen<Draft<User>> partialDrafts(SalesOrganizationId organization) {
    return draftsOver(views(), organization);
  }

  /** Random views: subsets of the writable fields. */
  public static Gen<List<Field<User, ?>>> views() {
    return lists()
        .of(Generate.booleans())
        .ofSize(UserFields.ALL.size())
        .map(
            picks -> {
              List<Field<User, ?>> view = new ArrayList<>();
              for (int i = 0; i < picks.size(); i++) {
                if (picks.get(i)) {
                  view.add(UserFields.ALL.get(i));
                }
              }
              return view;
            });
  }

  /** Valid new users of organization {@code organization}, created at {@link #EPOCH}. */
  public static Gen<User> users(SalesOrganizationId organization) {
    Gen<Draft<User>> drafts = fullDrafts(organization);
    return in ->
        User.create(
                Ids.userIds().generate(in),
                AssociateId.of(integers().between(1, 1_000_000).generate(in)),
                drafts.generate(in),
                new MapUserDirectory(),
                EPOCH)
            .after();
  }

  /** Valid users of random organizations. */
  public static Gen<User> users() {
    return Ids.salesOrganizationIds().flatMap(UserGen::users);
  }

  private static Gen<Draft<User>> draftsOver(
      Gen<List<Field<User, ?>>> views, SalesOrganizationId organization) {
    return in -> {
      Draft.Builder<User> draft = Draft.builder();
      for (Field<User, ?> field : views.generate(in)) {
        draft.put(field, valueFor(field, organization).generate(in));
      }
      return draft.build();
    };
  }

  /** A valid value for {@code field}, in the shape a draft gives it. */
  @SuppressWarnings("unchecked")
  public static Gen<?> valueFor(Field<User, ?> field, SalesOrganizationId organization) {
    if (field == UserFields.SALES_ORGANIZATION) {
      return Generate.constant(organization);
    }
    if (field == UserFields.TEAM_LEADER) {
      return Generate.constant((Object) null);
    }
    if (field == UserFields.LICENCES) {
      return licences();
    }
    if (field == UserFields.CUSTOM_FIELDS) {
      return udfs();
    }
    return switch (field.kind()) {
      case TEXT, EMAIL -> TextGen.valueFor((Field<?, String>) field);
      case FLAG -> Generate.booleans();
      case INTEGER -> integers().between((int) field.min(), (int) field.min() + 10_000);
      case DATE ->
          integers().between(0, 25_000).map(days -> LocalDate.of(1940, 1, 1).plusDays(days));
      case CHOICE -> Generate.enumValues(UserType.class);
      case REFERENCE ->
          Generate.oneOf(Generate.constant((Object) null), Ids.uuids().map(u -> (Object) u));
      case REFERENCES -> lists().of(Ids.uuids()).ofSizeBetween(0, 3).map(Set::copyOf);
      case CREDENTIALS -> credentials();
      case KEYED -> throw new IllegalArgumentException("no generator for " + field);
    };
  }

  private static Gen<KeyedEntries<Boolean>> licences() {
    return lists()
        .of(Generate.booleans())
        .ofSize(LICENCES.size())
        .map(
            granted -> {
              Map<String, Boolean> entries = new LinkedHashMap<>();
              for (int i = 0; i < granted.size(); i++) {
                entries.put(LICENCES.get(i), granted.get(i));
              }
              return KeyedEntries.all(entries);
            });
  }

  private static Gen<KeyedEntries<String>> udfs() {
    Gen<Map.Entry<String, String>> entries =
        integers()
            .between(1, CustomFields.UDF_COUNT)
            .zip(
                TextGen.textUpTo(CustomFields.MAX_VALUE_LENGTH), (n, v) -> Map.entry("udf" + n, v));
    return lists()
        .of(entries)
        .ofSizeBetween(0, 4)
        .map(
            list -> {
              Map<String, String> values = new LinkedHashMap<>();
              list.forEach(e -> values.put(e.getKey(), e.getValue()));
              return new KeyedEntries<>(CustomFields.udfScope(), values);
            });
  }

  private static Gen<List<CredentialDraft>> credentials() {
    Gen<CredentialDraft> one =
        Generate.pick(List.of("Password", "Ticket", "ActiveDirectory"))
            .zip(
                TextGen.textUpTo(20),
                (type, secret) ->
                    new CredentialDraft(type, Secret.hashed("hash:" + secret), type.toLowerCase()));
    return lists()
        .of(one)
        .ofSizeBetween(0, 3)
        .map(
            list -> {
              Set<String> types = new HashSet<>();
              return list.stream().filter(c -> types.add(c.type())).toList();
            });
  }
}
