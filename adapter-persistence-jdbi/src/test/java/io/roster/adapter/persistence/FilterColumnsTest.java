package io.roster.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.application.port.in.Filterable;
import org.junit.jupiter.api.Test;

class FilterColumnsTest {
  @Test
  void every_field_a_list_may_be_filtered_on_has_a_column() {
    assertThat(UserQueries.FILTER_COLUMNS.keySet()).containsAll(Filterable.USER_FIELDS);
    assertThat(JdbiSalesOrganizationRepository.FILTER_COLUMNS.keySet())
        .containsAll(Filterable.SALES_ORGANIZATION_FIELDS);
  }
}
