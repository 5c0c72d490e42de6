package io.roster.domain.customfield;

import io.roster.domain.failure.FieldError;
import io.roster.domain.field.Checks;
import io.roster.domain.field.KeyScope;
import io.roster.domain.field.KeyedEntries;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A user's custom field values by name: {@code udf1}..{@code udf100} (text, always available) and
 * declared extra fields ({@code x_...}). Names ignore case; a field without a value is absent.
 */
public record CustomFields(Map<String, String> values) {
  public static final int UDF_COUNT = 100;
  public static final int MAX_VALUE_LENGTH = 4000;
  public static final String FIELD = "customFields";

  /** The names udf1..udf100: the part of the custom fields the wello dialect shows. */
  public static final Set<String> UDF_NAMES = udfNames();

  public static final CustomFields NONE = new CustomFields(Map.of());

  public CustomFields {
    TreeMap<String, String> normalized = new TreeMap<>();
    Checks checks = Checks.start();
    values.forEach(
        (name, value) -> {
          String key = name.toLowerCase(Locale.ROOT);
          if (value == null) {
            return;
          }
          if (!isUdf(key) && !key.startsWith(ExtraFieldDeclaration.PREFIX)) {
            checks.add(
                new FieldError(
                    FIELD + "." + key, FieldError.Code.UNKNOWN, "is not a custom field"));
          } else if (value.length() > MAX_VALUE_LENGTH) {
            checks.add(FieldError.tooLong(FIELD + "." + key, MAX_VALUE_LENGTH));
          }
          normalized.put(key, value);
        });
    checks.orThrow();
    values = Collections.unmodifiableMap(normalized);
  }

  public static boolean isUdf(String name) {
    return UDF_NAMES.contains(name.toLowerCase(Locale.ROOT));
  }

  public static KeyScope udfScope() {
    return UDF_SCOPE;
  }

  /** Made once: a scope lower-cases and hashes its hundred names when it is made. */
  private static final KeyScope UDF_SCOPE = KeyScope.only(UDF_NAMES);

  public static KeyScope extraScope() {
    return KeyScope.prefixed(ExtraFieldDeclaration.PREFIX);
  }

  public String get(String name) {
    return values.get(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The entries after a draft's scoped entries: covered names take the given value or clear, others
   * stay. Not yet checked: {@link CustomFieldSchema#conform} checks what changed.
   */
  public static Map<String, String> merge(Map<String, String> stored, KeyedEntries<?> given) {
    TreeMap<String, String> merged = new TreeMap<>();
    stored.forEach(
        (name, value) -> {
          if (!given.scope().covers(name)) {
            merged.put(name, value);
          }
        });
    given
        .entries()
        .forEach(
            (name, value) -> {
              if (value != null && given.scope().covers(name)) {
                merged.put(name.toLowerCase(Locale.ROOT), value.toString());
              }
            });
    return merged;
  }

  private static Set<String> udfNames() {
    Set<String> names = new LinkedHashSet<>();
    for (int i = 1; i <= UDF_COUNT; i++) {
      names.add("udf" + i);
    }
    return Collections.unmodifiableSet(names);
  }
}
