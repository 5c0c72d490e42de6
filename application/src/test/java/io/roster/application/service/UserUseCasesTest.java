package io.roster.application.service;

import static io.roster.application.fixtures.Mother.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roster.application.Ports;
import io.roster.application.UseCases;
import io.roster.application.fixtures.Mother;
import io.roster.application.memory.InMemoryPorts;
import io.roster.application.memory.InMemoryReferenceData;
import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.user.ArchiveUserCommand;
import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.application.port.in.user.UpdateUserCommand;
import io.roster.application.port.in.user.UserView;
import io.roster.application.port.out.AuditRecord;
import io.roster.domain.credential.CredentialDraft;
import io.roster.domain.credential.Secret;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.NotFound;
import io.roster.domain.failure.UniquenessViolated;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.failure.VersionConflict;
import io.roster.domain.field.Draft;
import io.roster.domain.field.KeyScope;
import io.roster.domain.field.KeyedEntries;
import io.roster.domain.field.Revision;
import io.roster.domain.reference.Reference;
import io.roster.domain.reference.ReferenceKind;
import io.roster.domain.salesorg.EmbeddedSalesOrganization;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationFields;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import io.roster.domain.user.UserId;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserUseCasesTest {
  private static final Principal ADMIN = new Principal("admin", null, Role.ADMINISTRATOR, false);

  private final InMemoryReferenceData data = InMemoryReferenceData.sample();
  private final Ports ports = InMemoryPorts.create(data, Clock.fixed(T0, ZoneOffset.UTC));
  private final UseCases useCases = UseCases.over(ports);
  private SalesOrganization oslo;

  @BeforeEach
  void anOrganizationExists() {
    oslo =
        useCases
            .createSalesOrganization()
            .create(
                new io.roster.application.port.in.salesorg.CreateSalesOrganizationCommand(
                    ADMIN, null, Mother.organizationDraft("OSL", "Oslo").build()))
            .after();
  }

  private Draft.Builder<User> draft(String username) {
    return Draft.<User>builder()
        .set(UserFields.USERNAME, username)
        .set(UserFields.LASTNAME, "Lovelace")
        .set(UserFields.EMAIL, username + "@example.test")
        .refer(UserFields.SALES_ORGANIZATION, Reference.byCode("OSL"));
  }

  private User create(Draft.Builder<User> draft) {
    return useCases
        .createUser()
        .create(new CreateUserCommand(ADMIN, null, draft.build()))
        .after()
        .user();
  }

  private Revision<User> update(User user, Draft.Builder<User> draft) {
    return useCases
        .updateUser()
        .update(new UpdateUserCommand(ADMIN, user.id(), null, Precondition.none(), draft.build()))
        .map(UserView::user);
  }

  private User stored(User user) {
    return useCases.getUser().get(ADMIN, user.id()).user();
  }

  @Test
  void create_resolves_references_by_code_and_records_who_created_the_user() {
    User ada =
        create(
            draft("ada")
                .refer(UserFields.LANGUAGE, Reference.byCode("NB"))
                .refer(UserFields.OTHER_GROUPS, Reference.byCode("sales"))
                .refer(
                    UserFields.OTHER_GROUPS,
                    Reference.byNumber(
                        data.find(ReferenceKind.USER_GROUP, Reference.byCode("support"))
                            .orElseThrow()
                            .number())));

    assertThat(ada.person().language()).isEqualTo(data.id(ReferenceKind.LANGUAGE, "nb"));
    assertThat(ada.organisation().salesOrganization()).isEqualTo(oslo.id());
    assertThat(ada.organisation().otherGroups())
        .containsExactlyInAnyOrder(
            data.id(ReferenceKind.USER_GROUP, "sales"),
            data.id(ReferenceKind.USER_GROUP, "support"));
    assertThat(ada.associateId().value()).isPositive();
    assertThat(ports.auditLog().history("User", ada.id().toString()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.actor()).isEqualTo("admin");
              assertThat(r.action()).isEqualTo(AuditRecord.Action.CREATE);
              assertThat(r.changes()).extracting(c -> c.field()).contains("username", "lastname");
            });
  }

  @Test
  void a_client_id_is_kept_and_a_second_create_with_it_is_refused() {
    UserId own = UserId.random();
    User ada =
        useCases
            .createUser()
            .create(new CreateUserCommand(ADMIN, own, draft("ada").build()))
            .after()
            .user();

    assertThat(ada.id()).isEqualTo(own);
    assertThatThrownBy(
            () ->
                useCases
                    .createUser()
                    .create(new CreateUserCommand(ADMIN, own, draft("bob").build())))
        .isInstanceOf(UniquenessViolated.class);
  }

  @Test
  void updating_an_unknown_user_is_not_found_and_creates_nobody() {
    assertThatThrownBy(
            () ->
                useCases
                    .updateUser()
                    .update(
                        new UpdateUserCommand(
                            ADMIN, UserId.random(), null, Precondition.none(), draft("x").build())))
        .isInstanceOf(NotFound.class);
    assertThat(useCases.findUsers().find(ADMIN, new ListQuery(null, true, 0, 10)).total()).isZero();
  }

  @Test
  void an_id_in_the_body_that_is_not_the_target_is_refused() {
    User ada = create(draft("ada"));

    assertThatThrownBy(
            () ->
                useCases
                    .updateUser()
                    .update(
                        new UpdateUserCommand(
                            ADMIN,
                            ada.id(),
                            UserId.random(),
                            Precondition.none(),
                            draft("ada").build())))
        .isInstanceOfSatisfying(
            ValidationFailed.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("id"));
  }

  @Test
  void a_stale_precondition_is_refused_and_changes_nothing() {
    User ada = create(draft("ada"));
    update(ada, Draft.<User>builder().set(UserFields.FIRSTNAME, "Ada"));

    assertThatThrownBy(
            () ->
                useCases
                    .updateUser()
                    .update(
                        new UpdateUserCommand(
                            ADMIN,
                            ada.id(),
                            null,
                            Precondition.version(1),
                            Draft.<User>builder().set(UserFields.FIRSTNAME, "Late").build())))
        .isInstanceOf(VersionConflict.class);
    assertThat(stored(ada).person().firstname()).isEqualTo("Ada");
  }

  @Test
  void unknown_references_and_invalid_fields_are_reported_together_and_nothing_changes() {
    User ada = create(draft("ada"));

    assertThatThrownBy(
            () ->
                update(
                    ada,
                    Draft.<User>builder()
                        .set(UserFields.LASTNAME, " ")
                        .refer(UserFields.LANGUAGE, Reference.byCode("xx"))
                        .refer(UserFields.USER_GROUP, Reference.byId(UserId.random().value()))
                        .put(
                            UserFields.LICENCES,
                            new KeyedEntries<>(KeyScope.all(), Map.of("nope", true)))))
        .isInstanceOfSatisfying(
            ValidationFailed.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder(
                        "language", "userGroup", "licences.nope", "lastname"));
    assertThat(stored(ada)).isEqualTo(ada);
  }

  @Test
  void an_embedded_organization_is_created_then_updated_by_its_code() {
    User ada =
        create(
            Draft.<User>builder()
                .set(UserFields.USERNAME, "ada")
                .set(UserFields.LASTNAME, "Lovelace")
                .set(UserFields.EMAIL, "ada@example.test")
                .refer(UserFields.SALES_ORGANIZATION, embedded("BGO", "Bergen")));
    SalesOrganizationId bergen = ada.organisation().salesOrganization();
    assertThat(useCases.getSalesOrganization().get(ADMIN, bergen).profile().name())
        .isEqualTo("Bergen");

    update(
        ada,
        Draft.<User>builder()
            .refer(UserFields.SALES_ORGANIZATION, embedded("BGO", "Bergen Sales")));

    assertThat(stored(ada).organisation().salesOrganization()).isEqualTo(bergen);
    assertThat(useCases.getSalesOrganization().get(ADMIN, bergen).profile().name())
        .isEqualTo("Bergen Sales");
    assertThat(useCases.findSalesOrganizations().find(ADMIN, ListQuery.firstPage(10)).total())
        .isEqualTo(2);
  }

  @Test
  void references_to_different_organizations_are_refused() {
    User ada = create(draft("ada"));
    create(
        Draft.<User>builder()
            .set(UserFields.USERNAME, "bob")
            .set(UserFields.LASTNAME, "B")
            .set(UserFields.EMAIL, "b@b.test")
            .refer(UserFields.SALES_ORGANIZATION, embedded("BGO", "Bergen")));

    assertThatThrownBy(
            () ->
                update(
                    ada,
                    Draft.<User>builder()
                        .refer(UserFields.SALES_ORGANIZATION, Reference.byId(oslo.id().value()))
                        .refer(UserFields.SALES_ORGANIZATION, Reference.byCode("BGO"))))
        .isInstanceOfSatisfying(
            ValidationFailed.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::code)
                    .containsExactly(FieldError.Code.MISMATCH));
  }

  @Test
  void when_the_user_update_fails_the_embedded_organization_is_not_created_either() {
    User ada = create(draft("ada"));

    assertThatThrownBy(
            () ->
                update(
                    ada,
                    Draft.<User>builder()
                        .set(UserFields.EMAIL, "not an address")
                        .refer(UserFields.SALES_ORGANIZATION, embedded("TRD", "Trondheim"))))
        .isInstanceOf(ValidationFailed.class);

    assertThat(ports.salesOrganizations().findByCode("TRD")).isEmpty();
    assertThat(ports.auditLog().history("User", ada.id().toString())).hasSize(1);
  }

  @Test
  void errors_of_an_embedded_organization_are_named_under_the_reference() {
    User ada = create(draft("ada"));

    assertThatThrownBy(
            () ->
                update(
                    ada,
                    Draft.<User>builder()
                        .refer(UserFields.SALES_ORGANIZATION, embedded("TRD", " "))))
        .isInstanceOfSatisfying(
            ValidationFailed.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("salesOrganization.name"));
  }

  @Test
  void a_password_is_stored_hashed_and_sending_it_again_changes_nothing() {
    User ada = create(draft("ada"));
    Draft.Builder<User> password =
        Draft.<User>builder()
            .put(
                UserFields.CREDENTIALS,
                List.of(new CredentialDraft("Password", Secret.plain("s3cret!"), "ada")));

    User withPassword = update(ada, password).after();
    String hash = withPassword.access().credentials().get(0).secretHash();
    Revision<User> again = update(withPassword, password);

    assertThat(hash).isNotBlank().doesNotContain("s3cret!");
    assertThat(ports.passwordHasher().matches("s3cret!", hash)).isTrue();
    assertThat(again.changed()).isFalse();
    assertThat(ports.auditLog().history("User", ada.id().toString()).toString())
        .doesNotContain("s3cret!", hash);
  }

  @Test
  void a_team_leader_can_be_named_by_associate_id() {
    User leader = create(draft("leader").set(UserFields.IS_TEAM_LEADER, true));
    User member = create(draft("member"));

    update(
        member,
        Draft.<User>builder()
            .refer(UserFields.TEAM_LEADER, Reference.byNumber(leader.associateId().value())));

    assertThat(stored(member).organisation().teamLeaderId()).isEqualTo(leader.id());
  }

  @Test
  void an_update_that_changes_nothing_writes_nothing() {
    User ada = create(draft("ada"));

    Revision<User> same = update(ada, draft("ada"));

    assertThat(same.changed()).isFalse();
    assertThat(stored(ada).lifecycle().version()).isEqualTo(1);
    assertThat(ports.auditLog().history("User", ada.id().toString())).hasSize(1);
  }

  @Test
  void archived_users_leave_lists_and_come_back_unchanged() {
    User ada = create(draft("ada"));
    create(draft("bob"));

    User archived =
        useCases
            .archiveUser()
            .archive(new ArchiveUserCommand(ADMIN, ada.id(), Precondition.none()))
            .after()
            .user();
    assertThat(useCases.findUsers().find(ADMIN, ListQuery.firstPage(10)).items())
        .extracting(view -> view.user().login().username())
        .containsExactly("bob");
    assertThat(
            useCases
                .archiveUser()
                .archive(new ArchiveUserCommand(ADMIN, ada.id(), Precondition.none()))
                .changed())
        .isFalse();

    User back =
        useCases
            .archiveUser()
            .unarchive(new ArchiveUserCommand(ADMIN, ada.id(), Precondition.version(2)))
            .after()
            .user();
    assertThat(archived.isArchived()).isTrue();
    assertThat(back.login()).isEqualTo(ada.login());
    assertThat(back.person()).isEqualTo(ada.person());
    assertThat(ports.auditLog().history("User", ada.id().toString()))
        .extracting(AuditRecord::action)
        .containsExactly(
            AuditRecord.Action.CREATE, AuditRecord.Action.ARCHIVE, AuditRecord.Action.UNARCHIVE);
  }

  private static Reference<EmbeddedSalesOrganization> embedded(String code, String name) {
    return Reference.embedded(
        new EmbeddedSalesOrganization(
            null,
            Draft.<SalesOrganization>builder()
                .set(SalesOrganizationFields.CODE, code)
                .set(SalesOrganizationFields.NAME, name)
                .build()));
  }
}
