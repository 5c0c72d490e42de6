package io.roster.adapter.rest.openapi;

import io.roster.domain.field.Field;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schemas of a dialect's bodies, read from the records the dialect reads and writes them with
 * (their names and types as Jackson sees them), so that the documents cannot drift from the code.
 * Every property may be {@code null} in an answer (a field the caller may not read, an empty
 * reference); bounds and required properties come from the domain fields behind the properties.
 */
public final class BodySchemas {
  private final Map<String, Schema> schemas = new LinkedHashMap<>();

  /** The schemas of {@code types} and of every type they contain. */
  public BodySchemas read(Class<?>... types) {
    ModelConverters converters = ModelConverters.getInstance(true);
    for (Class<?> type : types) {
      converters.readAll(type).forEach(schemas::putIfAbsent);
    }
    return this;
  }

  /** The schema named {@code name}. */
  public Schema<?> get(String name) {
    Schema<?> schema = schemas.get(name);
    if (schema == null) {
      throw new IllegalArgumentException("no schema " + name + " among " + schemas.keySet());
    }
    return schema;
  }

  /** Leaves out the property {@code property} of {@code name} (one the record holds for itself). */
  public BodySchemas without(String name, String property) {
    get(name).getProperties().remove(property);
    return this;
  }

  /** Adds or replaces the property {@code property} of {@code name}. */
  public BodySchemas with(String name, String property, Schema<?> schema) {
    get(name).addProperty(property, schema);
    return this;
  }

  /** Adds the schema {@code name} as it is. */
  public BodySchemas add(String name, Schema<?> schema) {
    schemas.put(name, schema);
    return this;
  }

  /** The bounds of {@code field} (its length or range) on {@code property} of {@code name}. */
  public BodySchemas bounds(String name, String property, Field<?, ?> field) {
    Schema<?> schema = get(name).getProperties().get(property);
    if (schema == null) {
      throw new IllegalArgumentException(name + " has no property " + property);
    }
    bound(schema, field);
    return this;
  }

  /** Sets the bounds of {@code field} on {@code schema}. */
  private static void bound(Schema<?> schema, Field<?, ?> field) {
    switch (field.kind()) {
      case TEXT, EMAIL -> {
        if (field.maxLength() > 0) {
          schema.setMaxLength(field.maxLength());
        }
      }
      case INTEGER -> {
        schema.setMinimum(BigDecimal.valueOf(field.min()));
        schema.setMaximum(BigDecimal.valueOf(field.max()));
      }
      default -> {}
    }
  }

  /**
   * {@code name} as a request, named {@code requestName}: the properties in {@code required} must
   * be given, those in {@code notNull} may not be null.
   */
  public BodySchemas request(
      String name, String requestName, List<String> required, List<String> notNull) {
    get(name);
    JsonSchema rules = new JsonSchema();
    if (!required.isEmpty()) {
      rules.setRequired(new ArrayList<>(required));
    }
    Map<String, Schema> given = new LinkedHashMap<>();
    for (String property : notNull) {
      given.put(property, new JsonSchema().not(new JsonSchema().types(Set.of("null"))));
    }
    rules.setProperties(given);
    schemas.put(requestName, new JsonSchema().allOf(List.of(ApiDocument.ref(name), rules)));
    return this;
  }

  /** Every schema, each property allowed to be null; done last. */
  public Map<String, Schema> nullable() {
    for (Schema<?> schema : schemas.values()) {
      Map<String, Schema> properties = schema.getProperties();
      if (properties == null) {
        continue;
      }
      if (schema.getAllOf() == null) {
        properties.replaceAll((p, s) -> orNull(s));
      }
    }
    return schemas;
  }

  /** {@code schema}, or null. */
  private static Schema<?> orNull(Schema<?> schema) {
    if (schema.getAnyOf() != null) {
      List<Schema> choices = new ArrayList<>(schema.getAnyOf());
      choices.add(new JsonSchema().types(Set.of("null")));
      schema.setAnyOf(choices);
      return schema;
    }
    if (schema.get$ref() != null) {
      return new JsonSchema().anyOf(List.of(schema, new JsonSchema().types(Set.of("null"))));
    }
    Set<String> types = new LinkedHashSet<>();
    if (schema.getTypes() != null) {
      types.addAll(schema.getTypes());
    } else if (schema.getType() != null) {
      types.add(schema.getType());
    }
    if (types.isEmpty()) {
      return schema;
    }
    types.add("null");
    schema.setTypes(types);
    return schema;
  }
}
