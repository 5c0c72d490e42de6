package io.roster.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

// Test sources stay out: they hold the fixtures that break these rules on purpose.
@AnalyzeClasses(
    packages = "io.roster",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {
  /**
   * The modules' test-jars (generators, in-memory ports) are on this classpath too; they are tests.
   */
  static final class NoTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("-tests.jar");
    }
  }

  private static final String ROSTER = "io.roster";

  @ArchTest
  static final ArchRule domain_depends_only_on_java =
      ArchitectureRules.domainDependsOnlyOnJava(ROSTER);

  @ArchTest
  static final ArchRule application_depends_only_on_the_domain =
      ArchitectureRules.applicationDependsOnlyOnDomain(ROSTER);

  @ArchTest
  static final ArchRule adapters_never_depend_on_each_other =
      ArchitectureRules.adaptersAreIndependent(ROSTER);

  @ArchTest
  static final ArchRule adapters_use_the_application_through_its_ports =
      ArchitectureRules.adaptersUseTheApplicationThroughItsPorts(ROSTER);

  @ArchTest
  static final ArchRule the_command_line_drives_the_ports_only =
      ArchitectureRules.commandLineDrivesThePortsOnly(ROSTER);

  @ArchTest
  static final ArchRule nothing_depends_on_bootstrap =
      ArchitectureRules.nothingDependsOnBootstrap(ROSTER);

  @ArchTest
  static final ArchRule packages_are_free_of_cycles = ArchitectureRules.noPackageCycles(ROSTER);
}
