package io.roster.adapter.rest.fuzz;

import static io.roster.adapter.rest.fuzz.Dice.w;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Generates the fuzzer's requests, each from a seed of its own: the route (both dialects, the
 * log-on routes, paths no route has), the method (unknown ones too), the target's escapes and query
 * options, the headers, the credentials and the body.
 */
final class Requests {
  /**
   * Words an answer must not hold (a stack trace, a class or package name, SQL); a request never
   * carries one, so that no answer could hold one by echoing the request or a value it stored.
   */
  static final List<String> INTERNALS =
      List.of(
          "Exception",
          "\tat ",
          "at io.",
          "at java.",
          "java.",
          "javax.",
          "jdk.",
          "sun.",
          "org.h2",
          "SQL",
          "com.fasterxml",
          "io.vertx",
          "io.netty",
          "io.roster",
          "org.jdbi",
          "com.zaxxer",
          "Caused by",
          "Throwable",
          "ctc.wstx",
          "zjsonpatch");

  private static final String[] SO_FIELDS = {
    "name", "username", "nickname", "firstname", "lastname", "email", "deleted", "Lastname", "x"
  };
  private static final String[] WELLO_FIELDS = {
    "username",
    "firstname",
    "lastname",
    "code",
    "archived",
    "disabled",
    "is_team_leader",
    "email",
    "team_leader_user_id",
    "db_language_id",
    "user_group_id",
    "udf1",
    "nope"
  };
  private static final String[] OPERATORS = {
    "eq", "ne", "EQ", "gt", "lt", "ge", "le", "has", "in", "like", "startswith", "contains", "not"
  };

  private final Dice dice;
  private final Odd odd;
  private final Bodies bodies;
  private final Fixture fixture;
  private final Supplier<String> victimPassword;

  /**
   * @param seed this request's seed
   * @param victimPassword the victim's password now (a request may change it)
   */
  Requests(long seed, Fixture fixture, Supplier<String> victimPassword) {
    this.dice = new Dice(seed);
    this.odd = new Odd(dice);
    this.fixture = fixture;
    this.victimPassword = victimPassword;
    this.bodies = new Bodies(dice, odd, fixture, victimPassword);
  }

  /** The request of this seed; one that would carry a word of {@link #INTERNALS} is drawn again. */
  FuzzRequest next() {
    while (true) {
      FuzzRequest request =
          dice.weighted(
              w(16, this::superOfficeWrite),
              w(9, this::welloWrite),
              w(9, this::superOfficeRead),
              w(6, this::welloRead),
              w(6, this::oddPath),
              w(6, this::logOn),
              w(2, this::elsewhere));
      if (dice.chance(0.04)) {
        request = oddMethod(request);
      }
      if (dice.chance(0.04)) {
        request = oddFraming(request);
      }
      if (!carriesInternals(request)) {
        return request;
      }
    }
  }

  private static boolean carriesInternals(FuzzRequest request) {
    StringBuilder all = new StringBuilder(request.method()).append(' ').append(request.target());
    all.append(' ').append(decodedLeniently(request.target()));
    request.headers().forEach(h -> all.append(' ').append(h.getKey()).append(h.getValue()));
    if (request.body() != null) {
      all.append(' ').append(request.body()).append(' ').append(decodedLeniently(request.body()));
    }
    String text = all.toString().toLowerCase(Locale.ROOT);
    return INTERNALS.stream().anyMatch(word -> text.contains(word.toLowerCase(Locale.ROOT)));
  }

  /** Percent escapes decoded where they can be, as UTF-8 or ISO-8859-1. */
  private static String decodedLeniently(String text) {
    if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length()) {
        try {
          out.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
          i += 2;
          continue;
        } catch (NumberFormatException e) {
          // not an escape
        }
      }
      out.append(c == '+' ? ' ' : c);
    }
    return out.toString();
  }

  // the SuperOffice dialect

  private FuzzRequest superOfficeWrite() {
    return dice.weighted(
        w(7, this::superOfficeItemWrite),
        w(2, () -> superOfficeBodyRequest("POST", "/api/v1/User", true)),
        w(2, () -> superOfficeBodyRequest("POST", "/api/v1/User/Validate", dice.chance(0.5))));
  }

  private FuzzRequest superOfficeItemWrite() {
    String target = "/api/v1/User/" + superOfficeId(true) + maybeQuery(0.08, true);
    return dice.weighted(
        w(9, () -> superOfficeBodyRequest("PUT", target, false)),
        w(
            7,
            () -> {
              boolean jsonPatch = dice.chance(0.55);
              String body =
                  jsonPatch
                      ? bodies.jsonPatch(fixture.soUser())
                      : bodies.mergePatch(fixture.soUser());
              String type =
                  jsonPatch ? "application/json-patch+json" : "application/merge-patch+json";
              return withBody("so patch", "PATCH", target, type, body);
            }),
        w(
            3,
            () -> {
              List<Map.Entry<String, String>> headers = headers(null);
              FuzzRequest delete = FuzzRequest.of("so delete", "DELETE", target, headers);
              return dice.chance(0.2) ? delete.withBody(odd.string()) : delete;
            }));
  }

  /** A SuperOffice user in JSON, XML or a form; a new user's user name fresh when {@code fresh}. */
  private FuzzRequest superOfficeBodyRequest(String method, String target, boolean fresh) {
    String username = fixture.usernames().get(0);
    String fresher = odd.word(10) + "@example.test";
    return dice.weighted(
        w(
            6,
            () -> {
              String template =
                  method.equals("POST") && dice.chance(0.3)
                      ? fixture.soDefault()
                      : fixture.soUser();
              String body =
                  bodies.mutatedJson(fresh ? template.replace(username, fresher) : template);
              return withBody("so json", method, target, "application/json", body);
            }),
        w(
            3,
            () -> {
              String template = fixture.soUserXml();
              String body =
                  bodies.mutatedXml(fresh ? template.replace(username, fresher) : template);
              return withBody(
                  "so xml", method, target, dice.pick("application/xml", "text/xml"), body);
            }),
        w(
            2,
            () ->
                withBody(
                    "so form",
                    method,
                    target,
                    dice.pick(
                        "application/x-www-form-urlencoded",
                        "application/x-www-form-urlencoded; charset=iso-8859-1",
                        "application/x-www-form-urlencoded; charset=utf-16",
                        "application/x-www-form-urlencoded; charset=nope",
                        "application/x-www-form-urlencoded; charset=\"utf-8\""),
                    bodies.form())));
  }

  private FuzzRequest superOfficeRead() {
    String target =
        dice.weighted(
            w(4, () -> "/api/v1/User" + maybeQuery(0.9, true)),
            w(
                3,
                () ->
                    "/api/v1/User/"
                        + (dice.chance(0.2)
                            ? "" + fixture.adminAssociateId()
                            : superOfficeId(false))
                        + maybeQuery(0.5, true)),
            w(
                1,
                () ->
                    "/api/v1/User/default"
                        + (dice.chance(0.7)
                            ? "?userType="
                                + encodeCarelessly(
                                    dice.pick(
                                        "ResourceAssociate",
                                        "resourceassociate",
                                        "1",
                                        "5",
                                        "0",
                                        "6",
                                        "-1",
                                        "2147483648",
                                        "Nope",
                                        "",
                                        "InternalAssociate",
                                        odd.string()))
                            : maybeQuery(0.3, true))));
    List<Map.Entry<String, String>> headers = headers(null);
    if (dice.chance(0.3)) {
      headers.add(header("Accept", dice.pick("application/xml", "text/xml", "application/json")));
    }
    return FuzzRequest.of("so read", "GET", target, headers);
  }

  /** An id of the SuperOffice dialect: a user's, or not; never the administrator's in a write. */
  private String superOfficeId(boolean write) {
    int index = dice.below(fixture.associateIds().size());
    return dice.weighted(
        w(8, () -> "" + fixture.associateIds().get(index)),
        w(3, () -> odd.percentEncoded(fixture.usernames().get(index))),
        w(1, () -> fixture.usernames().get(index).toUpperCase(Locale.ROOT)),
        w(1, () -> "0" + fixture.associateIds().get(index)),
        w(
            3,
            () ->
                dice.pick(
                    "999999",
                    "0",
                    "-1",
                    "2147483647",
                    "2147483648",
                    "99999999999999999999",
                    "1e3",
                    "0x1F",
                    "%2B1",
                    "%201",
                    "default",
                    "Validate",
                    "a%00b",
                    "..",
                    ".",
                    "~",
                    "%C3%A6",
                    "\u00e6",
                    "x".repeat(dice.pick(300, 5000)),
                    "null",
                    "%2F",
                    "%252F")),
        w(1, () -> odd.badEscape()),
        w(1, () -> odd.percentEncoded(odd.string())));
  }

  // the Wello dialect

  private FuzzRequest welloWrite() {
    return dice.weighted(
        w(
            6,
            () ->
                withBody(
                    "wello put user",
                    "PUT",
                    welloItem("User", welloUserId()),
                    welloType(),
                    bodies.mutatedJson(fixture.welloUser()))),
        w(
            3,
            () -> {
              String template = fixture.welloUser();
              if (dice.chance(0.6)) {
                template =
                    template
                        .replace(fixture.usernames().get(0), odd.word(10) + "@example.test")
                        .replace(fixture.userIds().get(0), odd.uuid().toString());
              }
              return withBody(
                  "wello post user",
                  "POST",
                  "/api/User",
                  welloType(),
                  bodies.mutatedJson(template));
            }),
        w(
            2,
            () ->
                withBody(
                    "wello put organization",
                    "PUT",
                    welloItem("SalesOrganization", welloOrganizationId()),
                    welloType(),
                    bodies.mutatedJson(fixture.welloOrganization()))),
        w(
            1,
            () ->
                withBody(
                    "wello post organization",
                    "POST",
                    "/api/SalesOrganization",
                    welloType(),
                    bodies.mutatedJson(
                        fixture
                            .welloOrganization()
                            .replace(
                                "\"" + fixture.organizationCodes().get(0) + "\"",
                                "\"" + odd.word(6) + "\"")))),
        w(
            1,
            () ->
                FuzzRequest.of(
                    "wello delete", "DELETE", welloItem("User", welloUserId()), headers(null))));
  }

  private String welloType() {
    return dice.chance(0.9) ? dice.pick("application/json", "text/json") : contentType();
  }

  private String welloItem(String resource, String id) {
    return (dice.chance(0.7) ? "/api/" + resource + "(" + id + ")" : "/api/" + resource + "/" + id)
        + maybeQuery(0.05, false);
  }

  private String welloUserId() {
    return welloId(fixture.userIds());
  }

  private String welloOrganizationId() {
    return welloId(fixture.organizationIds());
  }

  private String welloId(List<String> ids) {
    String id = dice.pick(ids);
    return dice.weighted(
        w(10, () -> id),
        w(1, () -> id.toUpperCase(Locale.ROOT)),
        w(1, () -> "{" + id + "}"),
        w(1, () -> "guid'" + id + "'"),
        w(1, () -> "'" + id + "'"),
        w(2, () -> odd.percentEncoded(odd.id())),
        w(1, odd::badEscape),
        w(1, () -> dice.pick("", "(", ")", "()", "%28", "%29", "x".repeat(2000), "%00")));
  }

  private FuzzRequest welloRead() {
    String target =
        dice.weighted(
            w(4, () -> "/api/User" + maybeQuery(0.9, false)),
            w(3, () -> welloItem("User", welloUserId())),
            w(2, () -> "/api/SalesOrganization" + maybeQuery(0.5, false)),
            w(1, () -> welloItem("SalesOrganization", welloOrganizationId())),
            w(
                2,
                () ->
                    "/api/"
                        + dice.pick("Country", "Language", "Currency", "UserGroup", "country")
                        + maybeQuery(0.3, false)));
    List<Map.Entry<String, String>> headers = headers(null);
    return FuzzRequest.of("wello read", "GET", target, headers);
  }

  // paths, methods and framing

  private FuzzRequest oddPath() {
    String target =
        dice.weighted(
            w(
                6,
                () ->
                    dice.pick(
                            "/api/v1/User/",
                            "/api/User(",
                            "/api/User/",
                            "/api/SalesOrganization(",
                            "/api/v1/",
                            "/api/",
                            "/",
                            "/auth/",
                            "/health/")
                        + dice.pick(
                            odd.badEscape(),
                            odd.percentEncoded(odd.string()),
                            odd.word(5) + odd.badEscape(),
                            "",
                            "\u00e6\u00f8",
                            "a b",
                            "%20",
                            "..%2F..%2F",
                            "x/y/z",
                            "%2e%2e/")
                        + dice.pick("", ")", "/", "/x", "?", "?" + odd.badEscape(), "#f", ";a=b")),
            w(
                4,
                () ->
                    dice.pick(
                        "*",
                        "http://127.0.0.1/api/User",
                        "/api/v1/User/1/../../User",
                        "/API/V1/USER",
                        "/api//User",
                        "//api/User",
                        "/api/v1/User;jsessionid=x",
                        "/api/User()",
                        "/api/User(()",
                        "/api/User)(",
                        "/%2e%2e/api/User",
                        "/api/v1/User/1/2",
                        "/api/v1/User/default/x",
                        "/api/v1/user/validate/",
                        "/api/v1",
                        "/api/v1/",
                        "/api",
                        "/api/User(" + fixture.userIds().get(0) + ")/extra",
                        "/api/v1/User/" + "x/".repeat(dice.pick(10, 500)),
                        "/" + "a".repeat(dice.pick(1000, 5000, 10_000)),
                        "api/User",
                        "")));
    String method = dice.pick("GET", "GET", "PUT", "POST", "PATCH", "DELETE", "HEAD", "OPTIONS");
    List<Map.Entry<String, String>> headers = headers(null);
    FuzzRequest request = FuzzRequest.of("odd path", method, target, headers);
    if (!method.equals("GET") && !method.equals("HEAD") && dice.chance(0.6)) {
      headers.add(header("Content-Type", "application/json"));
      request = request.withHeaders(headers).withBody(bodies.mutatedJson(fixture.soUser()));
    }
    return request;
  }

  private FuzzRequest oddMethod(FuzzRequest request) {
    String method =
        dice.pick(
            "GET",
            "HEAD",
            "POST",
            "PUT",
            "PATCH",
            "DELETE",
            "OPTIONS",
            "TRACE",
            "CONNECT",
            "PROPFIND",
            "MKCOL",
            "FOO",
            "get",
            "Put",
            "M-SEARCH",
            "X".repeat(dice.pick(20, 300)),
            "GE T",
            "");
    return new FuzzRequest(
        "odd method " + request.kind(),
        method,
        request.target(),
        request.headers(),
        request.body(),
        request.version(),
        request.host(),
        request.chunked());
  }

  private FuzzRequest oddFraming(FuzzRequest request) {
    return dice.weighted(
        w(3, () -> request.withFraming("HTTP/1.0", dice.chance(0.5), false)),
        w(2, () -> request.withFraming("HTTP/1.1", false, false)),
        w(
            3,
            () ->
                request.withFraming(
                    "HTTP/1.1", true, request.body() != null && !request.method().equals("GET"))),
        // Left out: a request line naming an HTTP version other than 1.0 and 1.1 in due form
        // (HTTP/1.2, HTTP/2.0, http/1.1), which Vert.x answers with 501 before any handler of
        // Roster's runs (Http1xServerRequestHandler); HTTP's own answer to it, 505, is a 5xx too.
        w(
            1,
            () ->
                request.withFraming(
                    dice.pick("HTTP/1", "XYZ", "HTTP/1.1x", "HTTP/"), true, false)));
  }

  // logging on

  private FuzzRequest logOn() {
    return dice.weighted(
        w(
            4,
            () -> {
              String path = dice.pick("/auth/token", "/auth/session");
              boolean form = dice.chance(0.4);
              List<Map.Entry<String, String>> headers = new ArrayList<>();
              String type =
                  form
                      ? dice.pick(
                          "application/x-www-form-urlencoded",
                          "application/x-www-form-urlencoded; charset=iso-8859-1",
                          "application/x-www-form-urlencoded; charset=utf-16",
                          "application/x-www-form-urlencoded; charset=nope")
                      : "application/json";
              headers.add(header("Content-Type", dice.chance(0.9) ? type : contentType()));
              noise(headers);
              if (dice.chance(0.2)) {
                headers.add(header("Authorization", authorization()));
              }
              return FuzzRequest.of("log on", "POST", path, headers).withBody(bodies.logOn(form));
            }),
        w(
            1,
            () -> {
              List<Map.Entry<String, String>> headers = new ArrayList<>();
              switch (dice.below(4)) {
                case 0 -> headers.add(header("Authorization", fixture.ticket()));
                case 1 -> headers.add(header("Cookie", fixture.sessionCookie()));
                case 2 -> {
                  headers.add(header("Cookie", fixture.sessionCookie()));
                  headers.add(
                      header("X-XSRF-TOKEN", dice.chance(0.5) ? fixture.xsrf() : odd.word(20)));
                }
                default -> headers.add(header("Authorization", authorization()));
              }
              noise(headers);
              return FuzzRequest.of("log off", "DELETE", "/auth/session", headers);
            }),
        w(
            2,
            () -> {
              List<Map.Entry<String, String>> headers = new ArrayList<>();
              headers.add(
                  header(
                      "Authorization",
                      dice.chance(0.8)
                          ? basic(fixture.victim(), victimPassword.get())
                          : notTheAdministrator()));
              headers.add(
                  header("Content-Type", dice.chance(0.9) ? "application/json" : contentType()));
              noise(headers);
              return FuzzRequest.of("password", "PUT", "/auth/password", headers)
                  .withBody(bodies.passwordChange());
            }));
  }

  private FuzzRequest elsewhere() {
    String target =
        dice.pick(
            "/health/live",
            "/health/ready",
            "/",
            "/favicon.ico",
            "/api",
            "/api/v1",
            "/auth",
            "/auth/token",
            "/health/live?x=" + odd.badEscape());
    return FuzzRequest.of(
        "elsewhere", dice.pick("GET", "GET", "POST", "HEAD", "DELETE"), target, headers(null));
  }

  // query strings

  private String maybeQuery(double p, boolean superOffice) {
    return dice.chance(p) ? query(superOffice) : "";
  }

  private String query(boolean superOffice) {
    if (dice.chance(0.05)) {
      return dice.pick("?", "?&", "?=", "?&&&", "??", "?#x", "?" + odd.badEscape(), "?a=b=c");
    }
    StringBuilder query = new StringBuilder("?");
    int count = dice.between(1, 4);
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        query.append(dice.chance(0.03) ? "&&" : "&");
      }
      String name =
          dice.weighted(
              w(5, () -> "$filter"),
              w(3, () -> "$top"),
              w(3, () -> "$skip"),
              w(3, () -> "$select"),
              w(3, () -> superOffice ? "$orderBy" : "$orderby"),
              w(
                  1,
                  () ->
                      dice.pick(
                          "$count",
                          "$expand",
                          "$format",
                          "$FILTER",
                          "$Top",
                          "userType",
                          "",
                          odd.word(4),
                          "%24filter",
                          "$filter" + odd.badEscape())));
      String value =
          switch (name) {
            case "$filter", "$FILTER", "%24filter" -> filter(superOffice, dice.between(0, 3));
            case "$top", "$skip", "$Top" ->
                dice.pick(
                    "0",
                    "1",
                    "-1",
                    "1000",
                    "1001",
                    "2147483647",
                    "2147483648",
                    "99999999999999999999",
                    "abc",
                    "1.5",
                    "",
                    " 1",
                    "1e3",
                    "+1",
                    "0x10");
            case "$select" -> select();
            case "$orderBy", "$orderby" -> orderBy();
            default -> odd.string();
          };
      query.append(name.startsWith("%") ? name : encodeCarelessly(name));
      if (!dice.chance(0.03)) {
        query.append('=').append(encodeCarelessly(value));
      }
    }
    return query.toString();
  }

  /** Percent-encoded, mostly as it should be; now and then raw, or with a malformed escape. */
  private String encodeCarelessly(String value) {
    return dice.weighted(
        w(80, () -> odd.percentEncoded(value)),
        w(12, () -> value.replace(" ", dice.pick("%20", "+")).replace("#", "%23")),
        w(8, () -> odd.percentEncoded(value) + odd.badEscape()));
  }

  private String filter(boolean superOffice, int depth) {
    String field = superOffice ? dice.pick(SO_FIELDS) : dice.pick(WELLO_FIELDS);
    if (depth <= 0 || dice.chance(0.3)) {
      return dice.weighted(
          w(
              6,
              () ->
                  field
                      + " "
                      + dice.pick(OPERATORS)
                      + " "
                      + dice.pick(
                          "'x'",
                          "'it''s'",
                          "'unterminated",
                          "1",
                          "true",
                          "null",
                          "1e400",
                          "'" + odd.word(5) + "'",
                          "''",
                          "guid'" + odd.uuid() + "'",
                          "x",
                          "(",
                          "'" + odd.string().replace("'", "''") + "'")),
          w(
              3,
              () ->
                  dice.pick("startswith", "contains", "endswith", "substringof", "tolower")
                      + "("
                      + field
                      + ","
                      + dice.pick("'T'", "'", "", "'a','b'", "1", "null", "'" + odd.word(3) + "'")
                      + ")"),
          w(
              2,
              () ->
                  dice.pick(
                      "",
                      " ",
                      "eq",
                      "eq eq eq",
                      "()",
                      "(" + field + " eq 'x'",
                      field + " eq 'x')",
                      "not " + field,
                      "and",
                      field + " eq 'x' and",
                      "(".repeat(dice.pick(64, 500, 1500))
                          + field
                          + " eq 'x'"
                          + ")".repeat(dice.pick(64, 500, 1500)),
                      (field + " eq 'x' or ").repeat(dice.pick(50, 300)) + field + " eq 'y'",
                      "'" + "x".repeat(dice.pick(300, 3000)) + "'")));
    }
    String left = filter(superOffice, depth - 1);
    String right = filter(superOffice, depth - 1);
    return dice.weighted(
        w(3, () -> left + " and " + right),
        w(3, () -> left + " or " + right),
        w(2, () -> "(" + left + ")"),
        w(1, () -> "not (" + left + ")"),
        w(1, () -> left + " " + dice.pick("AND", "&&", "||", ",") + " " + right));
  }

  private String select() {
    return dice.pick(
        "UserName",
        "AssociateId,UserName,Person/Lastname",
        "*",
        "Person/Lastname",
        "Person",
        "a/b/c/d",
        ",,,",
        "Person//",
        "/",
        "",
        "Nope",
        "username,USERNAME,UserName",
        String.join(",", Collections.nCopies(dice.pick(100, 1000), "UserName")),
        "Person/" + "x/".repeat(dice.pick(10, 200)),
        odd.string());
  }

  private String orderBy() {
    return dice.pick(
        "lastname desc,username",
        "lastname",
        "lastname desc desc",
        "x",
        "",
        ",",
        "lastname sideways",
        "rank asc, associateId desc",
        "Person/Lastname",
        "lastname,lastname,lastname",
        String.join(",", Collections.nCopies(dice.pick(50, 700), "email desc")),
        "email\tdesc",
        odd.string());
  }

  // headers

  /** Credentials (the administrator's, mostly), a Content-Type when given, and odd headers. */
  private List<Map.Entry<String, String>> headers(String contentType) {
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    headers.add(header("Authorization", dice.chance(0.85) ? fixture.admin() : authorization()));
    if (contentType != null) {
      if (dice.chance(0.88)) {
        headers.add(header("Content-Type", contentType));
      } else if (dice.chance(0.8)) {
        headers.add(header("Content-Type", contentType()));
      }
    }
    noise(headers);
    if (dice.chance(0.03)) {
      headers.add(dice.below(headers.size() + 1), header("Authorization", authorization()));
    }
    return headers;
  }

  private FuzzRequest withBody(
      String kind, String method, String target, String contentType, String body) {
    return FuzzRequest.of(kind, method, target, headers(contentType)).withBody(body);
  }

  private static Map.Entry<String, String> header(String name, String value) {
    return new SimpleEntry<>(name, value);
  }

  /** Credentials of every kind but the administrator's wrong password (which would lock it). */
  private String authorization() {
    return dice.chance(0.2)
        ? dice.pick(fixture.admin().replace("Basic ", "basic "), fixture.bearer(), fixture.ticket())
        : notTheAdministrator();
  }

  /**
   * Credentials that are not the administrator's: a wrong current password given with them in
   * {@code PUT /auth/password} counts as a failed log-on of theirs, and the administrator must not
   * be locked out.
   */
  private String notTheAdministrator() {
    return dice.weighted(
        w(2, () -> ""),
        w(1, () -> "Basic"),
        w(1, () -> "Basic !!!"),
        w(1, () -> "Basic " + base64("no colon")),
        w(2, () -> basic(odd.word(8) + "@example.test", odd.word(8))),
        w(2, () -> basic(fixture.victim(), odd.word(8))),
        w(2, () -> basic(fixture.victim(), victimPassword.get())),
        w(1, () -> basic(odd.string(), odd.string())),
        w(1, () -> "Bearer " + odd.word(40)),
        w(1, () -> fixture.bearer().substring(0, fixture.bearer().length() - 2) + "xx"),
        w(1, () -> "Bearer"),
        w(1, () -> "SoTicket " + odd.word(20)),
        w(1, () -> "Digest username=\"x\""),
        w(1, () -> "Basic " + "A".repeat(dice.pick(100, 10_000))),
        w(1, () -> "Basic " + base64("a\u0000b:c\u0001d")));
  }

  private static String basic(String username, String password) {
    return "Basic " + base64(username + ":" + password);
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private String contentType() {
    return dice.pick(
        "application/json; charset=utf-8",
        "application/json;charset=UTF-16",
        "application/json; charset=nope",
        "application/JSON",
        "application/json; charset=\"utf-8\"",
        "application/json; charset=",
        "application/json; q=1; x",
        "application/*",
        "*/*",
        "",
        ";",
        "application/",
        "text/plain",
        "application/xml",
        "text/xml; charset=iso-8859-1",
        "application/x-www-form-urlencoded",
        "application/json-patch+json",
        "application/merge-patch+json",
        "multipart/form-data; boundary=x",
        "application/json\u0001",
        "application/json, text/xml",
        "application/json; charset=utf-8; charset=latin1",
        "x".repeat(dice.pick(100, 9000)));
  }

  /** Now and then one to three headers with odd values. */
  private void noise(List<Map.Entry<String, String>> headers) {
    if (!dice.chance(0.35)) {
      return;
    }
    int count = dice.between(1, 3);
    for (int i = 0; i < count; i++) {
      headers.add(oddHeader());
    }
  }

  private Map.Entry<String, String> oddHeader() {
    return dice.weighted(
        w(
            3,
            () ->
                header(
                    "Accept",
                    dice.pick(
                        "application/json",
                        "application/xml",
                        "text/xml",
                        "*/*",
                        "application/xml;q=0",
                        "text/html",
                        "",
                        "a/b/c",
                        "application/json;q=abc",
                        "application/*",
                        "text/xml, application/json;q=0.9",
                        "application/json-patch+json",
                        "application/xml; charset=utf-16",
                        String.join(", ", Collections.nCopies(200, "text/x-a;q=0.1"))))),
        w(
            2,
            () ->
                header(
                    "If-Match",
                    dice.pick(
                        "*",
                        dice.pick(fixture.etags()),
                        "\"1\"",
                        "W/\"1\"",
                        "\"",
                        "garbage",
                        "\"99999999999999999999\"",
                        "\"-1\"",
                        "\"1\", \"2\"",
                        "",
                        "\"" + "9".repeat(500) + "\""))),
        w(
            1,
            () ->
                header(
                    "If-Unmodified-Since",
                    dice.pick(
                        "Sun, 01 Nov 2026 00:00:00 GMT",
                        "Thu, 01 Jan 1970 00:00:00 GMT",
                        "Fri, 31 Dec 9999 23:59:59 GMT",
                        "garbage",
                        "",
                        "Sun, 32 Nov 2026 25:00:00 GMT",
                        "1700000000"))),
        w(
            2,
            () ->
                header(
                    "Prefer",
                    dice.pick(
                        "handling=strict",
                        "return=minimal",
                        "return=representation",
                        "handling=lenient",
                        "handling=strict, return=minimal",
                        "handling=",
                        "=",
                        ";;;",
                        "handling=strict; x=\"",
                        "return=minimal".repeat(100)))),
        w(
            2,
            () ->
                header(
                    "SO-TimeZone",
                    dice.pick(
                        "Europe/Oslo",
                        "+02:00",
                        "UTC+2",
                        "UTC+99",
                        "Europe/Oslo, includeTZOffset",
                        ", includeTZOffset",
                        "includeTZOffset",
                        "US-NY",
                        "../../etc/passwd",
                        "+99:99",
                        "UTC-18",
                        "GMT+14:00",
                        "",
                        "Etc/GMT+12",
                        "SystemV/AST4",
                        "-00:00",
                        "+1",
                        "Z",
                        "UTC+2147483648",
                        odd.string()))),
        w(
            1,
            () ->
                header(
                    "SO-Culture",
                    dice.pick(
                        "nb",
                        "sv",
                        "en-GB",
                        "xx-YY",
                        "",
                        "nb-NO-x-private",
                        "zh-Hant-TW",
                        "i-klingon",
                        "und",
                        "ar-SA-u-nu-arab",
                        "th-TH-u-ca-buddhist",
                        "*",
                        odd.string()))),
        w(
            1,
            () ->
                header(
                    "SO-Language",
                    dice.pick("en", "nb", "no", "sv", "*", "x", "", "zz", odd.string()))),
        w(
            1,
            () ->
                header(
                    "Accept-Language",
                    dice.pick(
                        "nb-NO, en;q=0.5",
                        "q=;",
                        "*;q=2",
                        "sv;q=abc",
                        "",
                        String.join(",", Collections.nCopies(300, "en;q=0.1"))))),
        w(
            2,
            () ->
                header(
                    "X-Request-Id",
                    dice.pick(
                        "fuzz-1",
                        "a".repeat(65),
                        "x".repeat(dice.pick(1000, 10_000)),
                        "a\u0001b",
                        "a\u0000b",
                        "a\u007fb",
                        "\u00e6\u00f8\u00e5",
                        "",
                        "a b",
                        "a\tb"))),
        w(1, () -> header("SO-AppToken", dice.pick("partner-app-token", "", odd.word(10)))),
        w(1, () -> header("X-XSRF-TOKEN", dice.pick(fixture.xsrf(), odd.word(10)))),
        w(
            1,
            () ->
                header(
                    "Cookie",
                    dice.pick(
                        fixture.sessionCookie(),
                        "a=b; ;;",
                        "=",
                        "roster_session=x",
                        fixture.sessionCookie() + "; " + fixture.sessionCookie()))),
        w(1, () -> header("Content-Encoding", dice.pick("gzip", "br", "deflate", "x"))),
        w(1, () -> header("Expect", dice.pick("100-continue", "garbage"))),
        w(1, () -> header("X-HTTP-Method-Override", dice.pick("DELETE", "PATCH"))),
        w(1, () -> header("X-Forwarded-For", dice.pick("1.2.3.4", "garbage", "::1, 10.0.0.1"))),
        w(1, () -> header("Origin", "http://evil.test")),
        w(1, () -> header("Range", "bytes=0-1")),
        w(
            1,
            () ->
                header(
                    dice.pick("X-\u0001", "Bad Name", "X-" + "h".repeat(300), "X-\u00e6"),
                    "value")),
        w(
            1,
            () ->
                header(
                    dice.pick("Accept", "Prefer", "SO-Culture", "If-Match", "Content-Type"),
                    "a\u0000b\u001b")));
  }
}
