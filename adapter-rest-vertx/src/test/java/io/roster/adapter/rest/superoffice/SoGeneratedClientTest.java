package io.roster.adapter.rest.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import io.roster.adapter.rest.TestServer;
import io.roster.domain.reference.ReferenceKind;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Requests as a client generated from SuperOffice's schema builds them, kept apart from the
 * handwritten route tests: its model (below) has exactly SuperOffice's members and .NET's types
 * (non-nillable ints, shorts, bools, enums and dates), it writes every property, nulls included,
 * and .NET date strings, and it names XML list items by their type. Every answer must parse back
 * into that model with nothing unknown but Roster's one extension ({@code Person.Birthdate}), and
 * written out again must be the answer itself: the same shape.
 */
class SoGeneratedClientTest {
  /** The members Roster adds to SuperOffice's shapes; a generated client ignores them. */
  private static final List<String> EXTENSIONS = List.of("Person.Birthdate");

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .serializationInclusion(JsonInclude.Include.ALWAYS)
          .build();

  private static final XmlMapper XML =
      XmlMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          // as .NET's DataContractSerializer writes a null: <Tooltip i:nil="true"/>
          .enable(ToXmlGenerator.Feature.WRITE_NULLS_AS_XSI_NIL)
          .serializationInclusion(JsonInclude.Include.ALWAYS)
          .build();

  private final TestServer server = new TestServer();
  private final SoApi api = new SoApi(server);

  @AfterEach
  void close() {
    server.close();
  }

  // The generated model: SuperOffice's members and .NET's types, nothing of Roster's.

  /**
   * .NET's {@code DateTime} as the WebAPI serializes it: never null, ISO 8601, 7 digits at most.
   */
  static final class DateTime {
    private static final Pattern DOTNET =
        Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,7})?(Z|[+-]\\d{2}:?\\d{2})?");
    static final DateTime MIN = new DateTime("0001-01-01T00:00:00");
    private final String text;

    @JsonCreator
    DateTime(String text) {
      if (text == null || !DOTNET.matcher(text).matches()) {
        throw new IllegalArgumentException("not a .NET DateTime: " + text);
      }
      this.text = text;
    }

    @JsonValue
    String text() {
      return text;
    }
  }

  enum UserType {
    Unknown,
    InternalAssociate,
    ResourceAssociate,
    ExternalAssociate,
    AnonymousAssociate,
    SystemAssociate
  }

  enum ValueControl {
    Static,
    Edit,
    Password,
    Link,
    Hidden
  }

  enum Actions {
    Implicit,
    YesNo,
    OkCancel,
    Ok
  }

  static class TableRight {
    public String Mask;
    public String Reason;
  }

  static class FieldProperty {
    public TableRight FieldRight;
    public String FieldType;
    public int FieldLength;
  }

  /** What every carrier has. */
  static class Carrier {
    public TableRight TableRight;
    public Map<String, FieldProperty> FieldProperties;
  }

  static class ModuleLicenseLink extends Carrier {
    public boolean Unrestricted;
    public int Total;
    public int Free;
    public int InUse;
    public String Tooltip;
    public String Name;
    public String Description;
    public boolean CanAssign;
    public boolean IsHidden;
    public boolean Assigned;
    public int ModuleLicenseId;
    public String PrerequisiteModuleName;
    public int SortOrder;
    public int ExtraFlags;
  }

  /**
   * (Jackson, unlike .NET, cannot name a list's items as another member of the same class is named,
   * or the items of two lists alike: for those lists this client writes items by the list's name,
   * as Roster wrote them before, which Roster still reads; reading, it takes items of any name.)
   */
  static class LicenseOwner extends Carrier {
    public String Name;
    public String Description;
    public List<ModuleLicenseLink> RestrictedModuleLicenses;
    public List<ModuleLicenseLink> UnrestrictedModuleLicenses;
  }

  static class Role extends Carrier {
    public int Id;
    public String Value;
    public String Tooltip;
  }

  static class UserGroup extends Carrier {
    public String Value;
    public String Tooltip;
    public int Id;
    public short Rank;
    public boolean Deleted;
  }

  static class Person extends Carrier {
    public String Position;
    public int PersonId;
    public String Mrmrs;
    public String Firstname;
    public String Lastname;
    public String MiddleName;
    public String Title;
    public String Description;
    public String Email;
    public String FullName;
    public String FormalName;
    public String DirectPhone;
    public String MobilePhone;
    public String FaxPhone;
    public int CountryId;
    public int ContactId;
    public String ContactName;
    public String ContactDepartment;
    public String ContactOrgNr;
    public String ContactPhone;
    public String ContactFax;
    public String ContactFullName;
    public int ContactCountryId;
    public short Retired;
    public short Rank;
    public short ActiveInterests;
    public String AssociateName;
    public int AssociateId;
    public boolean UsePersonAddress;
    public String Kanafname;
    public String Kanalname;
    public String Post1;
    public String Post2;
    public String Post3;
    public String EmailName;
    public int ActiveErpLinks;
    public int TicketPriorityId;
    public int SupportLanguageId;
    public int SupportAssociateId;
    public String CategoryName;
    public String PersonNumber;
  }

  static class CredentialType extends Carrier {
    public String DisplayType;
    public String Type;
    public String Description;
    public ValueControl ValueControl;
    public boolean CanCreatePerson;
    public boolean IsUserNameSupported;
  }

  static class Credential extends Carrier {
    public CredentialType Type;
    public String Value;
    public String DisplayValue;
  }

  static class MDOListItem extends Carrier {
    public int Id;
    public String Name;
    public String ToolTip;
    public boolean Deleted;
    public int Rank;
    public String Type;

    @JacksonXmlElementWrapper(localName = "ChildItems")
    @JacksonXmlProperty(localName = "MDOListItem")
    public List<MDOListItem> ChildItems;

    public String IconHint;
    public int ColorBlock;
    public String ExtraInfo;
    public String StyleHint;
    public String FullName;
  }

  static class CustomCommand extends Carrier {
    public String Name;
    public String DisplayName;
    public String Description;
    public String ToolTip;
    public Actions Actions;
    public String ActionData;
  }

  static class User extends Carrier {
    public int AssociateId;
    public String Name;
    public short Rank;
    public String Tooltip;

    @JacksonXmlElementWrapper(localName = "LicenseOwners")
    @JacksonXmlProperty(localName = "LicenseOwner")
    public List<LicenseOwner> LicenseOwners;

    public Role Role;
    public UserGroup UserGroup;

    /**
     * (Its items are UserGroup too, which Jackson cannot tell from the member; see LicenseOwner.)
     */
    public List<UserGroup> OtherGroups;

    public Person Person;
    public boolean Deleted;
    public DateTime Lastlogin;
    public DateTime Lastlogout;
    public int EjUserId;
    public String RequestSignature;
    public UserType Type;
    public boolean IsPersonRetired;
    public boolean IsOnTravel;

    @JacksonXmlElementWrapper(localName = "Credentials")
    @JacksonXmlProperty(localName = "Credential")
    public List<Credential> Credentials;

    public String UserName;

    @JacksonXmlElementWrapper(localName = "TicketCategories")
    @JacksonXmlProperty(localName = "MDOListItem")
    public List<MDOListItem> TicketCategories;

    public String NickName;
    public boolean WaitingForApproval;
    public Map<String, String> ExtraFields;
    public Map<String, String> CustomFields;

    @JacksonXmlElementWrapper(localName = "PostSaveCommands")
    @JacksonXmlProperty(localName = "CustomCommand")
    public List<CustomCommand> PostSaveCommands;
  }

  static class UserWithLinks extends User {
    public Map<String, String> _Links;
  }

  /** A page of users, as OData writes it. */
  static class UserPage {
    public List<UserWithLinks> value;

    @JsonProperty("odata.nextLink")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public String nextLink;
  }

  static class Error {
    public boolean Error;
    public String ErrorType;
    public String ErrorMessage;
    public String ErrorSource;
  }

  // The client

  /** A new user as the generated client fills it in: every property, nested ones in full. */
  private User newUser() {
    User user = new User();
    user.AssociateId = 0;
    user.Name = "AL";
    user.Rank = 3;
    user.Tooltip = null;
    LicenseOwner owner = new LicenseOwner();
    owner.Name = "Roster";
    owner.Description = null;
    ModuleLicenseLink crm = new ModuleLicenseLink();
    crm.Name = "crm";
    crm.Assigned = true;
    crm.Total = 10;
    crm.Free = 9;
    crm.InUse = 1;
    crm.CanAssign = true;
    owner.RestrictedModuleLicenses = List.of(crm);
    owner.UnrestrictedModuleLicenses = List.of();
    user.LicenseOwners = List.of(owner);
    Role role = new Role();
    role.Id = api.number(ReferenceKind.ROLE, 0);
    user.Role = role;
    UserGroup group = new UserGroup();
    group.Id = api.number(ReferenceKind.USER_GROUP, 0);
    group.Value = "(any name: the Id counts)";
    user.UserGroup = group;
    UserGroup other = new UserGroup();
    other.Id = api.number(ReferenceKind.USER_GROUP, 1);
    user.OtherGroups = List.of(other);
    Person person = new Person();
    person.Firstname = "Ada";
    person.Lastname = "Lovelace";
    person.Email = "ada@example.test";
    person.DirectPhone = "+44 20 0000 0000";
    person.MobilePhone = "+44 7000 000000";
    user.Person = person;
    user.Deleted = false;
    // .NET date strings: the minimum value, and the documentation's seven-digit form
    user.Lastlogin = DateTime.MIN;
    user.Lastlogout = new DateTime("2021-09-27T03:24:52.0994739+02:00");
    user.EjUserId = 0;
    user.RequestSignature = null;
    user.Type = UserType.InternalAssociate;
    user.IsPersonRetired = false;
    user.IsOnTravel = true;
    CredentialType password = new CredentialType();
    password.DisplayType = "Password";
    password.Type = "Password";
    password.ValueControl = ValueControl.Password;
    Credential credential = new Credential();
    credential.Type = password;
    credential.Value = "generated secret";
    user.Credentials = List.of(credential);
    user.UserName = "ada@example.test";
    MDOListItem category = new MDOListItem();
    category.Id = api.number(ReferenceKind.TICKET_CATEGORY, 0);
    category.ChildItems = null;
    user.TicketCategories = List.of(category);
    user.NickName = null;
    user.WaitingForApproval = false;
    user.ExtraFields = Map.of();
    user.CustomFields = Map.of("udf1", "one", "x_shoe_size", "42");
    user.PostSaveCommands = List.of();
    return user;
  }

  private HttpResponse<Buffer> send(HttpMethod method, String path, Object body) {
    try {
      return api.send(
          method, path, Map.of("Content-Type", "application/json"), JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<Buffer> sendXml(HttpMethod method, String path, User body) {
    try {
      return api.send(
          method,
          path,
          Map.of("Content-Type", "application/xml", "Accept", "application/xml"),
          XML.writer().withRootName("User").writeValueAsString(body));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@code answer} read into {@code type} as the generated client reads it: nothing unknown but
   * Roster's {@link #EXTENSIONS}, nothing missing that .NET cannot leave empty (ints, bools, enums,
   * dates); and written out again, it is the answer, member for member.
   */
  private static <T> T parses(HttpResponse<Buffer> answer, Class<T> type) throws IOException {
    List<String> unknown = new ArrayList<>();
    T parsed = reader(JSON, type, unknown).readValue(answer.body().getBytes());
    assertThat(unknown).as(answer.bodyAsString()).isSubsetOf(EXTENSIONS);
    JsonNode written = JSON.valueToTree(parsed);
    JsonNode shown = JSON.readTree(answer.body().getBytes());
    assertThat(written).as("the answer written out again").isEqualTo(withoutExtensions(shown));
    return parsed;
  }

  private static <T> T parsesXml(HttpResponse<Buffer> answer, Class<T> type) throws IOException {
    assertThat(answer.getHeader("Content-Type")).startsWith("application/xml");
    List<String> unknown = new ArrayList<>();
    T parsed = reader(XML, type, unknown).readValue(answer.body().getBytes());
    assertThat(unknown).as(answer.bodyAsString()).isSubsetOf(EXTENSIONS);
    return parsed;
  }

  private static ObjectReader reader(ObjectMapper mapper, Class<?> type, List<String> unknown) {
    return mapper
        .readerFor(type)
        .withHandler(
            new DeserializationProblemHandler() {
              @Override
              public boolean handleUnknownProperty(
                  DeserializationContext context,
                  JsonParser parser,
                  JsonDeserializer<?> deserializer,
                  Object bean,
                  String name)
                  throws IOException {
                unknown.add(path(parser.getParsingContext(), name));
                parser.skipChildren();
                return true;
              }
            });
  }

  private static String path(JsonStreamContext context, String name) {
    Deque<String> names = new ArrayDeque<>();
    names.push(name);
    for (JsonStreamContext above = context.getParent();
        above != null && !above.inRoot();
        above = above.getParent()) {
      if (above.inObject() && above.getCurrentName() != null) {
        names.push(above.getCurrentName());
      }
    }
    // XML wraps list items in an element of their own; a path names the member, not the item.
    names.removeIf(step -> List.of("value", "UserWithLinks").contains(step));
    return String.join(".", names);
  }

  private static JsonNode withoutExtensions(JsonNode shown) {
    JsonNode copy = shown.deepCopy();
    List<JsonNode> users = new ArrayList<>();
    if (copy.has("value")) {
      copy.get("value").forEach(users::add);
    } else {
      users.add(copy);
    }
    for (JsonNode user : users) {
      if (user.get("Person") instanceof ObjectNode person) {
        person.remove("Birthdate");
      }
    }
    return copy;
  }

  // The tests

  @Test
  void a_user_created_read_and_saved_back_by_a_generated_client_keeps_its_shape() throws Exception {
    HttpResponse<Buffer> created = send(HttpMethod.POST, "/api/v1/User", newUser());

    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(200);
    UserWithLinks user = parses(created, UserWithLinks.class);
    assertThat(user.AssociateId).isPositive();
    assertThat(user.Person.Firstname).isEqualTo("Ada");
    assertThat(user.Person.FullName).isEqualTo("Ada Lovelace");
    assertThat(user.Person.MobilePhone).isEqualTo("+44 7000 000000");
    assertThat(user.Credentials)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.Type.Type).isEqualTo("Password");
              assertThat(c.Type.ValueControl).isEqualTo(ValueControl.Password);
              assertThat(c.Value).isNull();
            });
    assertThat(user.LicenseOwners.get(0).RestrictedModuleLicenses)
        .filteredOn(l -> l.Assigned)
        .extracting(l -> l.Name)
        .containsExactly("crm");
    assertThat(user.OtherGroups)
        .extracting(g -> g.Id)
        .containsExactly(newUser().OtherGroups.get(0).Id);
    assertThat(user.TicketCategories)
        .singleElement()
        .satisfies(c -> assertThat(c.ChildItems).isEmpty());
    assertThat(user.CustomFields).containsEntry("udf1", "one").containsEntry("x_shoe_size", "42");
    assertThat(user.ExtraFields).containsOnlyKeys("x_shoe_size");
    assertThat(user.Lastlogin.text()).isEqualTo("0001-01-01T00:00:00");
    assertThat(user.IsOnTravel).isTrue();

    // Roster's birthdate, set by a client that knows it, is kept by one that does not.
    String path = "/api/v1/User/" + user.AssociateId;
    HttpResponse<Buffer> born =
        api.send(
            HttpMethod.PATCH,
            path,
            Map.of("Content-Type", "application/merge-patch+json"),
            "{\"Person\": {\"Birthdate\": \"1815-12-10T00:00:00\"}}");
    assertThat(born.statusCode()).as(born.bodyAsString()).isEqualTo(200);

    HttpResponse<Buffer> read = api.get(path);
    UserWithLinks shown = parses(read, UserWithLinks.class);
    HttpResponse<Buffer> same = send(HttpMethod.PUT, path, shown);
    assertThat(same.statusCode()).as(same.bodyAsString()).isEqualTo(200);
    assertThat(same.getHeader("ETag")).isEqualTo(read.getHeader("ETag"));
    assertThat(same.bodyAsJsonObject()).isEqualTo(read.bodyAsJsonObject());

    shown.Person.MobilePhone = "+44 7999 999999";
    shown.Lastlogout = new DateTime("2024-03-02T02:30:53.147395+01:00");
    HttpResponse<Buffer> changed = send(HttpMethod.PUT, path, shown);
    assertThat(changed.statusCode()).as(changed.bodyAsString()).isEqualTo(200);
    UserWithLinks after = parses(changed, UserWithLinks.class);
    assertThat(after.Person.MobilePhone).isEqualTo("+44 7999 999999");
    assertThat(changed.bodyAsJsonObject().getJsonObject("Person").getString("Birthdate"))
        .isEqualTo("1815-12-10T00:00:00");
    assertThat(after.Lastlogout).usingRecursiveComparison().isEqualTo(DateTime.MIN);
  }

  @Test
  void every_kind_of_answer_parses_into_superoffices_shapes() throws Exception {
    User made = parses(send(HttpMethod.POST, "/api/v1/User", newUser()), UserWithLinks.class);
    User second = newUser();
    second.UserName = "grace@example.test";
    second.Person.Email = "grace@example.test";
    second.Name = "GH";
    assertThat(send(HttpMethod.POST, "/api/v1/User", second).statusCode()).isEqualTo(200);

    UserPage page = parses(api.get("/api/v1/User?$top=1"), UserPage.class);
    assertThat(page.value).hasSize(1);
    assertThat(page.nextLink).contains("$skip=1");
    parses(api.get("/api/v1/User?$select=UserName,Person/Lastname"), UserPage.class);

    User fresh = parses(api.get("/api/v1/User/default?userType=ResourceAssociate"), User.class);
    assertThat(fresh.Type).isEqualTo(UserType.ResourceAssociate);
    assertThat(fresh.Person).isNotNull();

    HttpResponse<Buffer> patched =
        api.send(
            HttpMethod.PATCH,
            "/api/v1/User/" + made.AssociateId,
            Map.of("Content-Type", "application/merge-patch+json"),
            "{\"Tooltip\": \"patched\"}");
    assertThat(parses(patched, UserWithLinks.class).Tooltip).isEqualTo("patched");

    User invalid = newUser();
    invalid.Person.Lastname = null;
    invalid.CustomFields = Map.of("CustomFields1", "hic");
    HttpResponse<Buffer> validated = send(HttpMethod.POST, "/api/v1/User/Validate", invalid);
    assertThat(validated.statusCode()).isEqualTo(200);
    assertThat(JSON.readValue(validated.body().getBytes(), Map.class))
        .containsKeys("Person.Lastname", "CustomFields.CustomFields1");

    HttpResponse<Buffer> refused =
        send(HttpMethod.PUT, "/api/v1/User/" + made.AssociateId, invalid);
    assertThat(refused.statusCode()).isEqualTo(400);
    Error error = parses(refused, Error.class);
    assertThat(error.Error).isTrue();
    assertThat(error.ErrorMessage).contains("CustomFields.CustomFields1", "Person.Lastname");
  }

  @Test
  void xml_as_a_generated_client_writes_it_items_by_type_and_nulls_as_nil_parses_back()
      throws Exception {
    HttpResponse<Buffer> created = sendXml(HttpMethod.POST, "/api/v1/User", newUser());

    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(200);
    assertThat(created.bodyAsString()).contains("<OtherGroups><UserGroup>");
    UserWithLinks user = parsesXml(created, UserWithLinks.class);
    assertThat(user.Person.DirectPhone).isEqualTo("+44 20 0000 0000");
    assertThat(user.Credentials)
        .singleElement()
        .satisfies(c -> assertThat(c.Type.Type).isEqualTo("Password"));
    assertThat(user.OtherGroups).hasSize(1);
    assertThat(user.TicketCategories).hasSize(1);
    assertThat(user.LicenseOwners.get(0).RestrictedModuleLicenses).isNotEmpty();
    assertThat(user.Tooltip).isNull();

    String path = "/api/v1/User/" + user.AssociateId;
    HttpResponse<Buffer> read =
        api.send(HttpMethod.GET, path, Map.of("Accept", "application/xml"), null);
    UserWithLinks shown = parsesXml(read, UserWithLinks.class);
    HttpResponse<Buffer> same = sendXml(HttpMethod.PUT, path, shown);
    assertThat(same.statusCode()).as(same.bodyAsString()).isEqualTo(200);
    assertThat(same.getHeader("ETag")).isEqualTo(read.getHeader("ETag"));
    assertThat(same.bodyAsString()).isEqualTo(read.bodyAsString());
    assertThat(parses(api.get(path), UserWithLinks.class).CustomFields)
        .isEqualTo(Map.of("udf1", "one", "x_shoe_size", "42"));
  }
}
