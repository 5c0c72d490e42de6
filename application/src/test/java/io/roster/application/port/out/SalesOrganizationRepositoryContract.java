package io.roster.application.port.out;

import static io.roster.application.fixtures.Mother.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roster.application.Ports;
import io.roster.application.fixtures.Mother;
import io.roster.application.port.in.Criterion;
import io.roster.application.port.in.ListQuery;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.UniquenessViolated;
import io.roster.domain.failure.VersionConflict;
import io.roster.domain.field.Draft;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationFields;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SalesOrganizationRepository} does. */
public abstract class SalesOrganizationRepositoryContract {
  private Ports ports;
  private SalesOrganizationRepository organizations;

  protected abstract Ports emptyPorts();

  @BeforeEach
  void setUp() {
    ports = emptyPorts();
    organizations = ports.salesOrganizations();
  }

  private <T> T tx(Supplier<T> work) {
    return ports.unitOfWork().inTransaction(work);
  }

  private void tx(Runnable work) {
    tx(
        () -> {
          work.run();
          return null;
        });
  }

  private SalesOrganization organization(String code, String name) {
    return Mother.organization(code, name, ports.referenceData());
  }

  @Test
  void an_inserted_organization_is_found_by_id_and_by_code() {
    SalesOrganization oslo = organization("OSL", "Oslo");
    tx(() -> organizations.insert(oslo));

    assertThat(tx(() -> organizations.findById(oslo.id()))).contains(oslo);
    assertThat(tx(() -> organizations.findByCode("OSL"))).contains(oslo);
    assertThat(tx(() -> organizations.findByCode("BGO"))).isEmpty();
  }

  @Test
  void a_taken_code_is_refused_naming_the_code() {
    tx(() -> organizations.insert(organization("OSL", "Oslo")));

    assertThatThrownBy(() -> tx(() -> organizations.insert(organization("OSL", "Other"))))
        .isInstanceOfSatisfying(
            UniquenessViolated.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("code"));
  }

  @Test
  void an_update_needs_the_current_version() {
    SalesOrganization oslo = organization("OSL", "Oslo");
    tx(() -> organizations.insert(oslo));
    SalesOrganization renamed = rename(oslo, "Oslo Sales");
    tx(() -> organizations.update(renamed, 1));

    assertThat(tx(() -> organizations.findById(oslo.id()))).contains(renamed);
    assertThatThrownBy(() -> tx(() -> organizations.update(rename(oslo, "Late"), 1)))
        .isInstanceOf(VersionConflict.class);
    assertThat(tx(() -> organizations.findById(oslo.id()))).contains(renamed);
  }

  @Test
  void lists_are_ordered_by_name_and_leave_out_archived_ones_unless_asked() {
    tx(() -> organizations.insert(organization("C", "Copenhagen")));
    tx(() -> organizations.insert(organization("A", "Amsterdam")));
    SalesOrganization berlin = organization("B", "Berlin");
    tx(() -> organizations.insert(berlin));
    SalesOrganization archived =
        berlin
            .update(
                Draft.<SalesOrganization>builder()
                    .set(SalesOrganizationFields.ARCHIVED, true)
                    .build(),
                code -> Optional.empty(),
                T0.plusSeconds(1))
            .after();
    tx(() -> organizations.update(archived, 1));

    assertThat(tx(() -> organizations.find(ListQuery.firstPage(10))).items())
        .extracting(o -> o.profile().name())
        .containsExactly("Amsterdam", "Copenhagen");
    assertThat(tx(() -> organizations.find(new ListQuery(null, true, 1, 1))).items())
        .extracting(o -> o.profile().name())
        .containsExactly("Berlin");
    assertThat(tx(() -> organizations.find(new ListQuery("open", true, 0, 10))).items())
        .extracting(o -> o.profile().code())
        .containsExactly("C");
  }

  @Test
  void a_filter_selects_by_code_and_name() {
    tx(() -> organizations.insert(organization("OSL", "Oslo")));
    tx(() -> organizations.insert(organization("BGO", "Bergen")));

    assertThat(
            tx(() ->
                    organizations.find(
                        new ListQuery(
                            null,
                            new Criterion.Or(
                                new Criterion.Equals(SalesOrganizationFields.CODE, "osl", false),
                                new Criterion.StartsWith(SalesOrganizationFields.NAME, "ber")),
                            false,
                            0,
                            10)))
                .items())
        .extracting(o -> o.profile().code())
        .containsExactly("BGO", "OSL");
  }

  private SalesOrganization rename(SalesOrganization organization, String name) {
    return organization
        .update(
            Draft.<SalesOrganization>builder().set(SalesOrganizationFields.NAME, name).build(),
            code -> Optional.empty(),
            T0.plusSeconds(5))
        .after();
  }
}
