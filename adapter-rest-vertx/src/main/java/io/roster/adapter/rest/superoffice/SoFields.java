package io.roster.adapter.rest.superoffice;

import static io.roster.domain.user.UserFields.*;

import io.roster.adapter.rest.superoffice.locale.DisplayTexts;
import io.roster.adapter.rest.superoffice.locale.DisplayTexts.Reason;
import io.roster.application.port.in.auth.FieldClass;
import io.roster.application.port.in.auth.FieldRight;
import io.roster.application.port.in.auth.UserRights;
import io.roster.domain.customfield.CustomFields;
import io.roster.domain.field.Field;
import io.roster.domain.user.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The user properties the SuperOffice dialect shows, each with the domain field behind it: one
 * table for the draft's view, the field rights ({@code FieldProperties}) and error names.
 */
final class SoFields {
  private SoFields() {}

  /** Dialect property (Person's as {@code Person.Firstname}) -> domain field. */
  static final Map<String, Field<User, ?>> WRITABLE = writable();

  /** The domain fields a PUT of this dialect replaces. */
  static final List<Field<User, ?>> VIEW = List.copyOf(new LinkedHashSet<>(WRITABLE.values()));

  private static Map<String, Field<User, ?>> writable() {
    Map<String, Field<User, ?>> fields = new LinkedHashMap<>();
    fields.put("Name", INITIALS);
    fields.put("Rank", RANK);
    fields.put("Tooltip", TOOLTIP);
    fields.put("LicenseOwners", LICENCES);
    fields.put("Role", ROLE);
    fields.put("UserGroup", USER_GROUP);
    fields.put("OtherGroups", OTHER_GROUPS);
    fields.put("Person.Firstname", FIRSTNAME);
    fields.put("Person.Lastname", LASTNAME);
    fields.put("Person.Email", EMAIL);
    fields.put("Person.DirectPhone", PHONE);
    fields.put("Person.MobilePhone", MOBILE);
    fields.put("Person.FaxPhone", FAX);
    fields.put("Person.Birthdate", BIRTHDATE);
    fields.put("Deleted", ARCHIVED);
    fields.put("EjUserId", EJ_USER_ID);
    fields.put("RequestSignature", REQUEST_SIGNATURE);
    fields.put("Type", USER_TYPE);
    fields.put("IsPersonRetired", ARCHIVED);
    fields.put("IsOnTravel", IS_ON_TRAVEL);
    fields.put("Credentials", CREDENTIALS);
    fields.put("UserName", USERNAME);
    fields.put("TicketCategories", TICKET_CATEGORIES);
    fields.put("NickName", NICK_NAME);
    fields.put("WaitingForApproval", WAITING_FOR_APPROVAL);
    fields.put("ExtraFields", CUSTOM_FIELDS);
    fields.put("CustomFields", CUSTOM_FIELDS);
    return fields;
  }

  /**
   * The domain field a dialect property path is part of ({@code Person.Birthdate}, {@code
   * OtherGroups[2]}, {@code ExtraFields.x_team}); {@code null} when it names none.
   */
  static Field<User, ?> field(String property) {
    Field<User, ?> found = null;
    int longest = -1;
    for (Map.Entry<String, Field<User, ?>> entry : WRITABLE.entrySet()) {
      String name = entry.getKey();
      boolean names =
          property.equals(name)
              || (property.startsWith(name)
                  && (property.charAt(name.length()) == '.'
                      || property.charAt(name.length()) == '['));
      if (names && name.length() > longest) {
        found = entry.getValue();
        longest = name.length();
      }
    }
    return found;
  }

  /**
   * {@code FieldProperties} for a caller with {@code rights}: every property, read-only ones too,
   * the reasons in the request's language.
   */
  static Map<String, SoFieldProperty> properties(UserRights rights, DisplayTexts texts) {
    Map<String, SoFieldProperty> properties = new LinkedHashMap<>();
    SoTableRight readOnly =
        new SoTableRight(
            rights.read() ? "Read" : "None", rights.read() ? "" : texts.reason(Reason.READ_USER));
    properties.put("AssociateId", new SoFieldProperty(readOnly, "System.Int32", 0));
    WRITABLE.forEach((name, field) -> properties.put(name, property(field, rights, texts)));
    properties.put("Lastlogin", new SoFieldProperty(readOnly, "System.DateTime", 0));
    properties.put("Lastlogout", new SoFieldProperty(readOnly, "System.DateTime", 0));
    return properties;
  }

  /**
   * A field's mask: {@code Write} exactly when a write of it would be allowed ({@link
   * UserRights#mayChange}).
   */
  private static SoFieldProperty property(
      Field<User, ?> field, UserRights rights, DisplayTexts texts) {
    FieldRight right = rights.of(field);
    boolean write = rights.mayChange(field);
    List<String> mask = new ArrayList<>();
    if (right.read()) {
      mask.add("Read");
    }
    if (write) {
      mask.add("Write");
    }
    String reason = "";
    if (mask.isEmpty()) {
      mask.add("None");
      reason = texts.reason(Reason.FIELD_HIDDEN);
    } else if (!write) {
      reason =
          texts.reason(
              FieldClass.of(field) == FieldClass.HR ? Reason.HR_ONLY : Reason.FIELD_READ_ONLY);
    }
    if (field.isRequired()) {
      mask.add("UIHintMandatory");
    }
    return new SoFieldProperty(
        new SoTableRight(String.join(", ", mask), reason), type(field), field.maxLength());
  }

  /** The .NET type SuperOffice names for a field's values. */
  private static String type(Field<User, ?> field) {
    switch (field.kind()) {
      case TEXT:
      case EMAIL:
      case CHOICE:
        return "System.String";
      case FLAG:
        return "System.Boolean";
      case INTEGER:
      case REFERENCE:
        return "System.Int32";
      case DATE:
        return "System.DateTime";
      default:
        return "System.Object[]";
    }
  }

  /**
   * {@code TableRight}: the operations allowed, as SuperOffice names them, and the reason for the
   * first one missing (update, insert, delete), in the request's language.
   */
  static SoTableRight tableRight(UserRights rights, DisplayTexts texts) {
    List<String> mask = new ArrayList<>();
    if (rights.read()) {
      mask.add("Select");
    }
    if (rights.update()) {
      mask.add("Update");
    }
    if (rights.create()) {
      mask.add("Insert");
    }
    if (rights.archive()) {
      mask.add("Delete");
    }
    if (mask.isEmpty()) {
      return new SoTableRight("None", texts.reason(Reason.READ_USER));
    }
    Reason missing =
        !rights.update()
            ? Reason.CHANGE_USERS
            : !rights.create()
                ? Reason.CREATE_USERS
                : !rights.archive() ? Reason.RETIRE_USERS : null;
    return new SoTableRight(String.join(", ", mask), missing == null ? "" : texts.reason(missing));
  }

  /**
   * The dialect's name for a domain field path: {@code lastname} is {@code Person.Lastname}, {@code
   * otherGroups[1]} is {@code OtherGroups[1]}, {@code credentials[0].type} is {@code
   * Credentials[0].Type}, {@code customFields.udf7} is {@code CustomFields.udf7}.
   */
  static String name(String path) {
    if (!path.isEmpty() && Character.isUpperCase(path.charAt(0))) {
      return path;
    }
    int end = 0;
    while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
      end++;
    }
    String head = path.substring(0, end);
    String tail = path.substring(end);
    if (head.equals(CustomFields.FIELD)) {
      return "CustomFields" + tail;
    }
    if (head.equals(LICENCES.name())) {
      return "LicenseOwners" + tail;
    }
    // The first property of a field names it (Deleted before IsPersonRetired).
    String dialect =
        WRITABLE.entrySet().stream()
            .filter(entry -> entry.getValue().name().equals(head))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse(head);
    StringBuilder rest = new StringBuilder();
    for (int i = 0; i < tail.length(); i++) {
      char c = tail.charAt(i);
      rest.append(i > 0 && tail.charAt(i - 1) == '.' ? Character.toUpperCase(c) : c);
    }
    return dialect + rest;
  }
}
