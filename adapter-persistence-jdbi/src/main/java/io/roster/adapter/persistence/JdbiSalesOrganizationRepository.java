package io.roster.adapter.persistence;

import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Page;
import io.roster.application.port.out.SalesOrganizationRepository;
import io.roster.domain.failure.VersionConflict;
import io.roster.domain.field.Field;
import io.roster.domain.salesorg.ContactPoints;
import io.roster.domain.salesorg.OrganizationProfile;
import io.roster.domain.salesorg.PostalAddress;
import io.roster.domain.salesorg.RegionalSettings;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationFields;
import io.roster.domain.salesorg.SalesOrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The sales organization repository port over the {@code sales_organization} table, whose columns
 * are written once for the select, the insert and the update of a row.
 */
final class JdbiSalesOrganizationRepository implements SalesOrganizationRepository {
  /** The columns of {@code sales_organization}, written once. */
  private static final Columns<SalesOrganization> COLUMNS =
      Columns.<SalesOrganization>builder()
          .value("id", o -> o.id().value())
          .text("code", o -> o.profile().code())
          .text("name", o -> o.profile().name())
          .text("description", o -> o.profile().description())
          .text("accountancy_code", o -> o.profile().accountancyCode())
          .text("vat_reg_code", o -> o.profile().vatRegCode())
          .text(
              "default_unit_of_measure_system_type",
              o -> o.profile().defaultUnitOfMeasureSystemType())
          .uuid("country_id", o -> o.regional().country())
          .uuid("currency_id", o -> o.regional().currency())
          .uuid("language_id", o -> o.regional().language())
          .text("street", o -> o.address().street())
          .text("street2", o -> o.address().street2())
          .text("street_number", o -> o.address().streetNumber())
          .text("zip", o -> o.address().zip())
          .text("city", o -> o.address().city())
          .text("email", o -> o.contact().email())
          .text("phone", o -> o.contact().phone())
          .text("fax", o -> o.contact().fax())
          .text("url", o -> o.contact().url())
          .flag("archived", SalesOrganization::archived)
          .timestamp("modified_at", SalesOrganization::modifiedAt)
          .number("version", SalesOrganization::version)
          .build();

  private static final String SELECT = "select " + COLUMNS.names() + " from sales_organization";
  private static final String INSERT =
      "insert into sales_organization ("
          + COLUMNS.names()
          + ") values ("
          + COLUMNS.parameters()
          + ")";
  private static final String UPDATE =
      "update sales_organization set "
          + COLUMNS.assignments()
          + " where id = :id and version = :expected";
  private static final RowMapper<SalesOrganization> ROWS = (rs, ctx) -> read(rs);

  /** The column of every field a list may be filtered on (see {@code Filterable}). */
  static final Map<Field<?, ?>, String> FILTER_COLUMNS =
      Map.of(
          SalesOrganizationFields.CODE, "code",
          SalesOrganizationFields.NAME, "name",
          SalesOrganizationFields.CITY, "city",
          SalesOrganizationFields.COUNTRY, "country_id",
          SalesOrganizationFields.EMAIL, "email",
          SalesOrganizationFields.ARCHIVED, "archived");

  private final Transactions transactions;

  JdbiSalesOrganizationRepository(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<SalesOrganization> findById(SalesOrganizationId id) {
    return one("id", id.value());
  }

  @Override
  public Optional<SalesOrganization> findByCode(String code) {
    return one("code", code);
  }

  @Override
  public void insert(SalesOrganization organization) {
    transactions.withHandle(h -> COLUMNS.bind(h.createUpdate(INSERT), organization).execute());
  }

  @Override
  public void update(SalesOrganization organization, long expectedVersion) {
    int rows =
        transactions.withHandle(
            h ->
                COLUMNS
                    .bind(h.createUpdate(UPDATE), organization)
                    .bind("expected", expectedVersion)
                    .execute());
    if (rows == 0) {
      throw new VersionConflict("SalesOrganization", organization.id());
    }
  }

  @Override
  public Page<SalesOrganization> find(ListQuery query) {
    PageQuery page = new PageQuery(query, FILTER_COLUMNS, List.of("lower(code)", "lower(name)"));
    return transactions.withHandle(
        h ->
            new Page<>(
                page.select(h, SELECT, "name, id").map(ROWS).list(),
                page.count(h, "sales_organization"),
                query.offset()));
  }

  private Optional<SalesOrganization> one(String column, Object value) {
    return transactions.withHandle(
        h ->
            h.createQuery(SELECT + " where " + column + " = :value")
                .bind("value", value)
                .map(ROWS)
                .findOne());
  }

  private static SalesOrganization read(ResultSet rs) throws SQLException {
    return new SalesOrganization(
        SalesOrganizationId.of(Sql.uuid(rs, "id")),
        new OrganizationProfile(
            rs.getString("code"),
            rs.getString("name"),
            rs.getString("description"),
            rs.getString("accountancy_code"),
            rs.getString("vat_reg_code"),
            rs.getString("default_unit_of_measure_system_type")),
        new RegionalSettings(
            Sql.uuid(rs, "country_id"), Sql.uuid(rs, "currency_id"), Sql.uuid(rs, "language_id")),
        new PostalAddress(
            rs.getString("street"),
            rs.getString("street2"),
            rs.getString("street_number"),
            rs.getString("zip"),
            rs.getString("city")),
        new ContactPoints(
            rs.getString("email"), rs.getString("phone"), rs.getString("fax"), rs.getString("url")),
        rs.getBoolean("archived"),
        Sql.instant(rs, "modified_at"),
        rs.getLong("version"));
  }
}
