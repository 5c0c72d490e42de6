package io.roster.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.roster.adapter.persistence.migration.V3__Unique_keys;
import io.roster.application.port.out.UserRepository;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.UniquenessViolated;
import io.roster.domain.field.Draft;
import io.roster.domain.field.Field;
import io.roster.domain.testkit.MapUserDirectory;
import io.roster.domain.user.AssociateId;
import io.roster.domain.user.Login;
import io.roster.domain.user.UniqueKey;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import io.roster.domain.user.UserId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrading a database whose users already share a unique value ignoring case or surrounding
 * whitespace (the schema of version 2 compared user names by case only, the other values exactly):
 * the user with the lowest associate id keeps the key, each other one is recorded and logged.
 */
class UniqueKeysMigrationTest {
  private static final UUID ORGANIZATION = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
  private static final Instant LEGACY = Instant.parse("2025-01-01T00:00:00Z");

  /** Legacy users by associate id: user name, initials, nick name, external code. */
  private static final Map<Integer, String[]> LEGACY_USERS =
      Map.of(
          1, new String[] {" Alan.Turing@example.com ", "at ", "TURING", "erp-1"},
          2, new String[] {"grace@example.com", null, "Turing\t", null},
          3, new String[] {"alan.turing@example.com", "AT", "turing", "ERP-1"},
          4, new String[] {"ada@example.com", " AL", "Countess", "ERP-4"});

  @TempDir Path directory;

  private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private final Logger logger = Logger.getLogger(V3__Unique_keys.LOGGER);

  @BeforeEach
  void listen() {
    logger.addHandler(capture);
    logger.setUseParentHandlers(
        false); // the warnings are expected: keep them out of the build output
  }

  @AfterEach
  void stopListening() {
    logger.removeHandler(capture);
    logger.setUseParentHandlers(true);
  }

  @Test
  void on_h2_the_lowest_associate_id_keeps_each_key_and_every_other_holder_is_reported()
      throws Exception {
    try (TestDatabase database =
        TestDatabase.h2(directory, UniqueKeysMigrationTest::legacyDatabase)) {
      check(database);
    }
  }

  @Nested
  class OnPostgres {
    @Test
    void the_lowest_associate_id_keeps_each_key_and_every_other_holder_is_reported()
        throws Exception {
      try (TestDatabase database = TestDatabase.postgres(UniqueKeysMigrationTest::legacyDatabase)) {
        check(database);
      }
    }
  }

  /** The schema as version 2 left it, with the legacy users in it. */
  private static void legacyDatabase(PersistenceSettings settings) {
    JdbiPersistence.migrations()
        .dataSource(settings.jdbcUrl(), settings.user(), settings.password())
        .target("2")
        .load()
        .migrate();
    try (Connection connection =
            DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
        PreparedStatement organization =
            connection.prepareStatement(
                "insert into sales_organization (id, name, archived, modified_at, version)"
                    + " values (?, 'Legacy', false, ?, 1)");
        PreparedStatement user =
            connection.prepareStatement(
                "insert into users (id, associate_id, username, username_key, initials, nick_name,"
                    + " external_code, lastname, email, sales_organization_id, is_team_leader,"
                    + " user_type, user_rank, disabled, waiting_for_approval, is_on_travel,"
                    + " ej_user_id, archived, created_at, modified_at, version)"
                    + " values (?, ?, ?, lower(?), ?, ?, ?, 'Legacy', 'legacy@example.com', ?,"
                    + " false, 'INTERNAL_ASSOCIATE', 0, false, false, false, 0, false, ?, ?, 1)")) {
      OffsetDateTime at = LEGACY.atOffset(ZoneOffset.UTC);
      organization.setObject(1, ORGANIZATION);
      organization.setObject(2, at);
      organization.execute();
      for (int associateId = 1; associateId <= LEGACY_USERS.size(); associateId++) {
        String[] values = LEGACY_USERS.get(associateId);
        user.setObject(1, id(associateId));
        user.setInt(2, associateId);
        user.setString(3, values[0]);
        user.setString(4, values[0]);
        user.setString(5, values[1]);
        user.setString(6, values[2]);
        user.setString(7, values[3]);
        user.setObject(8, ORGANIZATION);
        user.setObject(9, at);
        user.setObject(10, at);
        user.execute();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static UUID id(int associateId) {
    return UUID.fromString(String.format("00000000-0000-0000-0000-%012d", associateId));
  }

  private void check(TestDatabase database) {
    Transactions transactions = database.transactions();
    UserRepository users = database.persistence().users();

    // Each conflict is recorded: field, value as held, the user left without the key, the keeper.
    List<List<Object>> conflicts =
        transactions.withHandle(
            h ->
                h.createQuery(
                        "select c.field, c.field_value, u.associate_id, k.associate_id, c.detected_at"
                            + " from unique_key_conflict c join users u on u.id = c.user_id"
                            + " join users k on k.id = c.kept_by_user_id"
                            + " order by c.field, u.associate_id")
                    .map(
                        (rs, ctx) ->
                            List.<Object>of(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getInt(3),
                                rs.getInt(4),
                                rs.getObject(5, OffsetDateTime.class) != null))
                    .list());
    assertThat(conflicts)
        .containsExactly(
            List.of("externalCode", "ERP-1", 3, 1, true),
            List.of("initials", "AT", 3, 1, true),
            List.of("nickName", "Turing", 2, 1, true),
            List.of("nickName", "turing", 3, 1, true),
            List.of("username", "alan.turing@example.com", 3, 1, true));

    // ... and logged as a warning naming both users.
    assertThat(logged)
        .hasSize(5)
        .allSatisfy(record -> assertThat(record.getLevel()).isEqualTo(Level.WARNING));
    assertThat(logged)
        .extracting(LogRecord::getMessage)
        .anySatisfy(
            message ->
                assertThat(message)
                    .contains(
                        "user 2 (" + id(2) + ")", "nickName 'Turing'", "user 1 (" + id(1) + ")")
                    .contains("unique_key_conflict"));

    // The keeper holds every key, with its values stripped of surrounding whitespace.
    User keeper = transactions.inTransaction(() -> users.find(AssociateId.of(1))).orElseThrow();
    assertThat(keeper.login())
        .isEqualTo(new Login("Alan.Turing@example.com", "at", "TURING", "erp-1"));
    assertThat(stored(transactions, 1))
        .containsExactly(
            "Alan.Turing@example.com",
            "alan.turing@example.com",
            "at",
            "at",
            "TURING",
            "turing",
            "erp-1",
            "erp-1");
    assertThat(transactions.inTransaction(() -> users.findByUsername(" ALAN.TURING@example.com")))
        .contains(keeper);
    for (UniqueKey key : keeper.login().uniqueKeys()) {
      assertThat(transactions.inTransaction(() -> users.holderOf(key)))
          .as(key.toString())
          .contains(keeper.id());
    }
    // The others keep their values, without the keys they shared.
    assertThat(stored(transactions, 3))
        .containsExactly(
            "alan.turing@example.com", null, "AT", null, "turing", null, "ERP-1", null);
    assertThat(stored(transactions, 2))
        .containsExactly(
            "grace@example.com", "grace@example.com", null, null, "Turing", null, null, null);
    assertThat(stored(transactions, 4))
        .containsExactly(
            "ada@example.com",
            "ada@example.com",
            "AL",
            "al",
            "Countess",
            "countess",
            "ERP-4",
            "erp-4");

    // A user without a key can still be changed; the key stays free of them while the value stays.
    User alan = transactions.inTransaction(() -> users.find(AssociateId.of(3))).orElseThrow();
    User archived = alan.archive(LEGACY.plusSeconds(60)).after();
    transactions.inTransaction(run(() -> users.update(alan, archived)));
    assertThat(stored(transactions, 3))
        .containsExactly(
            "alan.turing@example.com", null, "AT", null, "turing", null, "ERP-1", null);

    // Another spelling of the key is still refused; a value of their own takes its key.
    User respelled = with(archived, UserFields.USERNAME, "ALAN.TURING@example.com");
    assertThatThrownBy(
            () -> transactions.inTransaction(run(() -> users.update(archived, respelled))))
        .isInstanceOfSatisfying(
            UniquenessViolated.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("username"));
    User renamed = with(archived, UserFields.USERNAME, "Alan.M.Turing@example.com");
    transactions.inTransaction(run(() -> users.update(archived, renamed)));
    assertThat(transactions.inTransaction(() -> users.findByUsername("alan.m.turing@example.com")))
        .contains(renamed);

    // The unique indexes hold from now on.
    User newcomer =
        new User(
            UserId.random(),
            AssociateId.of(5),
            new Login("new@example.com", null, " TURING ", null),
            renamed.person(),
            renamed.privateContact(),
            renamed.hr(),
            renamed.organisation(),
            renamed.access(),
            renamed.customFields(),
            renamed.lifecycle());
    assertThatThrownBy(() -> transactions.inTransaction(run(() -> users.insert(newcomer))))
        .isInstanceOfSatisfying(
            UniquenessViolated.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field, FieldError::code)
                    .containsExactly(tuple("nickName", FieldError.Code.TAKEN)));
  }

  /** The unique values and key columns of user {@code associateId}, as stored. */
  private static List<String> stored(Transactions transactions, int associateId) {
    return transactions.withHandle(
        h ->
            h.createQuery(
                    "select username, username_key, initials, initials_key, nick_name, nick_name_key,"
                        + " external_code, external_code_key from users where associate_id = :id")
                .bind("id", associateId)
                .map(
                    (rs, ctx) ->
                        Arrays.asList(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8)))
                .one());
  }

  private static User with(User user, Field<User, String> field, String value) {
    return user.update(
            Draft.<User>builder().set(field, value).build(),
            new MapUserDirectory(),
            LEGACY.plusSeconds(120))
        .after();
  }

  private static Supplier<Void> run(Runnable work) {
    return () -> {
      work.run();
      return null;
    };
  }
}
