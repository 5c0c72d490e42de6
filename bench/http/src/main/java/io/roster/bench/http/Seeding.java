package io.roster.bench.http;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The baseline's data, written with plain JDBC: the rows Roster writes on its first start (the
 * administrator, with a password credential, in a {@code ROSTER} sales organization) and when the
 * same sales organization and the same users are created through its API ({@code Seed.java}): a
 * users row, three licence rows, 100 custom-field rows and a CREATE audit record per user (the
 * audit record's 130 change rows are left out: they only make that table longer).
 */
final class Seeding {
  private Seeding() {}

  static void seed(DataSource pool, int count, Path out) throws Exception {
    long start = System.nanoTime();
    UUID org = UUID.randomUUID();
    UUID admin = UUID.randomUUID();
    UUID language;
    UUID country;
    List<String> ids = new ArrayList<>(count);
    try (Connection c = pool.getConnection()) {
      language = (UUID) Jdbc.one(c, "select id from ref_language where code = ?", "nb").get("id");
      country = (UUID) Jdbc.one(c, "select id from ref_country where code = ?", "SE").get("id");
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      UUID rosterOrg = UUID.randomUUID();
      String organization =
          "insert into sales_organization (id, code, name, archived, modified_at, version) values (?, ?, ?, false, ?, 1)";
      Jdbc.execute(c, organization, rosterOrg, "ROSTER", "Roster", now);
      Jdbc.execute(c, organization, org, "BENCH", "Bench organization", now);
      // the administrator Roster makes on its first start (associate 1), the caller of every PUT;
      // nobody logs on to the baseline, so the password hash only has the length of a real one
      Map<String, Object> administrator = new java.util.HashMap<>();
      administrator.put("id", admin);
      administrator.put("associate_id", 1);
      administrator.put("username", "admin");
      administrator.put("username_key", "admin");
      administrator.put("lastname", "Administrator");
      administrator.put("email", "admin@roster.invalid");
      administrator.put("sales_organization_id", rosterOrg);
      administrator.put("role_id", Jdbc.one(c, "select id from ref_role where code = ?", "administrator").get("id"));
      administrator.put("is_team_leader", false);
      try (PreparedStatement users = c.prepareStatement(insertUser())) {
        bind(users, administrator, now);
        users.executeUpdate();
      }
      Jdbc.execute(c,
          "insert into user_credential (user_id, ordinal, credential_type, secret_hash, display_value)"
              + " values (?, 0, 'Password', ?, 'admin')",
          admin, "$argon2id$v=19$m=19456,t=2,p=1$" + "s".repeat(22) + "$" + "h".repeat(43));
      c.setAutoCommit(false);
      int batch = 1000;
      for (int from = 0; from < count; from += batch) {
        insertUsers(c, from, Math.min(count, from + batch), org, language, country, ids);
        c.commit();
      }
      // the child rows, set-based (row by row through JDBC takes most of a minute)
      Jdbc.execute(c, "insert into user_licence (user_id, licence_code)"
          + " select u.id, l.code from users u cross join ref_module_licence l"
          + " where u.associate_id > 1 and l.code in ('hero-app', 'sales-app', 'service-app')");
      c.commit();
      for (int from = 0; from < count; from += batch) {
        Jdbc.execute(c, "insert into user_custom_field (user_id, name, field_value)"
            + " select u.id, 'udf' || x.x, 'sample string ' || (40 + x.x)"
            + " from users u cross join system_range(1, 100) x"
            + " where u.associate_id > " + (from + 1) + " and u.associate_id <= " + (from + batch + 1));
        c.commit();
      }
      Jdbc.execute(c, "insert into audit_record (recorded_at, actor, subject_type, subject_id, action)"
          + " select created_at, case when associate_id = 1 then 'system' else 'admin' end, 'User',"
          + " cast(id as varchar), 'CREATE' from users order by associate_id");
      c.commit();
      c.setAutoCommit(true);
    }
    Files.write(out.resolve("ids.txt"), ids);
    Files.writeString(
        out.resolve("refs.properties"),
        "organization=" + org + "\nlanguage=" + language + "\ncountry=" + country + "\n");
    // the baseline takes the caller's id as its bearer token (it checks no signature)
    Files.writeString(out.resolve("token.txt"), admin.toString());
    System.out.printf(
        "  seeded the administrator, 1 sales organization and %d users with JDBC in %.1f s%n",
        count, (System.nanoTime() - start) / 1e9);
  }

  private static String insertUser() {
    return "insert into users (" + BaselineUpdate.COLUMNS + ") values (?" + ", ?".repeat(BaselineUpdate.COLUMN_LIST.size() - 1) + ")";
  }

  /** Binds {@code row} to the users insert, with the defaults every user has. */
  private static void bind(PreparedStatement users, Map<String, Object> row, OffsetDateTime now) throws SQLException {
    row.putIfAbsent("user_type", "INTERNAL_ASSOCIATE");
    row.putIfAbsent("user_rank", 0);
    row.putIfAbsent("disabled", false);
    row.putIfAbsent("waiting_for_approval", false);
    row.putIfAbsent("is_on_travel", false);
    row.putIfAbsent("ej_user_id", 0);
    row.putIfAbsent("archived", false);
    row.putIfAbsent("created_at", now);
    row.putIfAbsent("modified_at", now);
    row.putIfAbsent("version", 1L);
    int p = 1;
    for (String column : BaselineUpdate.COLUMN_LIST) {
      users.setObject(p++, row.get(column));
    }
  }

  private static void insertUsers(
      Connection c, int from, int to, UUID org, UUID language, UUID country, List<String> ids)
      throws SQLException {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (PreparedStatement users = c.prepareStatement(insertUser())) {
      for (int i = from; i < to; i++) {
        UUID id = UUID.randomUUID();
        ids.add(id.toString());
        String username = "bench.user." + i + "@example.test";
        Map<String, Object> row = new java.util.HashMap<>();
        row.put("id", id);
        row.put("associate_id", i + 2);
        row.put("username", username);
        row.put("username_key", username);
        row.put("external_code", "sample string 6 " + i);
        row.put("external_code_key", "sample string 6 " + i);
        row.put("firstname", "sample string 4");
        row.put("lastname", "sample string 5");
        row.put("email", "sample.string.22@example.test");
        row.put("phone", "sample string 23");
        row.put("fax", "sample string 24");
        row.put("mobile", "sample string 25");
        row.put("skype", "sample string 16");
        row.put("notes", "sample string 17 created");
        row.put("language_id", language);
        row.put("private_email", "sample.string.26@example.test");
        row.put("private_phone", "sample string 27");
        row.put("private_fax", "sample string 28");
        row.put("private_mobile", "sample string 29");
        row.put("private_street", "sample string 30");
        row.put("private_street_number", "sample string 31");
        row.put("private_city", "sample string 32");
        row.put("private_zip", "sample string 33");
        row.put("private_country_id", country);
        row.put("emergency_contact", "sample string 9");
        row.put("bank_account", "sample string 10");
        row.put("social_security", "sample string 11");
        row.put("place_of_birth", "sample string 12");
        row.put("nationality", "sample string 13");
        row.put("functions", "sample string 14");
        row.put("birthdate", LocalDate.of(2025, 10, 13));
        row.put("sales_organization_id", org);
        row.put("is_team_leader", true);
        bind(users, row, now);
        users.addBatch();
      }
      users.executeBatch();
    }
  }
}
