import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeds a running Roster through its Wello API: logs on as the administrator ({@code POST
 * /auth/token}, user name and password from {@code ROSTER_ADMIN_USERNAME}, default {@code admin},
 * and {@code ROSTER_ADMIN_PASSWORD}), then creates one sales organization and {@code count} users
 * with seed-shaped bodies by 8 concurrent requests, each with that access token ({@code
 * Authorization: Bearer}). Writes, into {@code outDir}:
 *
 * <ul>
 *   <li>{@code token.txt}: the access token, for the load generators to send;
 *   <li>{@code ids.txt}: one user id a line (line i is user i);
 *   <li>{@code body.template}: the PUT body, with {@code @ID@}, {@code @I@} and {@code @NOTE@} to
 *       fill in;
 *   <li>{@code refs.properties}: the ids of the organization and the reference rows used.
 * </ul>
 *
 * <p>Usage: {@code java bench/http/Seed.java http://127.0.0.1:18080 10000 /tmp/dir}; or {@code java
 * bench/http/Seed.java template refs.properties body.template} to write only the body template
 * for data seeded otherwise (the baseline). No dependency beyond the JDK.
 */
public class Seed {
  static final int CONCURRENCY = 8;

  public static void main(String[] args) throws Exception {
    if (args[0].equals("template")) {
      // the same body for the baseline, from the refs.properties it wrote
      java.util.Properties refs = new java.util.Properties();
      try (var in = Files.newBufferedReader(Path.of(args[1]))) {
        refs.load(in);
      }
      Files.writeString(
          Path.of(args[2]),
          template(refs.getProperty("organization"), "BENCH", refs.getProperty("language"), refs.getProperty("country")));
      return;
    }
    String base = args[0];
    int count = Integer.parseInt(args[1]);
    Path out = Path.of(args[2]);
    Files.createDirectories(out);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(2))
            .build();

    // One log-on: a token is checked by its signature, where Basic would hash the password (Argon2)
    // on every request and measure that instead of the PUT. The form body (OAuth2's password
    // grant, which /auth/token takes as well as JSON) lets URLEncoder escape the password.
    String password = System.getenv("ROSTER_ADMIN_PASSWORD");
    if (password == null) {
      throw new IllegalStateException("set ROSTER_ADMIN_PASSWORD to the administrator's password");
    }
    String credentials =
        "grant_type=password&username="
            + URLEncoder.encode(System.getenv().getOrDefault("ROSTER_ADMIN_USERNAME", "admin"), StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> issued =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/auth/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(credentials))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (issued.statusCode() != 200) {
      throw new IllegalStateException("POST /auth/token answered " + issued.statusCode() + ": " + issued.body());
    }
    String token = field(issued.body(), "access_token");
    Files.writeString(out.resolve("token.txt"), token);

    String org = send(http, token, "POST", base + "/api/SalesOrganization",
        "{\"code\":\"BENCH\",\"name\":\"Bench organization\"}", 201);
    String orgId = field(org, "id");
    String language = referenceId(http, token, base + "/api/Language", "nb");
    String country = referenceId(http, token, base + "/api/Country", "SE");
    String template = template(orgId, "BENCH", language, country);
    Files.writeString(out.resolve("body.template"), template);
    Files.writeString(
        out.resolve("refs.properties"),
        "organization=" + orgId + "\nlanguage=" + language + "\ncountry=" + country + "\n");

    List<String> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ids.add(UUID.randomUUID().toString());
    }
    long start = System.nanoTime();
    AtomicInteger done = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(CONCURRENCY);
    List<Future<?>> futures = new ArrayList<>();
    for (int w = 0; w < CONCURRENCY; w++) {
      int first = w;
      futures.add(
          workers.submit(
              () -> {
                for (int i = first; i < count; i += CONCURRENCY) {
                  String body = fill(template, ids.get(i), i, "created");
                  send(http, token, "POST", base + "/api/User", body, 201);
                  int n = done.incrementAndGet();
                  if (n % 2000 == 0) {
                    System.out.printf("  %d users created%n", n);
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    workers.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    Files.write(out.resolve("ids.txt"), ids);
    System.out.printf(
        "  seeded 1 sales organization and %d users in %.1f s (%.0f creates/s)%n",
        count, seconds, count / seconds);
    System.exit(0);
  }

  /** Fills the template for user {@code i}: every user has its own username and code. */
  static String fill(String template, String id, int i, String note) {
    return template.replace("@ID@", id).replace("@I@", Integer.toString(i)).replace("@NOTE@", note);
  }

  /**
   * The Wello seed's sample user ({@code adapter-rest-vertx/src/test/resources/wello/seed-user.json}):
   * every property, with the placeholders replaced where the domain needs real values (GUIDs of
   * existing rows, well-formed e-mail addresses, a unique username and code per user), no team
   * leader and no embedded organization; {@code notes} carries the part that varies per request.
   */
  static String template(String orgId, String orgCode, String language, String country) {
    StringBuilder b = new StringBuilder(4096);
    b.append('{');
    b.append("\"id\":\"@ID@\",");
    b.append("\"db_language_id\":\"").append(language).append("\",");
    b.append("\"username\":\"bench.user.@I@@example.test\",");
    b.append("\"firstname\":\"sample string 4\",");
    b.append("\"lastname\":\"sample string 5\",");
    b.append("\"code\":\"sample string 6 @I@\",");
    b.append("\"archived\":false,");
    b.append("\"disabled\":false,");
    b.append("\"emergency_contact\":\"sample string 9\",");
    b.append("\"bankaccount\":\"sample string 10\",");
    b.append("\"social_security\":\"sample string 11\",");
    b.append("\"place_of_birth\":\"sample string 12\",");
    b.append("\"nationality\":\"sample string 13\",");
    b.append("\"functions\":\"sample string 14\",");
    b.append("\"birthdate\":\"2025-10-13T16:48:26.4786077+00:00\",");
    b.append("\"skype\":\"sample string 16\",");
    b.append("\"notes\":\"sample string 17 @NOTE@\",");
    b.append("\"sales_organization_id\":\"").append(orgId).append("\",");
    b.append("\"sales_organization_code\":\"").append(orgCode).append("\",");
    b.append("\"is_team_leader\":true,");
    b.append("\"team_leader_user_id\":null,");
    b.append("\"email\":\"sample.string.22@example.test\",");
    b.append("\"phone\":\"sample string 23\",");
    b.append("\"fax\":\"sample string 24\",");
    b.append("\"mobile\":\"sample string 25\",");
    b.append("\"private_email\":\"sample.string.26@example.test\",");
    b.append("\"private_phone\":\"sample string 27\",");
    b.append("\"private_fax\":\"sample string 28\",");
    b.append("\"private_mobile\":\"sample string 29\",");
    b.append("\"private_street\":\"sample string 30\",");
    b.append("\"private_street_number\":\"sample string 31\",");
    b.append("\"private_city\":\"sample string 32\",");
    b.append("\"private_zip\":\"sample string 33\",");
    b.append("\"private_db_country_id\":\"").append(country).append("\",");
    b.append("\"private_db_country_code\":\"SE\",");
    b.append("\"modified_dateutc\":\"2025-10-13T16:48:26.4786077+00:00\",");
    b.append("\"allow_hero_app\":true,");
    b.append("\"allow_sales_app\":true,");
    b.append("\"allow_service_app\":true,");
    b.append("\"user_group_id\":null");
    for (int u = 1; u <= 100; u++) {
      b.append(",\"udf").append(u).append("\":\"sample string ").append(40 + u).append('"');
    }
    b.append('}');
    return b.toString();
  }

  static String referenceId(HttpClient http, String token, String url, String code)
      throws IOException, InterruptedException {
    String list = send(http, token, "GET", url, null, 200);
    Matcher m =
        Pattern.compile("\\{\"id\":\"([0-9a-f-]{36})\",\"number\":\\d+,\"code\":\"" + Pattern.quote(code) + "\"")
            .matcher(list);
    if (!m.find()) {
      throw new IllegalStateException("no " + code + " in " + url);
    }
    return m.group(1);
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + name + " in " + json);
    }
    return m.group(1);
  }

  static String send(HttpClient http, String token, String method, String url, String body, int expected)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (body == null) {
      request.GET();
    } else {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          method + " " + url + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }
}
