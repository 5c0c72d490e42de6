package io.roster.adapter.rest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.roster.adapter.rest.TestServer;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.domain.credential.CredentialDraft;
import io.roster.domain.credential.Secret;
import io.roster.domain.field.Draft;
import io.roster.domain.reference.Reference;
import io.roster.domain.reference.ReferenceKind;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Thousands of hostile requests, generated from a seed, through the real server: bodies (JSON, XML,
 * forms, JSON Patches and merge patches with one value mutated, truncated, followed by more, with
 * DTDs and entities), headers, query options, paths and methods, credentials, in both dialects and
 * on the log-on routes. Every answer must come within {@link #ANSWER_WITHIN}, must not be a 5xx,
 * must hold no stack trace, class name or SQL, and a request that is refused (4xx) must leave the
 * store exactly as it was: every user, every sales organization and their audit records.
 *
 * <p>Each request is drawn from a seed of its own, made from the run's seed and its number, so that
 * a run is repeated by its seed: {@code -Droster.fuzz.seed=N} (a failed run names its seed), and
 * {@code -Droster.fuzz.requests=N} sends more or fewer requests. (What a request meets can still
 * differ a little from run to run: log-on limits expire with time, and the password of the user who
 * logs on is what the last successful change made it.) A request answered with a 5xx is sent again
 * with fewer headers and query options, and the smallest that still gets a 5xx is reported.
 */
class HttpFuzzTest {
  private static final long DEFAULT_SEED = 20_261_217L;
  private static final int DEFAULT_REQUESTS = 3_000;
  private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);
  private static final int MOST_PROBLEMS_SHOWN = 12;
  private static final int MOST_PROBLEM_LINES = 200;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final TestServer server = new TestServer();
  private final AtomicReference<String> victimPassword =
      new AtomicReference<>("the victim's password");
  private Fixture fixture;

  @AfterEach
  void close() {
    server.close();
  }

  @BeforeEach
  void fixture() {
    String fz1 = created(server.post("/api/SalesOrganization", organization("FZ1", "Fuzz one")));
    String fz2 = created(server.post("/api/SalesOrganization", organization("FZ2", "Fuzz two")));
    JsonObject one = welloUser("fuzz.one@example.test", "One", "FZ1");
    one.put("firstname", "Fuzzy").put("mobile", "+47 400 00 000").put("udf1", "first");
    one.put("allow_sales_app", true).put("is_team_leader", true);
    String oneId = created(server.post("/api/User", one));
    String twoId =
        created(server.post("/api/User", welloUser("fuzz.two@example.test", "Two", "FZ2")));
    HttpResponse<Buffer> three =
        server.send(
            HttpMethod.POST,
            "/api/v1/User",
            Map.of("Content-Type", "application/json"),
            new JsonObject()
                .put("UserName", "fuzz.three@example.test")
                .put("Tooltip", "third")
                .put("Rank", 3)
                .put(
                    "Person",
                    new JsonObject()
                        .put("Firstname", "Fuzz")
                        .put("Lastname", "Three")
                        .put("Email", "fuzz.three@example.test"))
                .put(
                    "OtherGroups",
                    new JsonArray()
                        .add(
                            new JsonObject()
                                .put(
                                    "Id",
                                    server
                                        .ports
                                        .referenceData()
                                        .list(ReferenceKind.USER_GROUP)
                                        .get(0)
                                        .number())))
                .put("CustomFields", new JsonObject().put("udf2", "three"))
                .encode());
    assertThat(three.statusCode()).as(three.bodyAsString()).isEqualTo(200);
    String victim = "fuzz.victim@example.test";
    victimPassword.set(victim(victim));

    List<String> usernames =
        List.of("fuzz.one@example.test", "fuzz.two@example.test", "fuzz.three@example.test");
    List<Integer> associateIds = new ArrayList<>();
    List<String> userIds = new ArrayList<>();
    List<String> etags = new ArrayList<>();
    for (String username : usernames) {
      HttpResponse<Buffer> so = ok(server.get("/api/v1/User/" + username));
      associateIds.add(so.bodyAsJsonObject().getInteger("AssociateId"));
      etags.add(so.getHeader("ETag"));
      userIds.add(
          ok(server.get("/api/User?$filter=username%20eq%20%27" + username + "%27"))
              .bodyAsJsonArray()
              .getJsonObject(0)
              .getString("id"));
    }
    assertThat(userIds).contains(oneId, twoId);

    JsonObject token = logOn("/auth/token");
    HttpResponse<Buffer> session =
        server.sendAnonymous(
            HttpMethod.POST,
            "/auth/session",
            Map.of("Content-Type", "application/json"),
            credentials().encode());
    assertThat(session.statusCode()).as(session.bodyAsString()).isEqualTo(200);
    String cookies =
        session.cookies().stream()
            .map(cookie -> cookie.split(";", 2)[0])
            .collect(Collectors.joining("; "));
    String xsrf =
        session.cookies().stream()
            .map(cookie -> cookie.split(";", 2)[0])
            .filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
            .map(cookie -> cookie.substring("XSRF-TOKEN=".length()))
            .findFirst()
            .orElseThrow();

    int first = associateIds.get(0);
    fixture =
        new Fixture(
            associateIds,
            usernames,
            userIds,
            etags,
            List.of(fz1, fz2),
            List.of("FZ1", "FZ2"),
            ok(server.get("/api/v1/User/" + TestServer.ADMIN.replace("@", "%40")))
                .bodyAsJsonObject()
                .getInteger("AssociateId"),
            ok(server.get("/api/v1/User/" + first)).bodyAsString(),
            ok(server.send(
                    HttpMethod.GET,
                    "/api/v1/User/" + first,
                    Map.of("Accept", "application/xml"),
                    null))
                .bodyAsString(),
            ok(server.get("/api/v1/User/default")).bodyAsString(),
            ok(server.get("/api/User(" + oneId + ")")).bodyAsString(),
            ok(server.get("/api/SalesOrganization(" + fz1 + ")")).bodyAsString(),
            TestServer.basic(TestServer.ADMIN, TestServer.ADMIN_PASSWORD),
            victim,
            "Bearer " + token.getString("access_token"),
            "SoTicket " + session.bodyAsJsonObject().getString("ticket"),
            cookies,
            xsrf);
  }

  @Test
  void hostile_requests_get_an_answer_in_time_no_5xx_no_internals_and_if_refused_change_nothing() {
    long seed = Long.getLong("roster.fuzz.seed", DEFAULT_SEED);
    int count = Integer.getInteger("roster.fuzz.requests", DEFAULT_REQUESTS);
    Duration budget = Duration.ofSeconds(Math.max(300, count / 10));
    Run run = new Run(seed, count);
    long start = System.nanoTime();
    StoreSnapshot store = StoreSnapshot.of(server.ports);
    for (int i = 0; i < count; i++) {
      if (System.nanoTime() - start > budget.toNanos()) {
        run.problem(i, null, null, "the run did not end within " + budget.toSeconds() + " s");
        break;
      }
      FuzzRequest request;
      try {
        request = new Requests(requestSeed(seed, i), fixture, victimPassword::get).next();
      } catch (RuntimeException e) {
        throw new AssertionError("request " + i + " of seed " + seed + " cannot be drawn", e);
      }
      RawHttp.Answer answer = send(run, i, request);
      if (answer != null) {
        check(run, i, request, answer, store);
      }
      store = StoreSnapshot.of(server.ports);
    }
    System.out.println(run.summary((System.nanoTime() - start) / 1_000_000));
    assertThat(run.problems)
        .as(
            "%d of %d requests went wrong (seed %d; repeat with -Droster.fuzz.seed=%d"
                + " -Droster.fuzz.requests=%d):%n%s%n%nall of them:%n%s",
            run.problemCount,
            count,
            seed,
            seed,
            count,
            String.join("\n\n", run.problems),
            String.join("\n", run.problemLines))
        .isEmpty();
  }

  /** Notes what is wrong with {@code answer}; {@code store} is the store before the request. */
  private void check(
      Run run, int index, FuzzRequest request, RawHttp.Answer answer, StoreSnapshot store) {
    run.count(request, answer);
    if (answer.status() >= 500) {
      run.problem(index, request, answer, "a " + answer.status() + minimised(request));
    } else if (answer.status() >= 400) {
      List<String> changes = StoreSnapshot.of(server.ports).differencesFrom(store);
      if (!changes.isEmpty()) {
        run.problem(
            index,
            request,
            answer,
            "a refused request ("
                + answer.status()
                + ") changed the store:\n    "
                + String.join("\n    ", changes));
      }
    } else if (request.target().startsWith("/auth/password") && answer.status() < 300) {
      learnVictimPassword(request);
    }
    String body = answer.bodyText();
    Requests.INTERNALS.stream()
        .filter(body::contains)
        .findFirst()
        .ifPresent(
            word ->
                run.problem(index, request, answer, "the answer shows internals (" + word + ")"));
  }

  /** The seed of request {@code index} of a run: each request can be drawn again alone. */
  private static long requestSeed(long seed, int index) {
    return seed * 0x9E3779B97F4A7C15L + index;
  }

  /** The answer; null, with the problem noted, when there is none in time. */
  private RawHttp.Answer send(Run run, int index, FuzzRequest request) {
    try {
      return RawHttp.exchange(server.port(), request, ANSWER_WITHIN);
    } catch (SocketTimeoutException e) {
      run.problem(index, request, null, "no answer within " + ANSWER_WITHIN.toSeconds() + " s");
    } catch (IOException e) {
      run.problem(index, request, null, "no answer: " + e.getMessage());
    }
    return null;
  }

  /**
   * The same request with as few headers and query options as still get a 5xx, when that is fewer;
   * empty when nothing could be left out.
   */
  private String minimised(FuzzRequest request) {
    FuzzRequest smallest = request;
    boolean shrunk = true;
    int budget = 40;
    while (shrunk && budget > 0) {
      shrunk = false;
      List<FuzzRequest> candidates = new ArrayList<>();
      for (int i = 0; i < smallest.headers().size(); i++) {
        candidates.add(smallest.withHeaders(smallest.headersWithout(i)));
      }
      int query = smallest.target().indexOf('?');
      if (query >= 0) {
        String[] options = smallest.target().substring(query + 1).split("&", -1);
        for (int i = 0; i < options.length; i++) {
          List<String> fewer = new ArrayList<>(List.of(options));
          fewer.remove(i);
          String path = smallest.target().substring(0, query);
          candidates.add(
              smallest.withTarget(fewer.isEmpty() ? path : path + "?" + String.join("&", fewer)));
        }
      }
      for (FuzzRequest candidate : candidates) {
        if (budget-- <= 0) {
          break;
        }
        try {
          if (RawHttp.exchange(server.port(), candidate, ANSWER_WITHIN).status() >= 500) {
            smallest = candidate;
            shrunk = true;
            break;
          }
        } catch (IOException e) {
          // not the same failure
        }
      }
    }
    return smallest == request ? "" : "; still a 5xx with less:\n  " + smallest.describe();
  }

  private void learnVictimPassword(FuzzRequest request) {
    try {
      JsonNode body = MAPPER.readTree(request.body());
      if (body.hasNonNull("new_password")) {
        victimPassword.set(body.get("new_password").asText());
      }
    } catch (IOException | RuntimeException e) {
      // the victim's password is no longer known: its log-ons fail from now on
    }
  }

  /** The run's counts and problems. */
  private static final class Run {
    final long seed;
    final int count;
    final List<String> problems = new ArrayList<>();
    final List<String> problemLines = new ArrayList<>();
    int problemCount;
    final Map<Integer, Integer> statuses = new TreeMap<>();
    final Map<String, Map<Integer, Integer>> kinds = new TreeMap<>();
    long slowest = -1;
    String slowestRequest = "";

    Run(long seed, int count) {
      this.seed = seed;
      this.count = count;
    }

    void count(FuzzRequest request, RawHttp.Answer answer) {
      statuses.merge(answer.status(), 1, Integer::sum);
      kinds
          .computeIfAbsent(request.kind(), kind -> new TreeMap<>())
          .merge(answer.status(), 1, Integer::sum);
      if (answer.millis() > slowest) {
        slowest = answer.millis();
        slowestRequest =
            request.kind()
                + ": "
                + FuzzRequest.printable(request.method() + " " + request.target(), 120);
      }
    }

    void problem(int index, FuzzRequest request, RawHttp.Answer answer, String what) {
      problemCount++;
      if (problemLines.size() < MOST_PROBLEM_LINES) {
        problemLines.add(
            index
                + " "
                + (request == null
                    ? ""
                    : request.kind()
                        + " "
                        + FuzzRequest.printable(request.method() + " " + request.target(), 100))
                + " -> "
                + (answer == null ? "" : answer.status() + " ")
                + FuzzRequest.printable(what.split("\n")[0], 100));
      }
      if (problems.size() < MOST_PROBLEMS_SHOWN) {
        problems.add(
            "request "
                + index
                + (request == null ? "" : " (" + request.kind() + ")")
                + ": "
                + what
                + (request == null ? "" : "\n  " + request.describe())
                + (answer == null ? "" : "\n  answer: " + answer.describe()));
      }
    }

    String summary(long millis) {
      return String.format(
          Locale.ROOT,
          "HttpFuzzTest: %d requests (seed %d) in %.1f s, %d problems; statuses %s;"
              + " slowest answer %d ms (%s); statuses by kind of request %s",
          count,
          seed,
          millis / 1000.0,
          problemCount,
          statuses,
          slowest,
          slowestRequest,
          kinds);
    }
  }

  // fixtures

  private static JsonObject organization(String code, String name) {
    return new JsonObject().put("code", code).put("name", name);
  }

  private static JsonObject welloUser(String username, String lastname, String organization) {
    return new JsonObject()
        .put("username", username)
        .put("lastname", lastname)
        .put("email", username)
        .put("sales_organization_code", organization);
  }

  private static String created(HttpResponse<Buffer> response) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(201);
    return response.bodyAsJsonObject().getString("id");
  }

  private static HttpResponse<Buffer> ok(HttpResponse<Buffer> response) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    return response;
  }

  private static JsonObject credentials() {
    return new JsonObject()
        .put("username", TestServer.ADMIN)
        .put("password", TestServer.ADMIN_PASSWORD);
  }

  private JsonObject logOn(String path) {
    HttpResponse<Buffer> response =
        server.sendAnonymous(
            HttpMethod.POST,
            path,
            Map.of("Content-Type", "application/json"),
            credentials().encode());
    return ok(response).bodyAsJsonObject();
  }

  /** A standard user with a password, made through the use cases; the password. */
  private String victim(String username) {
    String password = "password of the victim";
    User admin =
        server.useCases.getUser().getByUsername(Principal.system(), TestServer.ADMIN).user();
    server
        .useCases
        .createUser()
        .create(
            new CreateUserCommand(
                Principal.system(),
                null,
                Draft.<User>builder()
                    .set(UserFields.USERNAME, username)
                    .set(UserFields.LASTNAME, "Victim")
                    .set(UserFields.EMAIL, username)
                    .set(UserFields.SALES_ORGANIZATION, admin.organisation().salesOrganization())
                    .refer(UserFields.ROLE, Reference.byCode(Role.STANDARD.code()))
                    .put(
                        UserFields.CREDENTIALS,
                        List.of(new CredentialDraft("Password", Secret.plain(password), null)))
                    .build()));
    return password;
  }
}
