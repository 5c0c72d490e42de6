package io.roster.domain.user;

/** Either key a user is found by: the public UUID or the superoffice dialect's associate id. */
public sealed interface UserKey permits UserId, AssociateId {}
