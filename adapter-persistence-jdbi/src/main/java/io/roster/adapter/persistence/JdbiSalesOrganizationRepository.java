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
import org.jdbi.v3.core.statement.Update;

final class JdbiSalesOrganizationRepository implements SalesOrganizationRepository {
  private static final String COLUMNS =
      "id, code, name, description, accountancy_code, vat_reg_code,"
          + " default_unit_of_measure_system_type, country_id, currency_id, language_id, street,"
          + " street2, street_number, zip, city, email, phone, fax, url, archived, modified_at,"
          + " version";

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
    transactions.withHandle(
        h ->
            bind(
                    h.createUpdate(
                        "insert into sales_organization (" + COLUMNS + ") values (:"
                            + COLUMNS.replace(", ", ", :") + ")"),
                    organization)
                .execute());
  }

  @Override
  public void update(SalesOrganization organization, long expectedVersion) {
    int rows =
        transactions.withHandle(
            h ->
                bind(
                        h.createUpdate(
                            "update sales_organization set code = :code, name = :name,"
                                + " description = :description, accountancy_code = :accountancy_code,"
                                + " vat_reg_code = :vat_reg_code,"
                                + " default_unit_of_measure_system_type = :default_unit_of_measure_system_type,"
                                + " country_id = :country_id, currency_id = :currency_id,"
                                + " language_id = :language_id, street = :street, street2 = :street2,"
                                + " street_number = :street_number, zip = :zip, city = :city,"
                                + " email = :email, phone = :phone, fax = :fax, url = :url,"
                                + " archived = :archived, modified_at = :modified_at, version = :version"
                                + " where id = :id and version = :expected"),
                        organization)
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
                page.select(h, "select " + COLUMNS + " from sales_organization", "name, id")
                    .map((rs, ctx) -> read(rs))
                    .list(),
                page.count(h, "sales_organization"),
                query.offset()));
  }

  private Optional<SalesOrganization> one(String column, Object value) {
    return transactions.withHandle(
        h ->
            h.createQuery("select " + COLUMNS + " from sales_organization where " + column + " = :value")
                .bind("value", value)
                .map((rs, ctx) -> read(rs))
                .findOne());
  }

  private static Update bind(Update update, SalesOrganization o) {
    OrganizationProfile profile = o.profile();
    RegionalSettings regional = o.regional();
    PostalAddress address = o.address();
    ContactPoints contact = o.contact();
    return update
        .bind("id", o.id().value())
        .bind("code", profile.code())
        .bind("name", profile.name())
        .bind("description", profile.description())
        .bind("accountancy_code", profile.accountancyCode())
        .bind("vat_reg_code", profile.vatRegCode())
        .bind("default_unit_of_measure_system_type", profile.defaultUnitOfMeasureSystemType())
        .bind("country_id", Sql.uuid(regional.country()))
        .bind("currency_id", Sql.uuid(regional.currency()))
        .bind("language_id", Sql.uuid(regional.language()))
        .bind("street", address.street())
        .bind("street2", address.street2())
        .bind("street_number", address.streetNumber())
        .bind("zip", address.zip())
        .bind("city", address.city())
        .bind("email", contact.email())
        .bind("phone", contact.phone())
        .bind("fax", contact.fax())
        .bind("url", contact.url())
        .bind("archived", o.archived())
        .bind("modified_at", Sql.timestamp(o.modifiedAt()))
        .bind("version", o.version());
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
