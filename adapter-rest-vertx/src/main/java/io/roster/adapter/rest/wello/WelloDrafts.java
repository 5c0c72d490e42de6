package io.roster.adapter.rest.wello;

import static io.roster.domain.user.UserFields.CUSTOM_FIELDS;
import static io.roster.domain.user.UserFields.LICENCES;

import io.roster.adapter.rest.wello.WelloFields.Property;
import io.roster.domain.customfield.CustomFields;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.field.Draft;
import io.roster.domain.field.Field;
import io.roster.domain.field.KeyScope;
import io.roster.domain.field.KeyedEntries;
import io.roster.domain.reference.Reference;
import io.roster.domain.salesorg.EmbeddedSalesOrganization;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.user.User;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a Wello request body says, as drafts, property by property as {@link WelloFields} declares
 * them. A user's draft covers exactly the fields Wello shows, so a PUT replaces them and keeps
 * every other field (initials, role, extra fields, other licences).
 *
 * <p>Hand-written rather than MapStruct: a draft is no bean but a field-by-field builder, one value
 * may come from three properties (id, code, embedded), three flags make one licence value, the
 * custom fields come from the properties the record does not name, and a value that cannot be read
 * is an error to collect, not an exception that ends the mapping.
 */
final class WelloDrafts {
  private WelloDrafts() {}

  /**
   * {@code body} as a user's draft; with {@code strict}, a property the seed does not name is an
   * error too. A value that cannot be read is left out (its field keeps its stored value) and
   * {@linkplain Draft#rejected() rejected}: the use case reports it with every other error of the
   * request.
   */
  static Draft<User> user(WelloUser body, boolean strict) {
    List<FieldError> errors = new ArrayList<>();
    if (strict) {
      unknownProperties(body)
          .forEach(
              name ->
                  errors.add(
                      new FieldError(name, FieldError.Code.UNKNOWN, "is not a property of user")));
    }
    Draft.Builder<User> draft = Draft.covering(WelloFields.USER_VIEW);
    Set<Field<User, ?>> unread = new LinkedHashSet<>();
    Map<String, Boolean> licences = new LinkedHashMap<>();
    for (Property<User, WelloUser> property : WelloFields.USER) {
      Object value = property.value().apply(body);
      switch (property.reading()) {
        case LICENCE -> licences.put(property.licence(), Boolean.TRUE.equals(value));
        case EMBEDDED -> {
          if (value instanceof WelloSalesOrganization embedded) {
            draft.refer(property.field(), Reference.embedded(embedded(embedded)));
          }
        }
        default -> {
          if (!read(property, value, draft, errors)) {
            unread.add(property.field());
          }
        }
      }
    }
    draft.put(LICENCES, new KeyedEntries<>(KeyScope.only(licences.keySet()), licences));
    draft.put(CUSTOM_FIELDS, udfs(body.more(), errors));
    errors.forEach(draft::reject);
    Draft<User> built = draft.build();
    for (Field<User, ?> field : unread) {
      built = built.without(field);
    }
    return built;
  }

  /**
   * A sales organization's draft: every field (a PUT of the organization itself), or only those
   * given (an organization embedded in a user is "updated with the given fields").
   */
  static Draft<SalesOrganization> organization(WelloSalesOrganization body, boolean onlyGiven) {
    Draft.Builder<SalesOrganization> draft =
        onlyGiven ? Draft.builder() : Draft.covering(WelloFields.ORGANIZATION_VIEW);
    List<FieldError> errors = new ArrayList<>();
    for (Property<SalesOrganization, WelloSalesOrganization> property : WelloFields.ORGANIZATION) {
      Object value = property.value().apply(body);
      if (value != null || !onlyGiven) {
        read(property, value, draft, errors);
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationFailed(errors);
    }
    return draft.build();
  }

  /**
   * One property's {@code value} into {@code draft}.
   *
   * @return false when the value cannot be read: an error says why
   */
  private static <A> boolean read(
      Property<A, ?> property, Object value, Draft.Builder<A> draft, List<FieldError> errors) {
    switch (property.reading()) {
      case VALUE -> draft.put(property.field(), value);
      case DATE -> {
        if (isGiven((String) value)) {
          LocalDate date = date((String) value);
          if (date == null) {
            errors.add(
                new FieldError(
                    property.path(),
                    FieldError.Code.MALFORMED,
                    "is not a date (yyyy-MM-dd, or an ISO 8601 date-time with or without an offset)"));
            return false;
          }
          draft.put(property.field(), date);
        }
      }
      case ID -> {
        if (value != null) {
          draft.refer(property.field(), Reference.byId((UUID) value));
        }
      }
      case CODE -> {
        if (isGiven((String) value)) {
          draft.refer(property.field(), Reference.byCode((String) value));
        }
      }
      default ->
          throw new IllegalArgumentException(property.name() + " is read with its aggregate");
    }
    return true;
  }

  private static EmbeddedSalesOrganization embedded(WelloSalesOrganization body) {
    return new EmbeddedSalesOrganization(
        body.id() == null ? null : SalesOrganizationId.of(body.id()), organization(body, true));
  }

  /** Properties the seed does not name, in the user and in its embedded organization. */
  private static List<String> unknownProperties(WelloUser body) {
    List<String> unknown = new ArrayList<>();
    if (body.more() != null) {
      body.more().keySet().stream().filter(name -> !CustomFields.isUdf(name)).forEach(unknown::add);
    }
    if (body.salesOrganization() != null && body.salesOrganization().more() != null) {
      body.salesOrganization()
          .more()
          .keySet()
          .forEach(name -> unknown.add("sales_organization." + name));
    }
    return unknown;
  }

  /**
   * udf1..udf100, which land among the properties the record does not name. A value that is no text
   * is an error, and that custom field keeps its stored value.
   */
  private static KeyedEntries<String> udfs(Map<String, Object> more, List<FieldError> errors) {
    Map<String, String> udfs = new LinkedHashMap<>();
    Set<String> unread = new LinkedHashSet<>();
    if (more != null) {
      more.forEach(
          (name, value) -> {
            String key = name.toLowerCase(Locale.ROOT);
            if (!CustomFields.isUdf(key)) {
              return;
            }
            if (value == null || value instanceof String) {
              udfs.put(key, (String) value);
            } else {
              errors.add(
                  new FieldError(
                      CustomFields.FIELD + "." + key,
                      FieldError.Code.MALFORMED,
                      "must be a string"));
              unread.add(key);
            }
          });
    }
    if (unread.isEmpty()) {
      return new KeyedEntries<>(CustomFields.udfScope(), udfs);
    }
    Set<String> read = new LinkedHashSet<>(CustomFields.UDF_NAMES);
    read.removeAll(unread);
    return new KeyedEntries<>(KeyScope.only(read), udfs);
  }

  /**
   * A date-time as .NET writes a {@code DateTime}: ISO 8601, with an offset ({@code +02:00}, {@code
   * Z}) or without one (an unspecified kind, the default for a date).
   */
  private static final DateTimeFormatter DATE_TIME =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffsetId()
          .optionalEnd()
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT)
          .withChronology(IsoChronology.INSTANCE);

  /**
   * A calendar date: "1990-12-10", or the date of a date-time as written, whatever its time and
   * offset ("1990-12-10T00:00:00", "1990-12-10T23:00:00-05:00" are both 10 December: a birthday has
   * no time zone, so no offset moves it); null when it is neither.
   */
  private static LocalDate date(String text) {
    String trimmed = text.trim();
    try {
      return trimmed.length() == 10
          ? LocalDate.parse(trimmed)
          : LocalDate.from(DATE_TIME.parse(trimmed));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean isGiven(String text) {
    return text != null && !text.isBlank();
  }
}
