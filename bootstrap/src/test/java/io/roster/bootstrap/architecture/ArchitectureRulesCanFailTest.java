package io.roster.bootstrap.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.roster.archfixture.adapter.cli.ReusesTheWiring;
import io.roster.archfixture.adapter.rest.CallsTheService;
import io.roster.archfixture.adapter.rest.CallsTheUseCase;
import io.roster.archfixture.adapter.rest.ReadsTheTable;
import io.roster.archfixture.application.ReachesIntoAnAdapter;
import io.roster.archfixture.bootstrap.Wiring;
import io.roster.archfixture.cycle.left.Left;
import io.roster.archfixture.domain.UsesALibrary;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** A rule that cannot fail proves nothing: each one must catch its offender in the fixture tree. */
class ArchitectureRulesCanFailTest {
  private static final String FIXTURE = "io.roster.archfixture";
  private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(FIXTURE);

  @Test
  void the_domain_rule_catches_a_library_in_the_domain() {
    assertThat(violations(ArchitectureRules.domainDependsOnlyOnJava(FIXTURE)))
        .anyMatch(mentioning(UsesALibrary.class));
  }

  @Test
  void the_application_rule_catches_a_use_case_reaching_into_an_adapter() {
    assertThat(violations(ArchitectureRules.applicationDependsOnlyOnDomain(FIXTURE)))
        .anyMatch(mentioning(ReachesIntoAnAdapter.class));
  }

  @Test
  void the_onion_rule_catches_one_adapter_using_another_but_lets_bootstrap_wire_them() {
    assertThat(violations(ArchitectureRules.adaptersAreIndependent(FIXTURE)))
        .anyMatch(mentioning(ReadsTheTable.class))
        .noneMatch(mentioning(Wiring.class));
  }

  @Test
  void the_ports_rule_catches_an_adapter_naming_a_service_but_not_one_given_its_use_case() {
    assertThat(violations(ArchitectureRules.adaptersUseTheApplicationThroughItsPorts(FIXTURE)))
        .anyMatch(mentioning(CallsTheService.class))
        .noneMatch(mentioning(CallsTheUseCase.class));
  }

  @Test
  void the_bootstrap_rule_catches_an_adapter_using_the_wiring() {
    assertThat(violations(ArchitectureRules.nothingDependsOnBootstrap(FIXTURE)))
        .anyMatch(mentioning(ReusesTheWiring.class));
  }

  @Test
  void the_command_line_rule_catches_a_command_using_the_wiring() {
    assertThat(violations(ArchitectureRules.commandLineDrivesThePortsOnly(FIXTURE)))
        .anyMatch(mentioning(ReusesTheWiring.class));
  }

  @Test
  void the_cycle_rule_catches_two_packages_using_each_other() {
    assertThat(violations(ArchitectureRules.noPackageCycles(FIXTURE)))
        .anyMatch(mentioning(Left.class));
  }

  @Test
  void the_fixtures_stay_out_of_the_import_that_checks_roster() {
    JavaClasses roster =
        new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("io.roster");

    assertThat(roster.that(resideInAPackage("io.roster.domain.."))).isNotEmpty();
    assertThat(roster.that(resideInAPackage(FIXTURE + ".."))).isEmpty();
  }

  private static List<String> violations(ArchRule rule) {
    EvaluationResult result = rule.evaluate(FIXTURES);
    assertThat(result.hasViolation()).as("%s has a violation", rule.getDescription()).isTrue();
    return result.getFailureReport().getDetails();
  }

  private static Predicate<String> mentioning(Class<?> offender) {
    return detail -> detail.contains(offender.getName());
  }
}
