/**
 * A miniature Roster in which each architecture rule is broken exactly once, so that {@code
 * ArchitectureRulesCanFailTest} can show every rule catching its offender.
 */
package io.roster.archfixture;
