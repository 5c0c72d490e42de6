package io.roster.adapter.rest.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.roster.application.port.in.auth.AccessDenied;
import io.roster.application.port.in.auth.AuthenticationFailed;
import io.roster.application.port.in.auth.TooManyAttempts;
import io.roster.application.port.out.StoreUnavailable;
import io.roster.domain.failure.FieldFailure;
import io.roster.domain.failure.NotFound;
import io.roster.domain.failure.UniquenessViolated;
import io.roster.domain.failure.VersionConflict;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Stream;

/**
 * Times every call of the use cases the routes are given, by use case and outcome: the timer
 * {@value #NAME} ({@code roster_usecase_seconds_count}... in Prometheus), tagged {@code usecase}
 * (the port's name without {@code UseCase}, then the method's: {@code GetUser.get}, {@code
 * UpdateUser.update}, {@code Authenticate.resume}) and {@code outcome} ({@link Outcome}).
 *
 * <p>Each use-case port in a record of calls (records within it too) is replaced by a proxy that
 * times the call and passes it on: the routes keep calling the ports they declare, and every use
 * case they are given is measured, whichever route or handler calls it. Only the ports' and the
 * failures' names reach the tags, never an argument.
 */
final class UseCaseMetrics {
  static final String NAME = "roster.usecase";

  /** How a use case ended, as the tag {@code outcome} says it. */
  enum Outcome {
    OK,
    FIELD_ERRORS,
    NOT_FOUND,
    CONFLICT,
    DENIED,
    UNAVAILABLE,
    ERROR;

    final String tag = name().toLowerCase(Locale.ROOT);

    static Outcome of(Throwable failure) {
      if (failure instanceof UniquenessViolated || failure instanceof VersionConflict) {
        return CONFLICT;
      } else if (failure instanceof FieldFailure) {
        return FIELD_ERRORS;
      } else if (failure instanceof NotFound) {
        return NOT_FOUND;
      } else if (failure instanceof AccessDenied
          || failure instanceof AuthenticationFailed
          || failure instanceof TooManyAttempts) {
        return DENIED;
      } else if (failure instanceof StoreUnavailable) {
        return UNAVAILABLE;
      }
      return ERROR;
    }
  }

  private static final List<Outcome> OUTCOMES = List.of(Outcome.values());

  private final MeterRegistry registry;

  UseCaseMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** {@code calls} with each use-case port in it (at any depth) measured. */
  <R extends Record> R instrument(R calls) {
    RecordComponent[] parts = calls.getClass().getRecordComponents();
    Class<?>[] types = new Class<?>[parts.length];
    Object[] values = new Object[parts.length];
    try {
      for (int i = 0; i < parts.length; i++) {
        types[i] = parts[i].getType();
        Object value = parts[i].getAccessor().invoke(calls);
        if (value instanceof Record nested) {
          values[i] = instrument(nested);
        } else if (value != null && isUseCase(types[i])) {
          values[i] = measured(types[i], value);
        } else {
          values[i] = value;
        }
      }
      @SuppressWarnings("unchecked")
      R instrumented = (R) calls.getClass().getDeclaredConstructor(types).newInstance(values);
      return instrumented;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot measure the use cases of " + calls.getClass(), e);
    }
  }

  private static boolean isUseCase(Class<?> type) {
    return type.isInterface() && type.getSimpleName().endsWith("UseCase");
  }

  private Object measured(Class<?> port, Object target) {
    String base = port.getSimpleName().substring(0, port.getSimpleName().length() - 7);
    List<Method> methods =
        Stream.of(port.getMethods())
            .filter(method -> Modifier.isAbstract(method.getModifiers()))
            .toList();
    Map<Method, Timers> timers = new HashMap<>();
    for (Method method : methods) {
      timers.put(method, new Timers(base + "." + method.getName()));
    }
    return Proxy.newProxyInstance(
        port.getClassLoader(), new Class<?>[] {port}, new Measured(target, Map.copyOf(timers)));
  }

  /** A use case's timers, one per outcome, each made at its first call. */
  private final class Timers {
    private final String useCase;
    private final AtomicReferenceArray<Timer> byOutcome =
        new AtomicReferenceArray<>(OUTCOMES.size());

    Timers(String useCase) {
      this.useCase = useCase;
    }

    void record(Outcome outcome, long nanos) {
      Timer timer = byOutcome.get(outcome.ordinal());
      if (timer == null) {
        timer =
            Timer.builder(NAME)
                .description("Use cases run by the HTTP server, by use case and outcome")
                .tag("usecase", useCase)
                .tag("outcome", outcome.tag)
                .serviceLevelObjectives(RequestMetrics.BUCKETS)
                .register(registry);
        byOutcome.set(outcome.ordinal(), timer);
      }
      timer.record(nanos, TimeUnit.NANOSECONDS);
    }
  }

  private static final class Measured implements InvocationHandler {
    private final Object target;
    private final Map<Method, Timers> timers;

    Measured(Object target, Map<Method, Timers> timers) {
      this.target = target;
      this.timers = timers;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      Timers measured = timers.get(method);
      long started = System.nanoTime();
      try {
        Object result = method.invoke(target, args);
        if (measured != null) {
          measured.record(Outcome.OK, System.nanoTime() - started);
        }
        return result;
      } catch (InvocationTargetException e) {
        Throwable failure = e.getCause();
        if (measured != null) {
          measured.record(Outcome.of(failure), System.nanoTime() - started);
        }
        throw failure;
      }
    }
  }
}
