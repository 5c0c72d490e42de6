package io.roster.adapter.rest.fuzz;

import static io.roster.adapter.rest.fuzz.Dice.w;

import io.roster.adapter.rest.fuzz.Json.Arr;
import io.roster.adapter.rest.fuzz.Json.Obj;
import io.roster.adapter.rest.fuzz.Json.Raw;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Request bodies: a valid body (a template a GET answered) with a value or two mutated, or broken
 * as a whole (truncated, followed by more, not JSON or XML at all); JSON Patches, merge patches,
 * forms, XML with DTDs and entities, log-on bodies.
 */
final class Bodies {
  private static final String[] UNKNOWN_NAMES = {
    "ShoeSize",
    "shoe_size",
    "x_unknown",
    "x_shoe_size",
    "udf101",
    "udf0",
    "UDF1",
    "__proto__",
    "constructor",
    "$type",
    "",
    " ",
    "a\u0000b",
    "Person.Lastname",
    "odata.type",
    "@odata.etag"
  };

  private static final Pattern XML_LEAF =
      Pattern.compile("<([A-Za-z_][\\w.]*)((?: [^<>]*?)?)(?:/>|>([^<]*)</\\1>)");

  private final Dice dice;
  private final Odd odd;
  private final Fixture fixture;
  private final Supplier<String> victimPassword;

  Bodies(Dice dice, Odd odd, Fixture fixture, Supplier<String> victimPassword) {
    this.dice = dice;
    this.odd = odd;
    this.fixture = fixture;
    this.victimPassword = victimPassword;
  }

  // JSON

  /** {@code template} with one to a few values mutated, perhaps broken as a whole. */
  String mutatedJson(String template) {
    Object root = Json.parse(template);
    int mutations = dice.weighted(w(70, () -> 1), w(20, () -> 2), w(10, () -> dice.between(3, 6)));
    for (int i = 0; i < mutations; i++) {
      root = mutate(root);
    }
    String text = Json.write(root);
    return dice.chance(0.12) ? broken(text) : text;
  }

  /** A place in a JSON tree: a member of an object or an item of an array. */
  private record Place(Object container, int index) {
    Object value() {
      return container instanceof Obj obj
          ? obj.members().get(index).getValue()
          : ((Arr) container).items().get(index);
    }

    void set(Object value) {
      if (container instanceof Obj obj) {
        obj.members().get(index).setValue(value);
      } else {
        ((Arr) container).items().set(index, value);
      }
    }

    void remove() {
      if (container instanceof Obj obj) {
        obj.members().remove(index);
      } else {
        ((Arr) container).items().remove(index);
      }
    }
  }

  private static void places(Object value, List<Place> into) {
    if (value instanceof Obj obj) {
      for (int i = 0; i < obj.members().size(); i++) {
        into.add(new Place(obj, i));
        places(obj.members().get(i).getValue(), into);
      }
    } else if (value instanceof Arr arr) {
      for (int i = 0; i < arr.items().size(); i++) {
        into.add(new Place(arr, i));
        places(arr.items().get(i), into);
      }
    }
  }

  /** {@code root} with one thing changed; the new root (which a mutation may replace). */
  Object mutate(Object root) {
    List<Place> places = new ArrayList<>();
    places(root, places);
    if (places.isEmpty() || dice.chance(0.03)) {
      return odd.jsonValue();
    }
    Place place = dice.pick(places);
    Object was = place.value();
    switch (dice.below(10)) {
      case 0, 1, 2, 3 -> place.set(oddLike(was));
      case 4 -> place.remove();
      case 5 -> {
        Obj obj = place.container() instanceof Obj o ? o : root instanceof Obj r ? r : null;
        if (obj != null) {
          obj.put(dice.chance(0.8) ? dice.pick(UNKNOWN_NAMES) : odd.string(), odd.jsonValue());
        }
      }
      case 6 -> {
        if (place.container() instanceof Obj obj) {
          String name = obj.members().get(place.index()).getKey();
          obj.put(dice.chance(0.5) ? name : name.toUpperCase(Locale.ROOT), oddLike(was));
        } else {
          ((Arr) place.container()).add(Json.copy(was));
        }
      }
      case 7 -> place.set(new Raw(odd.deep(dice.pick(20, 62, 63, 64, 65, 200, 3000))));
      case 8 -> {
        if (place.container() instanceof Obj obj) {
          Map.Entry<String, Object> member = obj.members().get(place.index());
          obj.members()
              .set(
                  place.index(),
                  new SimpleEntry<>(
                      dice.chance(0.5)
                          ? member.getKey().toLowerCase(Locale.ROOT)
                          : member.getKey() + dice.pick(" ", "\u0000", "_", "s"),
                      member.getValue()));
        } else {
          place.set(odd.jsonValue());
        }
      }
      default -> place.set(odd.jsonValue());
    }
    return root;
  }

  /** An odd value, of the same type as {@code was} more often than not. */
  private Object oddLike(Object was) {
    if (dice.chance(0.35)) {
      return odd.jsonValue();
    }
    if (was instanceof Number) {
      return new Raw(odd.number());
    }
    if (was instanceof Boolean) {
      return dice.pick(new Raw("\"true\""), new Raw("1"), new Raw("True"), !((Boolean) was));
    }
    if (was instanceof Arr) {
      return dice.chance(0.5) ? odd.longArray() : new Arr().add(odd.jsonValue());
    }
    if (was instanceof Obj) {
      return dice.chance(0.5) ? new Obj().put("Id", odd.jsonValue()) : odd.jsonValue();
    }
    return odd.jsonString();
  }

  /** {@code text} cut short, followed by more, or replaced by something that is no such body. */
  String broken(String text) {
    return dice.weighted(
        w(4, () -> text.substring(0, dice.below(Math.max(1, text.length())))),
        w(
            4,
            () ->
                text
                    + dice.pick(
                        " {}",
                        "}",
                        "]",
                        ",",
                        " x",
                        "\u0000",
                        "<x/>",
                        "\n\n{\"a\":1}",
                        " null",
                        "\n",
                        " \t\r\n ",
                        "//",
                        "/* c */")),
        w(2, () -> dice.pick("\ufeff", "x", "[", ")]}'\n", "\u0000", " ") + text),
        w(
            3,
            () ->
                dice.pick(
                    "",
                    " ",
                    "null",
                    "[]",
                    "{}",
                    "\"str\"",
                    "0",
                    "true",
                    "[{}]",
                    "{\"a\":}",
                    "{'a':1}",
                    "{\"a\":1,}",
                    "a=b",
                    "<UserWithLinks/>",
                    "{\"a\":NaN}",
                    "\u0000\u0000")),
        w(1, () -> odd.deep(dice.pick(100, 10_000, 100_000))),
        w(1, () -> text.replace("\"", "'")));
  }

  // JSON Patch and merge patch

  private static final String[] PATCH_OPS = {
    "add", "remove", "replace", "move", "copy", "test", "Add", "REPLACE", "delete", "", "merge"
  };

  /** A JSON Patch for a user shown as {@code template}: odd paths, odd ops, odd values. */
  String jsonPatch(String template) {
    List<String> pointers = new ArrayList<>();
    pointers(Json.parse(template), "", pointers);
    if (dice.chance(0.04)) {
      return selfCopying(pointers);
    }
    Arr ops = new Arr();
    int count = dice.chance(0.02) ? dice.pick(1000, 1001) : dice.between(1, 6);
    for (int i = 0; i < count; i++) {
      ops.add(operation(pointers));
    }
    String text = Json.write(ops);
    if (dice.chance(0.05)) {
      return dice.pick(
          "{}", "null", "\"add\"", "[[]]", "[null]", "[1]", Json.write(operation(pointers)));
    }
    return dice.chance(0.06) ? broken(text) : text;
  }

  private Obj operation(List<String> pointers) {
    String op =
        dice.chance(0.9)
            ? dice.pick("add", "remove", "replace", "move", "copy", "test")
            : dice.pick(PATCH_OPS);
    Obj operation = new Obj();
    if (!dice.chance(0.03)) {
      operation.put("op", dice.chance(0.97) ? op : odd.jsonValue());
    }
    if (!dice.chance(0.03)) {
      operation.put("path", dice.chance(0.95) ? pointer(pointers) : odd.jsonValue());
    }
    if (op.equals("move") || op.equals("copy") || dice.chance(0.05)) {
      operation.put("from", pointer(pointers));
    }
    if (op.equals("add") || op.equals("replace") || op.equals("test") || dice.chance(0.05)) {
      operation.put("value", dice.chance(0.5) ? odd.jsonValue() : odd.string());
    }
    if (dice.chance(0.05)) {
      operation.put(dice.pick(UNKNOWN_NAMES), odd.jsonValue());
    }
    if (dice.chance(0.03)) {
      operation.put("op", "remove");
    }
    return operation;
  }

  /** A JSON pointer: one the user has, or an odd one. */
  private String pointer(List<String> pointers) {
    if (dice.chance(0.6)) {
      String pointer = dice.pick(pointers);
      return dice.chance(0.15) ? pointer.toLowerCase(Locale.ROOT) : pointer;
    }
    return dice.pick(
        "",
        "/",
        "-",
        "/-",
        "/~",
        "/~2",
        "/~0~1",
        "/~1",
        "Tooltip",
        "/Tooltip/",
        "//Tooltip",
        "/OtherGroups/-",
        "/OtherGroups/-/Id",
        "/OtherGroups/0",
        "/OtherGroups/1",
        "/OtherGroups/01",
        "/OtherGroups/-1",
        "/OtherGroups/99999999999",
        "/OtherGroups/2147483648",
        "/Credentials/0/Value",
        "/CustomFields/udf1",
        "/CustomFields/x_shoe_size",
        "/CustomFields/nope",
        "/ExtraFields/x_level",
        "/Person/Lastname",
        "/Person/Lastname/deeper",
        "/Person/Nope",
        "/Nope/Deeper",
        "/Person",
        "/AssociateId",
        "/TableRight/Mask",
        "/_Links/Self",
        "/Deleted",
        "/Tooltip\u0000",
        "/" + "a/".repeat(dice.pick(10, 64, 65, 500)) + "a",
        "/" + odd.word(dice.pick(5, 300, 5000)));
  }

  private static void pointers(Object value, String at, List<String> into) {
    into.add(at);
    if (value instanceof Obj obj) {
      for (Map.Entry<String, Object> member : obj.members()) {
        pointers(
            member.getValue(),
            at + "/" + member.getKey().replace("~", "~0").replace("/", "~1"),
            into);
      }
    } else if (value instanceof Arr arr) {
      for (int i = 0; i < arr.items().size(); i++) {
        pointers(arr.items().get(i), at + "/" + i, into);
      }
      into.add(at + "/-");
    }
  }

  /** Operations that copy a part of the user into itself again and again. */
  private String selfCopying(List<String> pointers) {
    Arr ops = new Arr();
    String from = dice.pick("", "/Person", "/LicenseOwners", "/CustomFields", dice.pick(pointers));
    String into = from.isEmpty() ? "/Tooltip" : from + "/copy";
    for (int i = 0; i < dice.pick(10, 40, 1000); i++) {
      ops.add(
          new Obj()
              .put("op", dice.chance(0.8) ? "copy" : "move")
              .put("from", from)
              .put("path", dice.chance(0.5) ? into : into + i));
    }
    return Json.write(ops);
  }

  /** A merge patch: a few of the user's members with odd values, nulls and unknown members. */
  String mergePatch(String template) {
    if (dice.chance(0.06)) {
      return dice.pick("null", "[]", "\"x\"", "1", "[{\"Tooltip\":null}]");
    }
    Obj whole = (Obj) Json.parse(template);
    Obj patch = new Obj();
    int count = dice.between(1, 4);
    for (int i = 0; i < count; i++) {
      Map.Entry<String, Object> member = dice.pick(whole.members());
      Object value = member.getValue();
      patch.put(
          member.getKey(),
          dice.weighted(
              w(3, () -> null),
              w(5, () -> mutate(Json.copy(value))),
              w(3, () -> oddLike(value)),
              w(1, () -> Json.copy(value))));
    }
    if (dice.chance(0.2)) {
      patch.put(dice.pick(UNKNOWN_NAMES), odd.jsonValue());
    }
    String text = Json.write(patch);
    return dice.chance(0.06) ? broken(text) : text;
  }

  // XML

  /** {@code template} (XML) with one to a few things changed, or broken as a whole. */
  String mutatedXml(String template) {
    String xml = template;
    int mutations = dice.weighted(w(75, () -> 1), w(25, () -> dice.between(2, 4)));
    for (int i = 0; i < mutations; i++) {
      xml = mutateXml(xml);
    }
    return dice.chance(0.25) ? brokenXml(xml) : xml;
  }

  private String mutateXml(String xml) {
    List<int[]> leaves = new ArrayList<>();
    Matcher matcher = XML_LEAF.matcher(xml);
    while (matcher.find()) {
      leaves.add(new int[] {matcher.start(), matcher.end()});
    }
    if (leaves.isEmpty()) {
      return xml;
    }
    int[] leaf = dice.pick(leaves);
    Matcher one = XML_LEAF.matcher(xml.substring(leaf[0], leaf[1]));
    one.matches();
    String name = one.group(1);
    String before = xml.substring(0, leaf[0]);
    String after = xml.substring(leaf[1]);
    String replacement =
        switch (dice.below(9)) {
          case 0, 1, 2 -> "<" + name + ">" + xmlText() + "</" + name + ">";
          case 3 -> "";
          case 4 ->
              xml.substring(leaf[0], leaf[1])
                  + "<"
                  + dice.pick("ShoeSize", name, "x_unknown", "a:b", name.toLowerCase(Locale.ROOT))
                  + ">"
                  + xmlText()
                  + "</"
                  + dice.pick("ShoeSize", name, "x_unknown", "a:b", name.toLowerCase(Locale.ROOT))
                  + ">";
          case 5 ->
              "<"
                  + name
                  + dice.pick(
                      " a=\"1\"",
                      " xsi:nil=\"true\"",
                      " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"",
                      " xmlns=\"urn:other\"",
                      " a=\"1\" a=\"2\"",
                      " a='&#0;'",
                      " " + "b".repeat(dice.pick(10, 5000)) + "=\"1\"")
                  + ">"
                  + xmlText()
                  + "</"
                  + name
                  + ">";
          case 6 -> "<" + name + "><x>" + xmlText() + "</x><y/></" + name + ">";
          case 7 ->
              "<"
                  + name
                  + "><![CDATA["
                  + dice.pick("x", "]]>", "<a>", "\u0001")
                  + "]]></"
                  + name
                  + ">";
          default -> "<" + name + ">" + odd.number() + "</" + name + ">";
        };
    return before + replacement + after;
  }

  /** Text for an element: escaped as XML would, or with what XML cannot carry. */
  private String xmlText() {
    if (dice.chance(0.25)) {
      return dice.pick(
          "&#0;",
          "&#x1;",
          "&#xD800;",
          "&#xFFFE;",
          "&#1114112;",
          "&#99999999999;",
          "&#x;",
          "&nope;",
          "&amp",
          "a\u0001b",
          "a\u0000b",
          "a\uE000b",
          "a\uE001b",
          "<",
          "&",
          "]]>",
          "&lt;&#65;&gt;");
    }
    return odd.string().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private String brokenXml(String xml) {
    String body = xml.startsWith("<?xml") ? xml.substring(xml.indexOf("?>") + 2) : xml;
    Matcher root = Pattern.compile("<([A-Za-z_][\\w.]*)").matcher(body);
    String rootName = root.find() ? root.group(1) : "UserWithLinks";
    return dice.weighted(
        w(
            3,
            () ->
                dtd(rootName)
                    + body.replaceFirst(
                        "<Tooltip[^>]*?(/>|>[^<]*</Tooltip>)", "<Tooltip>&e;</Tooltip>")),
        w(1, () -> billionLaughs(rootName)),
        w(
            2,
            () ->
                body.replaceFirst(
                        "<" + rootName,
                        "<"
                            + dice.pick(
                                "User",
                                "Users",
                                "Foo",
                                "userwithlinks",
                                "a:UserWithLinks xmlns:a=\"urn:a\"",
                                "UserWithLinks xmlns=\"urn:other\""))
                    .replaceFirst(
                        "</" + rootName + ">\\s*$",
                        "</"
                            + dice.pick(
                                "User",
                                "Users",
                                "Foo",
                                "userwithlinks",
                                "a:UserWithLinks",
                                "UserWithLinks")
                            + ">")),
        w(
            2,
            () ->
                body
                    + dice.pick(
                        "<UserWithLinks/>",
                        "trailing",
                        "<?pi x?>",
                        "<!-- c -->",
                        "<!-- c -- d -->",
                        "\u0000",
                        "&amp;",
                        "<![CDATA[x]]>",
                        " {}")),
        w(2, () -> body.substring(0, dice.below(Math.max(1, body.length())))),
        w(
            1,
            () ->
                body.replaceFirst(
                    "</" + rootName + ">\\s*$",
                    "<a>".repeat(dice.pick(100, 1000, 20_000))
                        + "</a>".repeat(dice.pick(100, 1000, 20_000))
                        + "</"
                        + rootName
                        + ">")),
        w(
            2,
            () ->
                dice.pick(
                        "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
                        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>",
                        "<?xml version=\"1.0\" encoding=\"EBCDIC-XYZ\"?>",
                        "<?xml version=\"1.1\"?>",
                        "<?xml version=\"2.0\"?>",
                        "<?xml version=\"1.0\" standalone=\"maybe\"?>",
                        " <?xml version=\"1.0\"?>",
                        "\ufeff",
                        "\ufeff<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                    + body),
        w(
            1,
            () ->
                body.replaceFirst(
                    "<" + rootName,
                    "<"
                        + rootName
                        + " xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include"
                        + " href=\"file:///etc/passwd\" parse=\"text\"/")),
        w(
            1,
            () ->
                dice.pick(
                    "",
                    " ",
                    "<",
                    "<UserWithLinks>",
                    "</UserWithLinks>",
                    "<UserWithLinks/>",
                    "<User/>",
                    "<Users><value/></Users>",
                    "{\"UserName\":\"x\"}",
                    "<?xml version=\"1.0\"?>",
                    "<!-- only a comment -->",
                    "<" + "a".repeat(20_000) + "/>")));
  }

  private String dtd(String root) {
    return dice.pick(
        "<!DOCTYPE " + root + " [<!ENTITY e \"entity text\">]>",
        "<!DOCTYPE " + root + " [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
        "<!DOCTYPE " + root + " [<!ENTITY e SYSTEM \"http://127.0.0.1:9/x\">]>",
        "<!DOCTYPE " + root + " [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/p\"> %p;]>",
        "<!DOCTYPE " + root + " SYSTEM \"http://127.0.0.1:9/x.dtd\">",
        "<!DOCTYPE " + root + ">",
        "<!DOCTYPE " + root + " [<!ELEMENT " + root + " ANY>]>");
  }

  private String billionLaughs(String root) {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE " + root + " [<!ENTITY l0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10));
      dtd.append("\">");
    }
    return dtd + "]><" + root + "><Tooltip>&l9;</Tooltip></" + root + ">";
  }

  // forms

  /** A form for the SuperOffice dialect: flat, dotted and indexed names, odd names and values. */
  String form() {
    List<String[]> fields = new ArrayList<>();
    fields.add(new String[] {"UserName", odd.word(8) + "@example.test"});
    fields.add(new String[] {"Person.Lastname", "Form"});
    fields.add(new String[] {"Person.Email", odd.word(6) + "@example.test"});
    if (dice.chance(0.5)) {
      fields.add(new String[] {"Tooltip", "from a form"});
    }
    if (dice.chance(0.5)) {
      fields.add(new String[] {"OtherGroups[0].Id", "1"});
    }
    if (dice.chance(0.3)) {
      fields.add(new String[] {"CustomFields.udf1", "x"});
    }
    if (dice.chance(0.2)) {
      fields.add(new String[] {"Rank", "3"});
    }
    int mutations = dice.between(1, 3);
    for (int i = 0; i < mutations; i++) {
      int at = dice.below(fields.size());
      switch (dice.below(5)) {
        case 0, 1 -> fields.get(at)[1] = odd.string();
        case 2 -> fields.get(at)[0] = formName();
        case 3 -> fields.add(new String[] {formName(), odd.string()});
        default -> fields.get(at)[1] = odd.number();
      }
    }
    if (dice.chance(0.03)) {
      for (int i = 0; i < dice.pick(1000, 5000); i++) {
        fields.add(new String[] {"OtherGroups[" + i + "].Id", "1"});
      }
    }
    StringBuilder form = new StringBuilder();
    for (String[] field : fields) {
      if (form.length() > 0) {
        form.append(dice.chance(0.03) ? dice.pick("&&", ";", "&=&") : "&");
      }
      form.append(dice.chance(0.9) ? odd.percentEncoded(field[0]) : field[0]);
      if (!dice.chance(0.03)) {
        form.append(dice.chance(0.02) ? "==" : "=");
        if (dice.chance(0.1)) {
          form.append(field[1]).append(dice.chance(0.3) ? odd.badEscape() : "");
        } else {
          form.append(odd.percentEncoded(field[1]));
        }
      }
    }
    return dice.chance(0.03) ? form.substring(0, dice.below(form.length() + 1)) : form.toString();
  }

  private String formName() {
    return dice.pick(
        "a[",
        "[0]",
        "[]",
        "OtherGroups[99999999].Id",
        "OtherGroups[2147483647].Id",
        "OtherGroups[2147483648].Id",
        "OtherGroups[-1].Id",
        "OtherGroups[0][Id][x]",
        "OtherGroups[0][Id]",
        "OtherGroups[x].Id",
        "OtherGroups.0.Id",
        "Person..Lastname",
        ".",
        "Person.",
        "Person.Shoe",
        "Shoe",
        "Person[Lastname]",
        "CustomFields.udf1",
        "CustomFields.nope",
        "ExtraFields.x_level",
        "Credentials[0].Type.Type",
        "Credentials[0].Value",
        "Person.Birthdate",
        "Deleted",
        "AssociateId",
        "Person." + "a.".repeat(dice.pick(10, 70, 500)) + "b",
        odd.word(dice.pick(5, 300, 5000)),
        "");
  }

  // log-on bodies

  /** A body for {@code /auth/token} or {@code /auth/session}, JSON or a form. */
  String logOn(boolean form) {
    String username =
        dice.weighted(
            w(5, fixture::victim),
            w(2, () -> odd.word(8) + "@example.test"),
            w(2, odd::string),
            w(1, () -> fixture.usernames().get(0)));
    String password =
        dice.weighted(w(3, victimPassword::get), w(3, () -> odd.word(10)), w(2, odd::string));
    if (form) {
      StringBuilder text = new StringBuilder();
      text.append("grant_type=")
          .append(dice.chance(0.8) ? "password" : odd.percentEncoded(odd.string()));
      if (!dice.chance(0.05)) {
        text.append("&username=").append(odd.percentEncoded(username));
      }
      if (!dice.chance(0.05)) {
        text.append("&password=").append(odd.percentEncoded(password));
      }
      if (dice.chance(0.1)) {
        text.append("&").append(dice.pick("=x", "a", "%zz=1", "scope=" + odd.badEscape()));
      }
      return text.toString();
    }
    Obj body = new Obj().put("username", username).put("password", password);
    Object root = dice.chance(0.4) ? mutate(body) : body;
    String text = Json.write(root);
    return dice.chance(0.08) ? broken(text) : text;
  }

  /** A body for {@code PUT /auth/password}. */
  String passwordChange() {
    Obj body =
        new Obj()
            .put("current_password", dice.chance(0.5) ? victimPassword.get() : odd.string())
            .put(
                "new_password",
                dice.weighted(
                    w(2, () -> odd.word(12)),
                    w(3, odd::string),
                    w(1, () -> "x".repeat(dice.pick(1024, 1025, 100_000)))));
    Object root = dice.chance(0.4) ? mutate(body) : body;
    String text = Json.write(root);
    return dice.chance(0.08) ? broken(text) : text;
  }
}
