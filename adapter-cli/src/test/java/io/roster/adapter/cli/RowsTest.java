package io.roster.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roster.domain.customfield.CustomFields;
import io.roster.domain.failure.FieldError;
import io.roster.domain.field.KeyedEntries;
import io.roster.domain.reference.Reference;
import io.roster.domain.salesorg.EmbeddedSalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationFields;
import io.roster.domain.user.UserFields;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rows as files give them, and as drafts the use cases take. */
class RowsTest {

  @Test
  void a_row_covers_its_columns_and_no_other_field() {
    RowDrafts.UserRow row =
        RowDrafts.user(
            new Row(
                7,
                Map.of(
                    "Username", " ann@example.com ",
                    "firstname", "",
                    "birthdate", "1990-12-10",
                    "is_team_leader", "TRUE",
                    "allow_sales_app", "true",
                    "udf7", "seven",
                    "private_db_country_code", "NO")));

    assertThat(row.line()).isEqualTo(7);
    assertThat(row.username()).isEqualTo("ann@example.com");
    assertThat(row.draft().view())
        .containsExactlyInAnyOrder(
            UserFields.USERNAME,
            UserFields.FIRSTNAME,
            UserFields.BIRTHDATE,
            UserFields.IS_TEAM_LEADER,
            UserFields.LICENCES,
            UserFields.CUSTOM_FIELDS,
            UserFields.PRIVATE_COUNTRY);
    assertThat(row.draft().value(UserFields.FIRSTNAME)).isNull();
    assertThat(row.draft().value(UserFields.BIRTHDATE)).isEqualTo(LocalDate.of(1990, 12, 10));
    assertThat(row.draft().value(UserFields.IS_TEAM_LEADER)).isTrue();
    KeyedEntries<?> licences = (KeyedEntries<?>) row.draft().given(UserFields.LICENCES);
    assertThat(licences.scope().covers("sales-app")).isTrue();
    assertThat(licences.scope().covers("hero-app")).isFalse();
    KeyedEntries<?> udfs = (KeyedEntries<?>) row.draft().given(UserFields.CUSTOM_FIELDS);
    assertThat(udfs.entries().get("udf7")).isEqualTo("seven");
    assertThat(udfs.scope().covers("udf8")).isFalse();
    List<Reference<?>> country = row.draft().references().get(UserFields.PRIVATE_COUNTRY);
    assertThat(country).hasSize(1);
    assertThat(country.get(0)).isEqualTo(Reference.byCode("NO"));
    assertThat(row.draft().rejected()).isEmpty();
  }

  @Test
  void the_organization_is_named_first_then_given_in_full() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("sales_organization.code", "OSL");
    values.put("sales_organization.name", "Oslo");
    values.put("sales_organization_code", "OSL");

    RowDrafts.UserRow row = RowDrafts.user(new Row(1, values));

    List<Reference<?>> references = row.draft().references().get(UserFields.SALES_ORGANIZATION);
    assertThat(references).hasSize(2);
    assertThat(references.get(0)).isEqualTo(Reference.byCode("OSL"));
    EmbeddedSalesOrganization embedded =
        (EmbeddedSalesOrganization) ((Reference.Embedded<?>) references.get(1)).entity();
    assertThat(embedded.code()).isEqualTo("OSL");
    assertThat(embedded.draft().value(SalesOrganizationFields.NAME)).isEqualTo("Oslo");
    assertThat(embedded.draft().view())
        .containsExactlyInAnyOrder(SalesOrganizationFields.CODE, SalesOrganizationFields.NAME);
  }

  @Test
  void values_that_cannot_be_read_are_rejected_each_named_as_its_column() {
    RowDrafts.UserRow row =
        RowDrafts.user(
            new Row(
                1,
                Map.of(
                    "id", "not-a-uuid",
                    "birthdate", "10.12.1990",
                    "disabled", "maybe",
                    "allow_hero_app", "yes",
                    "team_leader_user_id", "1-2-3-4-5",
                    "nickname", "x",
                    "sales_organization.vat", "x")));

    assertThat(row.draft().rejected())
        .extracting(e -> UserColumns.columnOf(e.field()), FieldError::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("id", FieldError.Code.MALFORMED),
            org.assertj.core.groups.Tuple.tuple("birthdate", FieldError.Code.MALFORMED),
            org.assertj.core.groups.Tuple.tuple("disabled", FieldError.Code.MALFORMED),
            org.assertj.core.groups.Tuple.tuple("allow_hero_app", FieldError.Code.MALFORMED),
            org.assertj.core.groups.Tuple.tuple("team_leader_user_id", FieldError.Code.MALFORMED),
            org.assertj.core.groups.Tuple.tuple("nickname", FieldError.Code.UNKNOWN),
            org.assertj.core.groups.Tuple.tuple("sales_organization.vat", FieldError.Code.UNKNOWN));
    assertThat(row.draft().covers(UserFields.BIRTHDATE)).isFalse();
  }

  @Test
  void domain_paths_read_as_columns() {
    assertThat(UserColumns.columnOf("privateEmail")).isEqualTo("private_email");
    assertThat(UserColumns.columnOf("licences.hero-app")).isEqualTo("allow_hero_app");
    assertThat(UserColumns.columnOf(CustomFields.FIELD + ".udf7")).isEqualTo("udf7");
    assertThat(UserColumns.columnOf("salesOrganization.vatRegCode"))
        .isEqualTo("sales_organization.vat_reg_code");
    assertThat(UserColumns.columnOf("privateCountry")).isEqualTo("private_db_country_code");
    assertThat(UserColumns.columnOf("somethingElse")).isEqualTo("somethingElse");
  }

  @Test
  void json_lines_nest_the_organization_and_read_back_flat() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", "6f1c1a52-2f43-4f0e-9a39-3c1a2b4d5e60");
    row.put("username", "ann@example.com");
    row.put("notes", null);
    row.put("archived", false);
    row.put("sales_organization.code", "OSL");
    row.put("sales_organization.name", "Oslo \"office\"");
    StringWriter out = new StringWriter();
    try (RowFormat.RowWriter writer = RowFormat.JSONL.writer(out)) {
      writer.write(row);
    }

    assertThat(out.toString())
        .isEqualTo(
            "{\"id\":\"6f1c1a52-2f43-4f0e-9a39-3c1a2b4d5e60\",\"username\":\"ann@example.com\","
                + "\"archived\":false,"
                + "\"sales_organization\":{\"code\":\"OSL\",\"name\":\"Oslo \\\"office\\\"\"}}\n");
    List<Row> read = rows(RowFormat.JSONL, "\n" + out + "[1]\n{\"a\":[1]}\n");
    assertThat(read.get(0).line()).isEqualTo(2);
    assertThat(read.get(0).values())
        .containsEntry("archived", "false")
        .containsEntry("sales_organization.name", "Oslo \"office\"")
        .doesNotContainKey("notes");
    assertThat(read.get(1).problem()).isEqualTo("is not a JSON object");
    assertThat(read.get(2).problem()).contains("a is not a text");
  }

  @Test
  void csv_has_every_column_in_its_header_and_reads_back() {
    Map<String, Object> row = new LinkedHashMap<>();
    UserColumns.WRITTEN.forEach(column -> row.put(column, null));
    row.put("username", "ann@example.com");
    row.put("notes", "one, \"two\"\nthree");
    row.put("archived", true);
    StringWriter out = new StringWriter();
    try (RowFormat.RowWriter writer = RowFormat.CSV.writer(out)) {
      writer.write(row);
      writer.write(row);
    }

    assertThat(out.toString().lines().findFirst().orElseThrow())
        .isEqualTo(String.join(",", UserColumns.WRITTEN));
    List<Row> read = rows(RowFormat.CSV, out.toString());
    assertThat(read).hasSize(2);
    assertThat(read.get(0).line()).isEqualTo(2);
    assertThat(read.get(1).line()).isEqualTo(4);
    assertThat(read.get(0).values())
        .containsEntry("notes", "one, \"two\"\nthree")
        .containsEntry("archived", "true")
        .containsEntry("udf100", "");
    assertThatThrownBy(() -> rows(RowFormat.CSV, "username,colour\nann,red\n"))
        .isInstanceOf(CliFailure.class)
        .hasMessage("unknown column colour");
  }

  private static List<Row> rows(RowFormat format, String text) {
    List<Row> rows = new ArrayList<>();
    Iterator<Row> iterator = format.rows(new BufferedReader(new StringReader(text)));
    iterator.forEachRemaining(rows::add);
    return rows;
  }
}
