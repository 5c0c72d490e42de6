package io.roster.adapter.rest.wello;

import java.util.UUID;

/** One entry of a reference list, as Wello clients pick ids and codes from it. */
record WelloListItem(UUID id, int number, String code, String name) {}
