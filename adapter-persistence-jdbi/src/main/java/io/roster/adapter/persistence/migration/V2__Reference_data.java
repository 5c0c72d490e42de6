package io.roster.adapter.persistence.migration;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Seeds the ISO lists from the JDK (countries ISO 3166, languages ISO 639, currencies ISO 4217),
 * the roles and the module licences. Ids are name-based UUIDs ({@code kind:code}), the same on
 * every installation, so a client can keep them.
 */
public final class V2__Reference_data extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (PreparedStatement countries =
        connection.prepareStatement(
            "insert into ref_country (id, number, code, alpha3, name) values (?, ?, ?, ?, ?)")) {
      List<String> codes = List.of(Locale.getISOCountries());
      int number = 0;
      for (String code : codes.stream().sorted().toList()) {
        Locale country = new Locale("", code);
        countries.setObject(1, id("country", code));
        countries.setInt(2, ++number);
        countries.setString(3, code);
        countries.setString(4, alpha3(country));
        countries.setString(5, nameOr(country.getDisplayCountry(Locale.ENGLISH), code));
        countries.addBatch();
      }
      countries.executeBatch();
    }
    List<String[]> languages =
        List.of(Locale.getISOLanguages()).stream()
            .sorted()
            .map(
                code ->
                    new String[] {
                      code, nameOr(new Locale(code).getDisplayLanguage(Locale.ENGLISH), code)
                    })
            .toList();
    insert(connection, "ref_language", "language", languages);
    List<String[]> currencies =
        Currency.getAvailableCurrencies().stream()
            .sorted(Comparator.comparing(Currency::getCurrencyCode))
            .map(
                c ->
                    new String[] {
                      c.getCurrencyCode(),
                      nameOr(c.getDisplayName(Locale.ENGLISH), c.getCurrencyCode())
                    })
            .toList();
    insert(connection, "ref_currency", "currency", currencies);
    insert(
        connection,
        "ref_role",
        "role",
        List.of(
            new String[] {"administrator", "Administrator"},
            new String[] {"user-manager", "User manager"},
            new String[] {"hr", "HR"},
            new String[] {"standard", "Standard"},
            new String[] {"read-only", "Read only"}));
    insert(
        connection,
        "ref_module_licence",
        "licence",
        List.of(
            new String[] {"hero-app", "Hero app"},
            new String[] {"sales-app", "Sales app"},
            new String[] {"service-app", "Service app"}));
  }

  private static void insert(Connection connection, String table, String kind, List<String[]> rows)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "insert into " + table + " (id, number, code, name) values (?, ?, ?, ?)")) {
      int number = 0;
      for (String[] row : rows) {
        statement.setObject(1, id(kind, row[0]));
        statement.setInt(2, ++number);
        statement.setString(3, row[0]);
        statement.setString(4, row[1]);
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  /** The id every installation gives the item {@code code} of {@code kind}. */
  public static UUID id(String kind, String code) {
    return UUID.nameUUIDFromBytes((kind + ":" + code).getBytes(StandardCharsets.UTF_8));
  }

  private static String alpha3(Locale country) {
    try {
      String alpha3 = country.getISO3Country();
      return alpha3.isEmpty() ? null : alpha3;
    } catch (MissingResourceException e) {
      return null;
    }
  }

  private static String nameOr(String name, String code) {
    return name == null || name.isBlank() ? code : name;
  }
}
