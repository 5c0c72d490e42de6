package io.roster.adapter.cli;

import static io.roster.domain.user.UserFields.CUSTOM_FIELDS;
import static io.roster.domain.user.UserFields.LICENCES;
import static io.roster.domain.user.UserFields.SALES_ORGANIZATION;

import io.roster.adapter.cli.UserColumns.Column;
import io.roster.domain.customfield.CustomFields;
import io.roster.domain.failure.FieldError;
import io.roster.domain.field.Draft;
import io.roster.domain.field.KeyScope;
import io.roster.domain.field.KeyedEntries;
import io.roster.domain.reference.Reference;
import io.roster.domain.salesorg.EmbeddedSalesOrganization;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.user.User;
import io.roster.domain.user.UserId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A row as a user's draft. The draft covers the columns the row has and no other: a column with a
 * value sets its field, an empty one clears it, and a field without a column keeps what is stored.
 * A value that cannot be read (a date that is not one) leaves its field out and is {@linkplain
 * Draft#rejected() rejected}, so that the use case reports it with every other error of the row.
 */
final class RowDrafts {
  private RowDrafts() {}

  /** A row read: the id it gives (or null), its user name (or null) and its draft. */
  record UserRow(long line, UserId id, String username, Draft<User> draft) {}

  static UserRow user(Row row) {
    List<FieldError> errors = new ArrayList<>();
    Draft.Builder<User> draft = Draft.builder();
    UserId id = null;
    Map<String, Boolean> licences = new LinkedHashMap<>();
    Map<String, String> udfs = new LinkedHashMap<>();
    Map<String, String> organization = new LinkedHashMap<>();
    String organizationPrefix = UserColumns.ORGANIZATION + ".";
    for (Map.Entry<String, String> entry : row.values().entrySet()) {
      String name = entry.getKey();
      String value = entry.getValue();
      if (name.equals(UserColumns.ID)) {
        if (isGiven(value)) {
          UUID uuid = uuid(value);
          if (uuid == null) {
            errors.add(malformed(UserColumns.ID, "is not a UUID"));
          } else {
            id = UserId.of(uuid);
          }
        }
      } else if (CustomFields.isUdf(name)) {
        udfs.put(name, isGiven(value) ? value : null);
      } else if (name.startsWith(organizationPrefix)) {
        organization.put(name.substring(organizationPrefix.length()), value);
      } else {
        Column<User> column = UserColumns.USER_BY_NAME.get(name);
        if (column == null) {
          errors.add(new FieldError(name, FieldError.Code.UNKNOWN, "is not a column of a user"));
        } else if (column.reading() == UserColumns.Reading.LICENCE) {
          Boolean granted = flag(value);
          if (granted == null) {
            errors.add(malformed(column.path(), "must be true or false"));
          } else {
            licences.put(column.licence(), granted);
          }
        } else if (column.field() != SALES_ORGANIZATION) {
          read(column, value, draft, errors);
        }
      }
    }
    // The organization's id and code name it as it was before the row; the columns given in full
    // then match it (or make it) and update it.
    for (String name : List.of("sales_organization_id", "sales_organization_code")) {
      if (row.has(name)) {
        read(UserColumns.USER_BY_NAME.get(name), row.values().get(name), draft, errors);
      }
    }
    if (!organization.isEmpty()) {
      EmbeddedSalesOrganization embedded = organization(organization, errors);
      if (embedded != null) {
        draft.refer(SALES_ORGANIZATION, Reference.embedded(embedded));
      }
    }
    if (!licences.isEmpty()) {
      draft.put(LICENCES, new KeyedEntries<>(KeyScope.only(licences.keySet()), licences));
    }
    if (!udfs.isEmpty()) {
      draft.put(CUSTOM_FIELDS, new KeyedEntries<>(KeyScope.only(udfs.keySet()), udfs));
    }
    errors.forEach(draft::reject);
    String username = row.text("username");
    return new UserRow(row.line(), id, username == null ? null : username.trim(), draft.build());
  }

  private static EmbeddedSalesOrganization organization(
      Map<String, String> values, List<FieldError> errors) {
    Draft.Builder<SalesOrganization> draft = Draft.builder();
    SalesOrganizationId id = null;
    int before = errors.size();
    for (Map.Entry<String, String> entry : values.entrySet()) {
      String name = entry.getKey();
      if (name.equals(UserColumns.ID)) {
        if (isGiven(entry.getValue())) {
          UUID uuid = uuid(entry.getValue());
          if (uuid == null) {
            errors.add(malformed(SALES_ORGANIZATION.name() + ".id", "is not a UUID"));
          } else {
            id = SalesOrganizationId.of(uuid);
          }
        }
        continue;
      }
      Column<SalesOrganization> column = UserColumns.ORGANIZATION_BY_NAME.get(name);
      if (column == null) {
        errors.add(
            new FieldError(
                UserColumns.ORGANIZATION + "." + name,
                FieldError.Code.UNKNOWN,
                "is not a column of a sales organization"));
      } else {
        List<FieldError> own = new ArrayList<>();
        read(column, entry.getValue(), draft, own);
        own.forEach(e -> errors.add(e.under(SALES_ORGANIZATION.name())));
      }
    }
    return errors.size() > before ? null : new EmbeddedSalesOrganization(id, draft.build());
  }

  /** One column's text into {@code draft}; a text that cannot be read adds an error instead. */
  private static <A> void read(
      Column<A> column, String value, Draft.Builder<A> draft, List<FieldError> errors) {
    if (!isGiven(value)) {
      draft.cover(column.field());
      return;
    }
    switch (column.reading()) {
      case TEXT -> draft.put(column.field(), value);
      case FLAG -> {
        Boolean flag = flag(value);
        if (flag == null) {
          errors.add(malformed(column.path(), "must be true or false"));
        } else {
          draft.put(column.field(), flag);
        }
      }
      case DATE -> {
        try {
          draft.put(column.field(), LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
          errors.add(malformed(column.path(), "is not a date (yyyy-MM-dd)"));
        }
      }
      case ID -> {
        UUID uuid = uuid(value);
        if (uuid == null) {
          errors.add(malformed(column.path(), "is not a UUID"));
        } else {
          draft.refer(column.field(), Reference.byId(uuid));
        }
      }
      case CODE -> draft.refer(column.field(), Reference.byCode(value.trim()));
      case LICENCE -> throw new IllegalArgumentException(column.name() + " is read with the row");
    }
  }

  /** true or false (ignoring case), empty for false; null for any other text. */
  private static Boolean flag(String value) {
    if (!isGiven(value)) {
      return false;
    }
    String text = value.trim().toLowerCase(Locale.ROOT);
    return text.equals("true") ? Boolean.TRUE : text.equals("false") ? Boolean.FALSE : null;
  }

  private static UUID uuid(String value) {
    try {
      String text = value.trim();
      UUID uuid = UUID.fromString(text);
      // UUID.fromString accepts short groups ("1-2-3-4-5"); only the canonical form is an id.
      return uuid.toString().equalsIgnoreCase(text) ? uuid : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static FieldError malformed(String path, String message) {
    return new FieldError(path, FieldError.Code.MALFORMED, message);
  }

  private static boolean isGiven(String value) {
    return value != null && !value.isBlank();
  }
}
