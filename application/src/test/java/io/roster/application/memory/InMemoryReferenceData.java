package io.roster.application.memory;

import io.roster.application.port.out.ReferenceData;
import io.roster.domain.customfield.CustomFieldSchema;
import io.roster.domain.customfield.ExtraFieldDeclaration;
import io.roster.domain.customfield.ExtraFieldType;
import io.roster.domain.reference.Reference;
import io.roster.domain.reference.ReferenceItem;
import io.roster.domain.reference.ReferenceKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reference data held in a list; {@link #sample()} has a few items of every kind. */
public final class InMemoryReferenceData implements ReferenceData {
  private final List<ReferenceItem> items;
  private final CustomFieldSchema schema;

  public InMemoryReferenceData(List<ReferenceItem> items, CustomFieldSchema schema) {
    this.items = List.copyOf(items);
    this.schema = schema;
  }

  /**
   * Countries NO, SE, BE; languages en, nb, sv; currencies EUR, NOK; groups Sales, Support; roles
   * administrator, user-manager, hr, standard, read-only (the codes Roster seeds); ticket
   * categories Billing, Technical; licences hero-app, sales-app, service-app, crm; extra fields
   * x_shoe_size (integer) and x_level (list junior/senior).
   */
  public static InMemoryReferenceData sample() {
    List<ReferenceItem> items = new ArrayList<>();
    add(items, ReferenceKind.COUNTRY, "NO", "Norway", "SE", "Sweden", "BE", "Belgium");
    add(items, ReferenceKind.LANGUAGE, "en", "English", "nb", "Norwegian Bokmål", "sv", "Swedish");
    add(items, ReferenceKind.CURRENCY, "EUR", "Euro", "NOK", "Norwegian krone");
    add(items, ReferenceKind.USER_GROUP, "sales", "Sales", "support", "Support");
    add(
        items,
        ReferenceKind.ROLE,
        "administrator",
        "Administrator",
        "user-manager",
        "User manager",
        "hr",
        "HR",
        "standard",
        "Standard",
        "read-only",
        "Read only");
    add(items, ReferenceKind.TICKET_CATEGORY, "billing", "Billing", "technical", "Technical");
    add(
        items,
        ReferenceKind.LICENCE,
        "hero-app",
        "Hero app",
        "sales-app",
        "Sales app",
        "service-app",
        "Service app",
        "crm",
        "CRM");
    CustomFieldSchema schema =
        CustomFieldSchema.of(
            List.of(
                ExtraFieldDeclaration.of("x_shoe_size", ExtraFieldType.INTEGER),
                new ExtraFieldDeclaration(
                    "x_level", ExtraFieldType.LIST, List.of("junior", "senior"))));
    return new InMemoryReferenceData(items, schema);
  }

  /** The id of the sample item of {@code kind} with {@code code}. */
  public UUID id(ReferenceKind kind, String code) {
    return find(kind, Reference.byCode(code)).orElseThrow().id();
  }

  private static void add(List<ReferenceItem> items, ReferenceKind kind, String... codesAndNames) {
    for (int i = 0; i < codesAndNames.length; i += 2) {
      String code = codesAndNames[i];
      UUID id = UUID.nameUUIDFromBytes((kind + ":" + code).getBytes(StandardCharsets.UTF_8));
      int number = (kind.ordinal() + 1) * 100 + i / 2 + 1;
      items.add(new ReferenceItem(kind, id, number, code, codesAndNames[i + 1]));
    }
  }

  @Override
  public Optional<ReferenceItem> find(ReferenceKind kind, Reference<?> reference) {
    return items.stream().filter(i -> i.kind() == kind && i.isNamedBy(reference)).findFirst();
  }

  @Override
  public List<ReferenceItem> list(ReferenceKind kind) {
    return items.stream()
        .filter(i -> i.kind() == kind)
        .sorted(Comparator.comparing(ReferenceItem::code))
        .toList();
  }

  @Override
  public CustomFieldSchema customFieldSchema() {
    return schema;
  }
}
