package io.roster.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.application.memory.InMemoryReferenceData;
import io.roster.application.port.out.ReferenceData;
import io.roster.domain.customfield.CustomFieldSchema;
import io.roster.domain.reference.Reference;
import io.roster.domain.reference.ReferenceItem;
import io.roster.domain.reference.ReferenceKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CachedReferenceDataTest {
  private final InMemoryReferenceData sample = InMemoryReferenceData.sample();
  private final List<ReferenceItem> extra = new ArrayList<>();
  private final AtomicInteger reads = new AtomicInteger();
  private final AtomicLong now = new AtomicLong();
  private final ReferenceData source =
      new ReferenceData() {
        @Override
        public Optional<ReferenceItem> find(ReferenceKind kind, Reference<?> reference) {
          throw new AssertionError("the cache looks items up in the lists it read");
        }

        @Override
        public List<ReferenceItem> list(ReferenceKind kind) {
          reads.incrementAndGet();
          List<ReferenceItem> items = new ArrayList<>(sample.list(kind));
          extra.stream().filter(i -> i.kind() == kind).forEach(items::add);
          return items;
        }

        @Override
        public CustomFieldSchema customFieldSchema() {
          reads.incrementAndGet();
          return sample.customFieldSchema();
        }
      };
  private final CachedReferenceData cache =
      new CachedReferenceData(source, Duration.ofSeconds(60), now::get);

  @Test
  void finds_an_item_by_id_by_number_and_by_code_ignoring_case_from_one_read() {
    ReferenceItem norway =
        sample.list(ReferenceKind.COUNTRY).stream()
            .filter(i -> i.code().equals("NO"))
            .findFirst()
            .orElseThrow();

    assertThat(cache.find(ReferenceKind.COUNTRY, Reference.byId(norway.id()))).contains(norway);
    assertThat(cache.find(ReferenceKind.COUNTRY, Reference.byNumber(norway.number())))
        .contains(norway);
    assertThat(cache.find(ReferenceKind.COUNTRY, Reference.byCode("no"))).contains(norway);
    assertThat(cache.find(ReferenceKind.COUNTRY, Reference.byCode("XX"))).isEmpty();
    assertThat(cache.find(ReferenceKind.COUNTRY, Reference.byId(UUID.randomUUID()))).isEmpty();
    assertThat(cache.list(ReferenceKind.COUNTRY)).isEqualTo(sample.list(ReferenceKind.COUNTRY));
    assertThat(reads).hasValue(1);
  }

  @Test
  void reads_a_list_again_once_it_is_older_than_the_maximum_age() {
    cache.find(ReferenceKind.USER_GROUP, Reference.byCode("sales"));
    ReferenceItem added =
        new ReferenceItem(ReferenceKind.USER_GROUP, UUID.randomUUID(), 999, "new", "New");
    extra.add(added);

    now.set(Duration.ofSeconds(59).toNanos());
    assertThat(cache.find(ReferenceKind.USER_GROUP, Reference.byCode("new"))).isEmpty();

    now.set(Duration.ofSeconds(60).toNanos());
    assertThat(cache.find(ReferenceKind.USER_GROUP, Reference.byCode("new"))).contains(added);
    assertThat(reads).hasValue(2);
  }

  @Test
  void keeps_the_extra_field_declarations_for_the_maximum_age() {
    assertThat(cache.customFieldSchema()).isEqualTo(sample.customFieldSchema());
    cache.customFieldSchema();
    assertThat(reads).hasValue(1);

    now.set(Duration.ofMinutes(2).toNanos());
    cache.customFieldSchema();
    assertThat(reads).hasValue(2);
  }
}
