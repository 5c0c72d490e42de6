/**
 * Self-contained pieces the SuperOffice dialect's routes call: PATCH bodies ({@link
 * io.roster.adapter.rest.superoffice.support.Patches}), the request's language and texts ({@link
 * io.roster.adapter.rest.superoffice.support.Language}, {@link
 * io.roster.adapter.rest.superoffice.support.Texts}), number and date formatting ({@link
 * io.roster.adapter.rest.superoffice.support.Culture}), time zones ({@link
 * io.roster.adapter.rest.superoffice.support.TimeZones}) and the slow-call log ({@link
 * io.roster.adapter.rest.superoffice.support.SlowCalls}). None of them knows the dialect's DTOs.
 */
package io.roster.adapter.rest.superoffice.support;
