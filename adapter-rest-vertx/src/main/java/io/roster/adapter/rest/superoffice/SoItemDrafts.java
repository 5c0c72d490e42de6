package io.roster.adapter.rest.superoffice;

import io.roster.domain.credential.CredentialDraft;
import io.roster.domain.credential.Secret;
import io.roster.domain.failure.FieldError;
import io.roster.domain.field.Draft;
import io.roster.domain.field.Field;
import io.roster.domain.field.KeyScope;
import io.roster.domain.field.KeyedEntries;
import io.roster.domain.reference.Reference;
import io.roster.domain.user.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The nested members of a SuperOffice {@code User} body as draft values: list items named by their
 * {@code Id} (role, groups, ticket categories), module licences and credentials.
 */
final class SoItemDrafts {
  private SoItemDrafts() {}

  private static final String NO_ID = "has no Id: an item is named by its Id";

  /**
   * A nested list item, named by its {@code Id} (the item's number): null keeps the stored value,
   * {@code {"Id": 0}} clears it, an item without an Id is an error (it would name nothing).
   */
  static void one(
      Draft.Builder<User> draft,
      Set<Field<User, ?>> kept,
      Field<User, ?> field,
      String property,
      Integer id,
      Object item,
      List<FieldError> errors) {
    if (item == null) {
      kept.add(field);
    } else if (id == null) {
      errors.add(new FieldError(property, FieldError.Code.REQUIRED, NO_ID));
    } else if (id != 0) {
      draft.refer(field, Reference.byNumber(id));
    }
  }

  /**
   * A list of items by Id: null keeps the stored list, an empty list clears it; an item that is
   * null, has no Id or the Id 0 names nothing and is an error.
   */
  static void many(
      Draft.Builder<User> draft,
      Set<Field<User, ?>> kept,
      Field<User, ?> field,
      String property,
      List<Integer> ids,
      List<FieldError> errors) {
    if (ids == null) {
      kept.add(field);
      return;
    }
    for (int i = 0; i < ids.size(); i++) {
      Integer id = ids.get(i);
      if (id == null) {
        errors.add(new FieldError(property + "[" + i + "]", FieldError.Code.REQUIRED, NO_ID));
      } else if (id == 0) {
        errors.add(
            new FieldError(
                property + "[" + i + "]", FieldError.Code.NOT_FOUND, "Id 0 names no item"));
      }
    }
    for (Integer id : new LinkedHashSet<>(ids)) {
      if (id != null && id != 0) {
        draft.refer(field, Reference.byNumber(id));
      }
    }
  }

  /**
   * The module licences the request names, by their {@code Name} (the licence code), under any
   * owner: those named take {@code Assigned}; those not named stay. An empty list of owners
   * withdraws every licence. Items without a name identify nothing and are skipped.
   */
  static KeyedEntries<Boolean> licences(List<SoLicenseOwner> owners) {
    if (owners.isEmpty()) {
      return new KeyedEntries<>(KeyScope.all(), Map.of());
    }
    Map<String, Boolean> assigned = new LinkedHashMap<>();
    for (SoLicenseOwner owner : owners) {
      if (owner == null) {
        continue;
      }
      for (List<SoLicenseOwner.SoModuleLicense> list :
          List.of(
              nonNull(owner.restrictedModuleLicenses()),
              nonNull(owner.unrestrictedModuleLicenses()))) {
        for (SoLicenseOwner.SoModuleLicense licence : list) {
          if (licence != null && licence.name() != null && !licence.name().isBlank()) {
            assigned.put(
                licence.name().toLowerCase(Locale.ROOT), Boolean.TRUE.equals(licence.assigned()));
          }
        }
      }
    }
    return new KeyedEntries<>(KeyScope.only(assigned.keySet()), assigned);
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }

  /**
   * Credentials as given: a value is a new secret (hashed before it is stored), none keeps the
   * stored secret of the type. The type is the {@code Type} of SuperOffice's {@code CredentialType}
   * (else its {@code DisplayType}), or a string; a credential without one is a password. The seed's
   * sample sends the same credential twice; identical entries count once.
   */
  static List<CredentialDraft> credentials(List<SoCredential> given) {
    Map<List<String>, CredentialDraft> drafts = new LinkedHashMap<>();
    for (SoCredential credential : given) {
      if (credential == null) {
        continue;
      }
      String named = credential.type() == null ? null : credential.type().named();
      String type = named == null ? SoDrafts.PASSWORD : named;
      String value = credential.value();
      Secret secret = value == null || value.isEmpty() ? Secret.keep() : Secret.plain(value);
      List<String> key = new ArrayList<>();
      key.add(type.toLowerCase(Locale.ROOT));
      key.add(value);
      key.add(credential.displayValue());
      drafts.putIfAbsent(key, new CredentialDraft(type, secret, credential.displayValue()));
    }
    return List.copyOf(drafts.values());
  }
}
