package io.roster.domain.salesorg;

import java.util.UUID;

/** The organization's country, currency and language (ids of reference data; each optional). */
public record RegionalSettings(UUID country, UUID currency, UUID language) {}
