package io.roster.adapter.rest.wello;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.roster.adapter.rest.wello.WelloFields.Property;
import io.roster.adapter.rest.wello.WelloFields.Reading;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The tables of {@link WelloFields} against the wire records (every property a client writes has
 * one declaration) and against the bounds the seed gives (which are the domain fields' own).
 */
class WelloFieldsTest {
  /**
   * Properties of the records that no draft reads: the id (read by the route) and the server's
   * time.
   */
  private static final Set<String> NOT_READ = Set.of("id", "modifiedDateutc", "more");

  @Test
  void the_user_table_declares_every_property_of_the_record_once() {
    assertThat(names(WelloFields.USER))
        .containsExactlyInAnyOrderElementsOf(properties(WelloUser.class));
  }

  @Test
  void the_organization_table_declares_every_property_of_the_record_once() {
    assertThat(names(WelloFields.ORGANIZATION))
        .containsExactlyInAnyOrderElementsOf(properties(WelloSalesOrganization.class));
  }

  @Test
  void the_bounded_user_properties_have_the_seeds_bounds() {
    Map<String, Integer> seed =
        WelloBoundsPropertyTest.FIELDS.stream()
            .collect(
                Collectors.toMap(
                    WelloBoundsPropertyTest.Bounded::name, WelloBoundsPropertyTest.Bounded::max));

    assertThat(bounds(WelloFields.USER)).isEqualTo(seed);
  }

  @Test
  void the_bounded_organization_properties_have_their_bounds() {
    assertThat(bounds(WelloFields.ORGANIZATION)).isEqualTo(WelloOrganizationPropertiesTest.BOUNDS);
  }

  private static List<String> names(List<? extends Property<?, ?>> table) {
    return table.stream().map(Property::name).toList();
  }

  /** The JSON names of a record's components. */
  private static List<String> properties(Class<? extends Record> type) {
    PropertyNamingStrategies.SnakeCaseStrategy snakeCase =
        new PropertyNamingStrategies.SnakeCaseStrategy();
    return Arrays.stream(type.getRecordComponents())
        .map(RecordComponent::getName)
        .filter(name -> !NOT_READ.contains(name))
        .map(snakeCase::translate)
        .toList();
  }

  private static Map<String, Integer> bounds(List<? extends Property<?, ?>> table) {
    return table.stream()
        .filter(property -> property.reading() == Reading.VALUE && property.field().maxLength() > 0)
        .collect(Collectors.toMap(Property::name, property -> property.field().maxLength()));
  }
}
