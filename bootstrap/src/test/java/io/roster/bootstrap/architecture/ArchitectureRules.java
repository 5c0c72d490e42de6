package io.roster.bootstrap.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules of the hexagon, over any root package, so that they can be shown to fail on a small
 * fixture tree as well as to hold on Roster itself.
 */
final class ArchitectureRules {
  private ArchitectureRules() {}

  static ArchRule domainDependsOnlyOnJava(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", root + ".domain..")
        .because("the model stays plain Java, free of every framework and library")
        .allowEmptyShould(false);
  }

  static ArchRule applicationDependsOnlyOnDomain(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".application..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", root + ".domain..", root + ".application..")
        .because("use cases speak in domain terms; web, SQL and CLI types stay in their adapters")
        .allowEmptyShould(false);
  }

  static ArchRule adaptersAreIndependent(String root) {
    return onionArchitecture()
        .domainModels(root + ".domain..")
        .applicationServices(root + ".application..")
        .adapter("rest", root + ".adapter.rest..")
        .adapter("persistence", root + ".adapter.persistence..")
        .adapter("cli", root + ".adapter.cli..")
        // Adapters arrive one module at a time; an adapter that is not there yet breaks nothing.
        .withOptionalLayers(true)
        // Bootstrap sits outside the rings, yet the onion rule counts its wiring as an access.
        .ignoreDependency(resideInAPackage(root + ".bootstrap.."), alwaysTrue())
        .because("arrows point inward, and an adapter can be replaced without touching another");
  }

  static ArchRule adaptersUseTheApplicationThroughItsPorts(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".adapter..")
        .should()
        .dependOnClassesThat(
            resideInAPackage(root + ".application..")
                .and(not(resideInAPackage(root + ".application.port.."))))
        .because(
            "an adapter is given the use cases it calls (port.in) or implements what they need (port.out);"
                + " which service does the work, and how they are put together, is bootstrap's business");
  }

  /**
   * The command line adapter, which exists, needs nothing of Roster but the domain and the
   * application's ports, and nothing else but the JDK and its own libraries.
   */
  static ArchRule commandLineDrivesThePortsOnly(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".adapter.cli..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "sun.misc..",
            "picocli..",
            "com.fasterxml.jackson..",
            "me.tongfei.progressbar..",
            root + ".domain..",
            root + ".application.port..",
            root + ".adapter.cli..")
        .because(
            "the commands drive the same use cases as the HTTP server, through their ports, and"
                + " never touch the database themselves")
        .allowEmptyShould(false);
  }

  static ArchRule nothingDependsOnBootstrap(String root) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(root + ".bootstrap..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".bootstrap..")
        .because("bootstrap wires everything together, so nothing may need it in return");
  }

  static ArchRule noPackageCycles(String root) {
    return slices()
        .matching(root + ".(**)")
        .should()
        .beFreeOfCycles()
        .because("packages that need each other cannot be understood, tested or moved apart");
  }
}
