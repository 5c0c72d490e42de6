package io.roster.domain.salesorg;

import io.roster.domain.field.Field;
import io.roster.domain.reference.ReferenceKind;
import java.util.List;
import java.util.UUID;

/** Every writable field of a {@link SalesOrganization}, with its bounds. */
public final class SalesOrganizationFields {
  private SalesOrganizationFields() {}

  public static final Field<SalesOrganization, String> CODE =
      Field.text("code", 50, o -> o.profile().code());
  public static final Field<SalesOrganization, String> NAME =
      Field.<SalesOrganization>text("name", 255, o -> o.profile().name()).required();
  public static final Field<SalesOrganization, String> DESCRIPTION =
      Field.text("description", 0, o -> o.profile().description());
  public static final Field<SalesOrganization, String> ACCOUNTANCY_CODE =
      Field.text("accountancyCode", 50, o -> o.profile().accountancyCode());
  public static final Field<SalesOrganization, String> VAT_REG_CODE =
      Field.text("vatRegCode", 50, o -> o.profile().vatRegCode());
  public static final Field<SalesOrganization, String> DEFAULT_UNIT_OF_MEASURE_SYSTEM_TYPE =
      Field.text(
          "defaultUnitOfMeasureSystemType", 50, o -> o.profile().defaultUnitOfMeasureSystemType());

  public static final Field<SalesOrganization, UUID> COUNTRY =
      Field.reference("country", ReferenceKind.COUNTRY, o -> o.regional().country());
  public static final Field<SalesOrganization, UUID> CURRENCY =
      Field.reference("currency", ReferenceKind.CURRENCY, o -> o.regional().currency());
  public static final Field<SalesOrganization, UUID> LANGUAGE =
      Field.reference("language", ReferenceKind.LANGUAGE, o -> o.regional().language());

  public static final Field<SalesOrganization, String> STREET =
      Field.text("street", 255, o -> o.address().street());
  public static final Field<SalesOrganization, String> STREET2 =
      Field.text("street2", 255, o -> o.address().street2());
  public static final Field<SalesOrganization, String> STREET_NUMBER =
      Field.text("streetNumber", 50, o -> o.address().streetNumber());
  public static final Field<SalesOrganization, String> ZIP =
      Field.text("zip", 50, o -> o.address().zip());
  public static final Field<SalesOrganization, String> CITY =
      Field.text("city", 255, o -> o.address().city());

  public static final Field<SalesOrganization, String> EMAIL =
      Field.email("email", 255, o -> o.contact().email());
  public static final Field<SalesOrganization, String> PHONE =
      Field.text("phone", 50, o -> o.contact().phone());
  public static final Field<SalesOrganization, String> FAX =
      Field.text("fax", 50, o -> o.contact().fax());
  public static final Field<SalesOrganization, String> URL =
      Field.text("url", 255, o -> o.contact().url());

  public static final Field<SalesOrganization, Boolean> ARCHIVED =
      Field.flag("archived", SalesOrganization::archived);

  public static final List<Field<SalesOrganization, ?>> ALL =
      List.of(
          CODE,
          NAME,
          DESCRIPTION,
          ACCOUNTANCY_CODE,
          VAT_REG_CODE,
          DEFAULT_UNIT_OF_MEASURE_SYSTEM_TYPE,
          COUNTRY,
          CURRENCY,
          LANGUAGE,
          STREET,
          STREET2,
          STREET_NUMBER,
          ZIP,
          CITY,
          EMAIL,
          PHONE,
          FAX,
          URL,
          ARCHIVED);
}
