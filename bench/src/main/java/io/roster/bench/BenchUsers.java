package io.roster.bench;

import io.roster.adapter.persistence.migration.V2__Reference_data;
import io.roster.application.port.out.AuditRecord;
import io.roster.domain.credential.Credential;
import io.roster.domain.customfield.CustomFields;
import io.roster.domain.field.FieldChange;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.user.Access;
import io.roster.domain.user.AssociateId;
import io.roster.domain.user.HrData;
import io.roster.domain.user.Lifecycle;
import io.roster.domain.user.Login;
import io.roster.domain.user.Organisation;
import io.roster.domain.user.Person;
import io.roster.domain.user.PrivateContact;
import io.roster.domain.user.User;
import io.roster.domain.user.UserId;
import io.roster.domain.user.UserType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The users of a benchmark, made from their number: user {@code i} at version {@code v} is always
 * the same value, so the load, both update paths and the checks agree without keeping users in
 * memory. Every user has seven child rows: one other group, one ticket category, two licences, one
 * credential and two custom fields. An update changes the phone number and {@code udf1}.
 */
final class BenchUsers {
  static final Instant LOADED_AT = Instant.parse("2026-01-01T00:00:00Z");
  static final String ACTOR = "bench";
  static final int CHILD_ROWS_PER_USER = 7;

  static final UUID SALES_ORGANIZATION = name("sales-organization:bench");
  static final UUID USER_GROUP = name("user-group:bench");
  static final UUID TICKET_CATEGORY = name("ticket-category:bench");
  static final UUID LANGUAGE = V2__Reference_data.id("language", "en");
  static final UUID COUNTRY = V2__Reference_data.id("country", "NO");
  static final UUID CURRENCY = V2__Reference_data.id("currency", "NOK");
  static final UUID ROLE = V2__Reference_data.id("role", "standard");

  // The parts every user shares; only the login, the phone, udf1 and the version differ.
  private static final PrivateContact HOME =
      new PrivateContact(
          "home@example.test",
          "+47 1",
          null,
          null,
          "Karl Johans gate",
          "1A",
          "Oslo",
          "0154",
          COUNTRY);
  private static final HrData HR =
      new HrData(null, null, null, "Bergen", "Norwegian", "Benchmark", LocalDate.of(1990, 12, 10));
  private static final Organisation ORGANISATION =
      new Organisation(
          SalesOrganizationId.of(SALES_ORGANIZATION),
          USER_GROUP,
          Set.of(USER_GROUP),
          ROLE,
          false,
          null,
          Set.of(TICKET_CATEGORY),
          UserType.INTERNAL_ASSOCIATE,
          1,
          null);
  private static final Access ACCESS =
      new Access(
          Set.of("hero-app", "sales-app"),
          List.of(
              new Credential(
                  "Password", "$2a$10$benchmarkbenchmarkbenchmarkbenchmarkbenchmarkbench", "user")),
          false,
          false,
          false,
          0,
          null);

  private BenchUsers() {}

  /** A random-looking but fixed id, so the primary key is written in no particular order. */
  static UserId id(int i) {
    long high = mix(2L * i + 0x5EED);
    long low = mix(2L * i + 0x5EED + 1);
    high = (high & ~0xF000L) | 0x4000L;
    low = (low & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return UserId.of(new UUID(high, low));
  }

  /** Mixed case, as people type them; the repository looks them up ignoring case. */
  static String username(int i) {
    return "Bench.User" + i + "@Example.test";
  }

  static User user(int i, long version, Instant modifiedAt) {
    return new User(
        id(i),
        AssociateId.of(i + 1),
        new Login(username(i), "BU" + i, "bench-nick-" + i, "BX-" + i),
        new Person(
            "Bench",
            "User " + i,
            "bench.user" + i + "@example.test",
            phone(version),
            null,
            "+47 900 00 003",
            null,
            "Made by the benchmark.",
            LANGUAGE),
        HOME,
        HR,
        ORGANISATION,
        ACCESS,
        new CustomFields(Map.of("udf1", udf1(version), "udf2", "kept")),
        new Lifecycle(false, LOADED_AT, modifiedAt, null, null, version));
  }

  /** The audit record of the update that made {@code after} from its previous version. */
  static AuditRecord updated(User after) {
    long version = after.lifecycle().version();
    return new AuditRecord(
        after.lifecycle().modifiedAt(),
        ACTOR,
        "User",
        after.id().toString(),
        AuditRecord.Action.UPDATE,
        List.of(
            new FieldChange("phone", phone(version - 1), phone(version)),
            new FieldChange("customFields.udf1", udf1(version - 1), udf1(version))));
  }

  private static String phone(long version) {
    return "+47 22 " + version;
  }

  private static String udf1(long version) {
    return "revision " + version;
  }

  private static UUID name(String text) {
    return UUID.nameUUIDFromBytes(("bench:" + text).getBytes(StandardCharsets.UTF_8));
  }

  /** SplitMix64's finalizer. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
