package io.roster.domain.user;

import static io.roster.domain.testkit.ExampleUsers.created;
import static io.roster.domain.testkit.ExampleUsers.person;
import static io.roster.domain.testkit.UserGen.EPOCH;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.domain.field.Draft;
import io.roster.domain.field.FieldChange;
import io.roster.domain.field.KeyScope;
import io.roster.domain.field.KeyedEntries;
import io.roster.domain.field.Revision;
import io.roster.domain.testkit.MapUserDirectory;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LicencesTest {
  private static final Instant LATER = EPOCH.plusSeconds(3600);

  private final MapUserDirectory directory = new MapUserDirectory();
  private final User ann =
      created(
          1,
          person("ann")
              .put(UserFields.LICENCES, KeyedEntries.all(granted("crm", "hero-app", "sales-app"))),
          directory);

  @Test
  void a_draft_scoped_to_some_licences_grants_and_revokes_those_and_keeps_the_others() {
    Map<String, Boolean> entries = new LinkedHashMap<>();
    entries.put("hero-app", false);
    entries.put("service-app", true);

    User after =
        withLicences(new KeyedEntries<>(KeyScope.only(Set.of("hero-app", "service-app")), entries));

    assertThat(after.access().licences()).containsExactly("crm", "sales-app", "service-app");
  }

  @Test
  void a_licence_in_the_scope_without_an_entry_is_revoked() {
    User after =
        withLicences(new KeyedEntries<>(KeyScope.only(Set.of("crm", "hero-app")), granted("crm")));

    assertThat(after.access().licences()).containsExactly("crm", "sales-app");
  }

  @Test
  void an_entry_outside_the_scope_is_ignored() {
    User after =
        withLicences(
            new KeyedEntries<>(KeyScope.only(Set.of("crm")), granted("crm", "service-app")));

    assertThat(after.access().licences()).containsExactly("crm", "hero-app", "sales-app");
  }

  @Test
  void licence_codes_and_scopes_ignore_case() {
    User after =
        withLicences(
            new KeyedEntries<>(
                KeyScope.only(Set.of("Hero-App", "SERVICE-APP")), granted("Service-App")));

    assertThat(after.access().licences()).containsExactly("crm", "sales-app", "service-app");
  }

  @Test
  void a_draft_over_every_licence_grants_exactly_those_it_lists() {
    User after = withLicences(KeyedEntries.all(granted("service-app")));

    assertThat(after.access().licences()).containsExactly("service-app");
  }

  @Test
  void a_licence_change_is_listed_as_the_sorted_codes_before_and_after() {
    Revision<User> revision =
        ann.update(
            licencesDraft(new KeyedEntries<>(KeyScope.only(Set.of("hero-app")), Map.of())),
            directory,
            LATER);

    assertThat(revision.changes())
        .containsExactly(
            new FieldChange("licences", "[crm, hero-app, sales-app]", "[crm, sales-app]"));
  }

  private User withLicences(KeyedEntries<Boolean> licences) {
    return ann.update(licencesDraft(licences), directory, LATER).after();
  }

  private static Draft<User> licencesDraft(KeyedEntries<Boolean> licences) {
    return Draft.<User>builder().put(UserFields.LICENCES, licences).build();
  }

  private static Map<String, Boolean> granted(String... codes) {
    Map<String, Boolean> entries = new LinkedHashMap<>();
    for (String code : codes) {
      entries.put(code, true);
    }
    return entries;
  }
}
