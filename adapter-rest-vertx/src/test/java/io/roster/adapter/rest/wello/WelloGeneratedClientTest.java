package io.roster.adapter.rest.wello;

import static io.roster.adapter.rest.wello.WelloApi.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests as a .NET client generated from the Wello seed builds them, apart from the handwritten
 * route tests: every property of the seed's types present, nulls written, the empty GUID for a
 * {@code Guid} that names nothing, and dates as .NET writes a {@code DateTime} (no offset). Every
 * answer must read back into the same types: the same properties, each of its type.
 *
 * <p>The client's types follow the seed's tables (not Roster's code): {@code Guid} for "globally
 * unique identifier", {@code string}, {@code bool}, {@code DateTime?} for {@code birthdate} and
 * {@code DateTime} for {@code modified_dateutc} ("date"), and the embedded {@code
 * sales_organization}. A {@code Guid} answered as null (no reference) is read as the empty GUID, as
 * a client that ignores nulls reads it.
 */
class WelloGeneratedClientTest {
  static final UUID EMPTY = new UUID(0, 0);

  /** The types of the client's properties. */
  enum Type {
    /** A {@code Guid} that is never empty: the entity's own id. */
    ID,
    /** A {@code Guid}; the empty GUID for none. */
    GUID,
    STRING,
    BOOLEAN,
    /** A calendar date in a {@code DateTime?}: midnight, no offset. */
    DATE,
    /** An instant in a {@code DateTime}, answered in UTC with its offset. */
    INSTANT,
    /** The embedded {@code sales_organization}, or null. */
    ORGANIZATION
  }

  /** The seed's {@code sales_organization}, in its order. */
  static final Map<String, Type> ORGANIZATION = new LinkedHashMap<>();

  /** The seed's {@code user}, in its order. */
  static final Map<String, Type> USER = new LinkedHashMap<>();

  static {
    ORGANIZATION.put("id", Type.ID);
    ORGANIZATION.put("code", Type.STRING);
    ORGANIZATION.put("name", Type.STRING);
    ORGANIZATION.put("description", Type.STRING);
    ORGANIZATION.put("db_country_id", Type.GUID);
    ORGANIZATION.put("db_currency_id", Type.GUID);
    ORGANIZATION.put("db_language_id", Type.GUID);
    ORGANIZATION.put("accountancy_code", Type.STRING);
    ORGANIZATION.put("archived", Type.BOOLEAN);
    ORGANIZATION.put("default_unit_of_measure_system_type", Type.STRING);
    for (String name :
        new String[] {
          "street",
          "street2",
          "street_number",
          "zip",
          "city",
          "email",
          "phone",
          "fax",
          "url",
          "vat_reg_code"
        }) {
      ORGANIZATION.put(name, Type.STRING);
    }
    ORGANIZATION.put("modified_dateutc", Type.INSTANT);

    USER.put("id", Type.ID);
    USER.put("db_language_id", Type.GUID);
    for (String name : new String[] {"username", "firstname", "lastname", "code"}) {
      USER.put(name, Type.STRING);
    }
    USER.put("archived", Type.BOOLEAN);
    USER.put("disabled", Type.BOOLEAN);
    for (String name :
        new String[] {
          "emergency_contact",
          "bankaccount",
          "social_security",
          "place_of_birth",
          "nationality",
          "functions"
        }) {
      USER.put(name, Type.STRING);
    }
    USER.put("birthdate", Type.DATE);
    USER.put("skype", Type.STRING);
    USER.put("notes", Type.STRING);
    USER.put("sales_organization_id", Type.GUID);
    USER.put("sales_organization", Type.ORGANIZATION);
    USER.put("sales_organization_code", Type.STRING);
    USER.put("is_team_leader", Type.BOOLEAN);
    USER.put("team_leader_user_id", Type.GUID);
    for (String name :
        new String[] {
          "email",
          "phone",
          "fax",
          "mobile",
          "private_email",
          "private_phone",
          "private_fax",
          "private_mobile",
          "private_street",
          "private_street_number",
          "private_city",
          "private_zip"
        }) {
      USER.put(name, Type.STRING);
    }
    USER.put("private_db_country_id", Type.GUID);
    USER.put("private_db_country_code", Type.STRING);
    USER.put("modified_dateutc", Type.INSTANT);
    USER.put("allow_hero_app", Type.BOOLEAN);
    USER.put("allow_sales_app", Type.BOOLEAN);
    USER.put("allow_service_app", Type.BOOLEAN);
    USER.put("user_group_id", Type.GUID);
    for (int i = 1; i <= 100; i++) {
      USER.put("udf" + i, Type.STRING);
    }
  }

  /** How .NET writes a {@code DateTime} of unspecified kind (Json.NET and System.Text.Json). */
  private static final DateTimeFormatter DOTNET =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  /** The .NET default of a {@code DateTime} never set. */
  private static final LocalDateTime MIN_VALUE = LocalDateTime.of(1, 1, 1, 0, 0);

  // the client

  /** An object of the client's type {@code shape}: every property, with its default. */
  static Map<String, Object> newObject(Map<String, Type> shape) {
    Map<String, Object> object = new LinkedHashMap<>();
    shape.forEach(
        (name, type) ->
            object.put(
                name,
                switch (type) {
                  case ID, GUID -> EMPTY;
                  case BOOLEAN -> false;
                  case INSTANT -> MIN_VALUE;
                  default -> null;
                }));
    return object;
  }

  /** {@code object} as the client writes it: every property, nulls written. */
  static JsonObject write(Map<String, Type> shape, Map<String, Object> object) {
    JsonObject json = new JsonObject();
    shape.forEach(
        (name, type) -> {
          Object value = object.get(name);
          json.put(
              name,
              switch (type) {
                case ID, GUID -> ((UUID) value).toString();
                case DATE, INSTANT -> value == null ? null : DOTNET.format((LocalDateTime) value);
                case ORGANIZATION -> value == null ? null : write(ORGANIZATION, castObject(value));
                default -> value;
              });
        });
    return json;
  }

  /**
   * An answer read into the client's type {@code shape}; fails unless it has exactly the type's
   * properties, each of its type.
   */
  static Map<String, Object> read(Map<String, Type> shape, JsonObject json, String where) {
    assertThat(json.fieldNames()).as(where + ": properties").hasSameElementsAs(shape.keySet());
    Map<String, Object> object = new LinkedHashMap<>();
    shape.forEach(
        (name, type) -> object.put(name, value(type, json.getValue(name), where + "." + name)));
    return object;
  }

  private static Object value(Type type, Object value, String where) {
    switch (type) {
      case ID -> {
        UUID id = guid(value, where);
        assertThat(id).as(where).isNotNull().isNotEqualTo(EMPTY);
        return id;
      }
      case GUID -> {
        UUID id = guid(value, where);
        assertThat(id).as(where + " (a reference to nothing is null)").isNotEqualTo(EMPTY);
        return id == null ? EMPTY : id;
      }
      case STRING -> {
        if (value != null) {
          assertThat(value).as(where).isInstanceOf(String.class);
        }
        return value;
      }
      case BOOLEAN -> {
        assertThat(value).as(where).isInstanceOf(Boolean.class);
        return value;
      }
      case DATE -> {
        if (value == null) {
          return null;
        }
        assertThat(value).as(where).isInstanceOf(String.class);
        assertThat((String) value).as(where).matches("\\d{4}-\\d\\d-\\d\\dT00:00:00");
        return LocalDateTime.parse((String) value);
      }
      case INSTANT -> {
        assertThat(value).as(where).isInstanceOf(String.class);
        assertThat((String) value).as(where).endsWith("+00:00");
        return OffsetDateTime.parse((String) value).toLocalDateTime();
      }
      case ORGANIZATION -> {
        if (value == null) {
          return null;
        }
        assertThat(value).as(where).isInstanceOf(JsonObject.class);
        return read(ORGANIZATION, (JsonObject) value, where);
      }
    }
    throw new AssertionError(type);
  }

  private static UUID guid(Object value, String where) {
    if (value == null) {
      return null;
    }
    assertThat(value).as(where).isInstanceOf(String.class);
    assertThat((String) value)
        .as(where)
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    return UUID.fromString((String) value);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castObject(Object value) {
    return (Map<String, Object>) value;
  }

  // the server

  private final TestServer server = new TestServer();
  private final WelloApi api = new WelloApi(server);
  private UUID oslo;

  @BeforeEach
  void anOrganization() {
    Map<String, Object> organization = newObject(ORGANIZATION);
    organization.put("code", "OSL");
    organization.put("name", "Oslo");
    HttpResponse<Buffer> created =
        server.post("/api/SalesOrganization", write(ORGANIZATION, organization));
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
    oslo = (UUID) readOrganization(created).get("id");
  }

  @AfterEach
  void close() {
    server.close();
  }

  private static Map<String, Object> readUser(HttpResponse<Buffer> response) {
    assertThat(response.getHeader("Content-Type")).startsWith("application/json");
    return read(USER, response.bodyAsJsonObject(), "user");
  }

  private static Map<String, Object> readOrganization(HttpResponse<Buffer> response) {
    assertThat(response.getHeader("Content-Type")).startsWith("application/json");
    return read(ORGANIZATION, response.bodyAsJsonObject(), "sales_organization");
  }

  /** A new user as the client makes one: its defaults, and the values it sets. */
  private Map<String, Object> newUser(String name) {
    Map<String, Object> user = newObject(USER);
    user.put("username", name + "@example.test");
    user.put("lastname", name);
    user.put("email", name + "@example.test");
    user.put("sales_organization_id", oslo);
    return user;
  }

  private Map<String, Object> created(Map<String, Object> user) {
    HttpResponse<Buffer> created = server.post("/api/User", write(USER, user));
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
    return readUser(created);
  }

  private Map<String, Object> get(UUID id) {
    HttpResponse<Buffer> read = api.getUser(id.toString());
    assertThat(read.statusCode()).as(read.bodyAsString()).isEqualTo(200);
    return readUser(read);
  }

  private HttpResponse<Buffer> put(Map<String, Object> user) {
    return api.putUser(user.get("id").toString(), write(USER, user));
  }

  @Test
  void a_new_user_with_every_default_is_created_and_answered_in_the_same_types() {
    Map<String, Object> sent = newUser("ada");
    sent.put("birthdate", LocalDateTime.of(1815, 12, 10, 0, 0));
    sent.put("udf1", "one");

    Map<String, Object> created = created(sent);

    assertThat(created.get("id")).isNotEqualTo(EMPTY);
    assertThat(created.get("birthdate")).isEqualTo(LocalDateTime.of(1815, 12, 10, 0, 0));
    assertThat(created.get("sales_organization_id")).isEqualTo(oslo);
    for (String reference :
        new String[] {
          "db_language_id", "team_leader_user_id", "private_db_country_id", "user_group_id"
        }) {
      assertThat(created.get(reference)).as(reference).isEqualTo(EMPTY);
    }
    assertThat(created.get("udf1")).isEqualTo("one");
    assertThat(created.get("modified_dateutc")).isNotEqualTo(MIN_VALUE);
    assertThat(get((UUID) created.get("id"))).isEqualTo(created);
  }

  @Test
  void a_user_read_and_written_back_by_the_client_is_unchanged() {
    Map<String, Object> sent = newUser("grace");
    sent.put("birthdate", LocalDateTime.of(1906, 12, 9, 0, 0));
    sent.put("firstname", "Grace");
    sent.put("is_team_leader", true);
    sent.put("allow_sales_app", true);
    sent.put("db_language_id", UUID.fromString(api.referenceId("Language", "en")));
    sent.put("user_group_id", UUID.fromString(api.referenceId("UserGroup", "sales")));
    sent.put("private_db_country_code", "SE");
    UUID id = (UUID) created(sent).get("id");
    Map<String, Object> member = newUser("member");
    member.put("team_leader_user_id", id);
    UUID memberId = (UUID) created(member).get("id");

    for (UUID user : new UUID[] {id, memberId}) {
      HttpResponse<Buffer> before = api.getUser(user.toString());
      Map<String, Object> read = readUser(before);

      HttpResponse<Buffer> put = put(read);

      assertThat(put.statusCode()).as(put.bodyAsString()).isEqualTo(200);
      assertThat(put.getHeader("ETag")).isEqualTo(before.getHeader("ETag"));
      assertThat(readUser(put)).isEqualTo(read);
      assertThat(get(user)).isEqualTo(read);
    }
  }

  @Test
  void a_change_the_client_makes_is_answered_in_the_same_types() {
    Map<String, Object> sent = newUser("ada");
    sent.put("user_group_id", UUID.fromString(api.referenceId("UserGroup", "sales")));
    Map<String, Object> user = created(sent);

    user.put("user_group_id", EMPTY);
    user.put("birthdate", LocalDateTime.of(1815, 12, 10, 0, 0));
    user.put("notes", "First programmer.");
    HttpResponse<Buffer> put = put(user);

    assertThat(put.statusCode()).as(put.bodyAsString()).isEqualTo(200);
    Map<String, Object> answered = readUser(put);
    assertThat(answered.get("user_group_id")).isEqualTo(EMPTY);
    assertThat(answered.get("birthdate")).isEqualTo(LocalDateTime.of(1815, 12, 10, 0, 0));
    assertThat(answered.get("notes")).isEqualTo("First programmer.");
    assertThat(get((UUID) user.get("id"))).isEqualTo(answered);
  }

  @Test
  void a_user_with_an_embedded_organization_is_answered_in_the_same_types() {
    Map<String, Object> sent = newUser("ada");
    sent.put("sales_organization_id", EMPTY);
    Map<String, Object> embedded = newObject(ORGANIZATION);
    embedded.put("code", "BGO");
    embedded.put("name", "Bergen");
    embedded.put("db_country_id", UUID.fromString(api.referenceId("Country", "NO")));
    sent.put("sales_organization", embedded);

    Map<String, Object> created = created(sent);

    Map<String, Object> organization = castObject(created.get("sales_organization"));
    assertThat(organization.get("code")).isEqualTo("BGO");
    assertThat(organization.get("db_currency_id")).isEqualTo(EMPTY);
    assertThat(created.get("sales_organization_id")).isEqualTo(organization.get("id"));
    HttpResponse<Buffer> again = put(created);
    assertThat(again.statusCode()).as(again.bodyAsString()).isEqualTo(200);
    assertThat(again.getHeader("ETag")).isEqualTo("\"1\"");
  }

  @Test
  void every_user_of_a_list_is_in_the_same_types() {
    created(newUser("ada"));
    Map<String, Object> full = newUser("grace");
    full.put("birthdate", LocalDateTime.of(1906, 12, 9, 0, 0));
    full.put("db_language_id", UUID.fromString(api.referenceId("Language", "nb")));
    created(full);

    JsonArray list = WelloApi.okArray(server.get("/api/User"));

    assertThat(list).hasSizeGreaterThanOrEqualTo(2);
    for (int i = 0; i < list.size(); i++) {
      read(USER, list.getJsonObject(i), "user[" + i + "]");
    }
  }

  @Test
  void a_sales_organization_built_by_the_client_is_answered_in_the_same_types() {
    Map<String, Object> sent = newObject(ORGANIZATION);
    sent.put("code", "TRD");
    sent.put("name", "Trondheim");
    sent.put("db_currency_id", UUID.fromString(api.referenceId("Currency", "NOK")));
    HttpResponse<Buffer> created = server.post("/api/SalesOrganization", write(ORGANIZATION, sent));
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
    Map<String, Object> organization = readOrganization(created);
    assertThat(organization.get("id")).isNotEqualTo(EMPTY);
    assertThat(organization.get("db_country_id")).isEqualTo(EMPTY);
    String path = "/api/SalesOrganization(" + organization.get("id") + ")";

    HttpResponse<Buffer> before = server.get(path);
    Map<String, Object> read = readOrganization(before);
    HttpResponse<Buffer> put = server.put(path, write(ORGANIZATION, read));

    assertThat(put.statusCode()).as(put.bodyAsString()).isEqualTo(200);
    assertThat(put.getHeader("ETag")).isEqualTo(before.getHeader("ETag"));
    assertThat(readOrganization(put)).isEqualTo(read);
    JsonArray list = WelloApi.okArray(server.get("/api/SalesOrganization"));
    for (int i = 0; i < list.size(); i++) {
      read(ORGANIZATION, list.getJsonObject(i), "sales_organization[" + i + "]");
    }
  }

  @Test
  void what_the_client_leaves_out_is_a_400_in_the_web_api_shape_and_nothing_is_made() {
    Map<String, Object> sent = newUser("ada");
    sent.put("lastname", null);
    sent.put("sales_organization_id", EMPTY);

    HttpResponse<Buffer> refused = server.post("/api/User", write(USER, sent));

    JsonObject modelState = assertInvalid(refused, "user.lastname", "user.sales_organization_id");
    assertThat(refused.bodyAsJsonObject().fieldNames()).containsExactly("Message", "ModelState");
    assertThat(modelState.fieldNames())
        .containsExactlyInAnyOrder("user.lastname", "user.sales_organization_id");
    assertThat(server.get("/api/User?$filter=username%20eq%20'ada@example.test'").bodyAsJsonArray())
        .isEmpty();
  }

  @Test
  void the_client_types_have_the_properties_of_the_seed_sample() throws IOException {
    JsonObject sample;
    try (InputStream in = getClass().getResourceAsStream("/wello/seed-user.json")) {
      sample = new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    assertThat(USER.keySet()).containsExactlyElementsOf(sample.fieldNames());
    assertThat(ORGANIZATION.keySet())
        .containsExactlyElementsOf(sample.getJsonObject("sales_organization").fieldNames());
  }
}
