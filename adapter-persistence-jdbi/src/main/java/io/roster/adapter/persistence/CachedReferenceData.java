package io.roster.adapter.persistence;

import io.roster.application.port.out.ReferenceData;
import io.roster.domain.customfield.CustomFieldSchema;
import io.roster.domain.reference.Reference;
import io.roster.domain.reference.ReferenceItem;
import io.roster.domain.reference.ReferenceKind;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Reference lists and extra-field declarations change rarely (no route writes them) but every user
 * write reads several of them, so they are kept in memory and read again once they are older than
 * {@code maxAge}. A list is read whole. No lock is held while reading: threads that find an entry
 * expired at the same moment may each read it once.
 */
final class CachedReferenceData implements ReferenceData {
  private final ReferenceData source;
  private final long maxAgeNanos;
  private final LongSupplier nanoTime;
  private final Map<ReferenceKind, Loaded<Items>> lists = new ConcurrentHashMap<>();
  private volatile Loaded<CustomFieldSchema> schema;

  CachedReferenceData(ReferenceData source, Duration maxAge, LongSupplier nanoTime) {
    this.source = source;
    this.maxAgeNanos = maxAge.toNanos();
    this.nanoTime = nanoTime;
  }

  @Override
  public Optional<ReferenceItem> find(ReferenceKind kind, Reference<?> reference) {
    Items items = items(kind);
    if (reference instanceof Reference.ById<?> byId) {
      return Optional.ofNullable(items.byId.get(byId.id()));
    }
    if (reference instanceof Reference.ByNumber<?> byNumber) {
      return Optional.ofNullable(items.byNumber.get(byNumber.number()));
    }
    if (reference instanceof Reference.ByCode<?> byCode) {
      return Optional.ofNullable(items.byCode.get(byCode.code().toLowerCase(Locale.ROOT)));
    }
    return Optional.empty();
  }

  @Override
  public List<ReferenceItem> list(ReferenceKind kind) {
    return items(kind).all;
  }

  @Override
  public CustomFieldSchema customFieldSchema() {
    Loaded<CustomFieldSchema> loaded = schema;
    if (isStale(loaded)) {
      loaded = new Loaded<>(source.customFieldSchema(), nanoTime.getAsLong());
      schema = loaded;
    }
    return loaded.value;
  }

  /** Drops what is held, so that the next call reads the database. */
  void forget() {
    lists.clear();
    schema = null;
  }

  private Items items(ReferenceKind kind) {
    Loaded<Items> loaded = lists.get(kind);
    if (isStale(loaded)) {
      loaded = new Loaded<>(new Items(source.list(kind)), nanoTime.getAsLong());
      lists.put(kind, loaded);
    }
    return loaded.value;
  }

  private boolean isStale(Loaded<?> loaded) {
    return loaded == null || nanoTime.getAsLong() - loaded.at >= maxAgeNanos;
  }

  private record Loaded<T>(T value, long at) {}

  /** One list, indexed the ways a reference can name an item. */
  private static final class Items {
    final List<ReferenceItem> all;
    final Map<UUID, ReferenceItem> byId = new HashMap<>();
    final Map<Integer, ReferenceItem> byNumber = new HashMap<>();
    final Map<String, ReferenceItem> byCode = new HashMap<>();

    Items(List<ReferenceItem> items) {
      all = List.copyOf(items);
      for (ReferenceItem item : all) {
        byId.put(item.id(), item);
        byNumber.put(item.number(), item);
        byCode.putIfAbsent(item.code().toLowerCase(Locale.ROOT), item);
      }
    }
  }
}
