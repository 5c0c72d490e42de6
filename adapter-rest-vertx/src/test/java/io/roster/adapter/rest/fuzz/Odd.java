package io.roster.adapter.rest.fuzz;

import static io.roster.adapter.rest.fuzz.Dice.w;

import io.roster.adapter.rest.fuzz.Json.Arr;
import io.roster.adapter.rest.fuzz.Json.Obj;
import io.roster.adapter.rest.fuzz.Json.Raw;
import java.util.UUID;

/** Odd values: the strings, numbers and shapes a hostile or careless client sends. */
final class Odd {
  private static final String[] PLAIN = {
    "",
    " ",
    "x",
    "Ada",
    "ada@example.test",
    "  padded  ",
    "\u00e6\u00f8\u00e5",
    "\u65e5\u672c\u8a9e",
    "\ud83d\ude00",
    "a'b\"c",
    "<b>x</b>",
    "&amp;",
    "]]>",
    "null",
    "true",
    "0",
    "-1",
    "%zz",
    "%00",
    "\\",
    "/",
    "../..",
    "${jndi:ldap://127.0.0.1/x}",
    "{{7*7}}",
    "' or '1'='1",
    "\u202eevil",
    "zero\u200bwidth",
    "e\u0301",
    "\ufeffbom",
    "tab\there",
    "line\nbreak",
    "cr\rhere",
    "Password",
    "InternalAssociate",
    "udf1"
  };

  private static final char[] REFUSED = {
    '\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\ufffe',
    '\uffff'
  };

  private static final char[] ALLOWED_ODD = {'\u007f', '\u0085', '\u2028', '\u00a0', '\ufeff'};

  private static final String[] NUMBERS = {
    "0",
    "-1",
    "1",
    "3",
    "1.5",
    "1e0",
    "1.0",
    "1e400",
    "-1e400",
    "1E-400",
    "2147483647",
    "2147483648",
    "-2147483649",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775809",
    "-0",
    "0.1e1",
    "1e2147483648",
    "123456789012345678901234567890.5e-10",
    "4.9e-324"
  };

  private static final String[] BAD_NUMBERS = {
    "00", "01", "+1", ".5", "5.", "NaN", "Infinity", "-Infinity", "0x10", "1_000", "1e", "--1", "-"
  };

  private static final String[] DATES = {
    "0001-01-01T00:00:00",
    "0001-01-01T00:00:00.0000000+14:00",
    "9999-12-31T23:59:59.9999999",
    "2026-02-30",
    "2026-13-01T00:00:00",
    "1990-12-10T00:00:00+25:00",
    "1990-12-10T00:00:00-18:00",
    "-999999999-01-01",
    "+1000000-01-01T00:00:00Z",
    "1990-12-10T24:00:00",
    "2026-11-23T14:05:07.12345678901",
    "10000-01-01",
    "1990-12-10T00:00:00Z[Europe/Oslo]",
    "1990-12-10",
    "1990-12-10T00:00:00",
    "not a date",
    "/Date(1234567890000)/"
  };

  private final Dice dice;

  Odd(Dice dice) {
    this.dice = dice;
  }

  /** A string a client might send where text is expected, odd or not. */
  String string() {
    return dice.weighted(
        w(6, () -> dice.pick(PLAIN)),
        w(3, () -> word(dice.between(1, 40))),
        w(3, this::huge),
        w(5, this::withRefusedCharacter),
        w(1, () -> "a" + ALLOWED_ODD[dice.below(ALLOWED_ODD.length)] + "b"),
        w(2, () -> dice.pick(DATES)),
        w(2, this::id),
        w(1, () -> word(3) + "@" + word(5) + ".test"));
  }

  /** Letters and digits, never forming a word the answers are checked for. */
  String word(int length) {
    StringBuilder word = new StringBuilder();
    String letters = "abcdefghkmnprtuvwxyz0123456789";
    for (int i = 0; i < length; i++) {
      word.append(letters.charAt(dice.below(letters.length())));
    }
    return word.toString();
  }

  /** A long string: around a field's bound, far beyond it, or beyond a body's limit (rarely). */
  String huge() {
    int length =
        dice.chance(0.03)
            ? dice.pick(300_000, 1_048_577)
            : dice.pick(64, 65, 255, 256, 257, 1024, 1025, 4000, 4001, 20_000);
    String unit = dice.pick("x", "\u00e6", "\ud83d\ude00", "ab ", "\\");
    return unit.repeat(Math.max(1, length / unit.length()));
  }

  /** A string with a character Roster refuses (or, rarely, bytes that are no UTF-8). */
  String withRefusedCharacter() {
    if (dice.chance(0.15)) {
      return "a" + dice.pick('\uE000', '\uE001', '\uE002', '\uE003') + "b";
    }
    char refused = dice.chance(0.3) ? REFUSED[0] : REFUSED[dice.below(REFUSED.length)];
    return dice.pick("", "Ada") + refused + dice.pick("", "b");
  }

  /** A GUID, the empty one, or one that is not. */
  String id() {
    return dice.pick(
        "00000000-0000-0000-0000-000000000000",
        uuid().toString(),
        "{" + uuid() + "}",
        uuid().toString().toUpperCase(java.util.Locale.ROOT),
        "not-a-guid",
        "12345",
        uuid().toString().substring(0, 30));
  }

  UUID uuid() {
    return new UUID(dice.nextLong(), dice.nextLong());
  }

  /** A number's text: in range or not, whole or not, or no JSON number at all (rarely). */
  String number() {
    if (dice.chance(0.1)) {
      return dice.pick(BAD_NUMBERS);
    }
    if (dice.chance(0.1)) {
      return "9".repeat(dice.pick(99, 100, 101, 1000, 5000));
    }
    return dice.pick(NUMBERS);
  }

  /** A JSON value of any type, odd or not. */
  Object jsonValue() {
    return dice.weighted(
        w(8, this::jsonString),
        w(4, () -> new Raw(number())),
        w(2, () -> dice.chance(0.5)),
        w(2, () -> null),
        w(2, () -> dice.chance(0.5) ? new Arr() : new Obj()),
        w(2, () -> new Raw(deep(dice.pick(10, 63, 64, 65, 300)))),
        w(1, this::longArray),
        w(1, this::item));
  }

  /** A string value, perhaps written as JSON cannot carry it (a raw control character). */
  Object jsonString() {
    if (dice.chance(0.12)) {
      return new Raw(
          dice.pick(
              "\"a\\ud800b\"",
              "\"\\udfff\"",
              "\"\\ud83d\"",
              "\"\\ude00x\"",
              "\"a\u0001b\"",
              "\"tab\u0009raw\"",
              "\"a\\u0000\"",
              "\"\\x41\"",
              "\"\\u12\"",
              "'single'",
              "\"unterminated"));
    }
    return string();
  }

  /** Nesting {@code depth} levels deep, of arrays or of objects. */
  String deep(int depth) {
    if (dice.chance(0.5)) {
      return "[".repeat(depth) + "]".repeat(depth);
    }
    return "{\"a\":".repeat(depth - 1) + "{}" + "}".repeat(depth - 1);
  }

  /** An array of many items, an item list's bound (1,000) or beyond. */
  Arr longArray() {
    Arr arr = new Arr();
    int size = dice.pick(21, 1000, 1001, 3000);
    for (int i = 0; i < size; i++) {
      arr.add(new Obj().put("Id", (i % 3) + 1));
    }
    return arr;
  }

  /** A list item as the SuperOffice dialect names one, with an odd id. */
  Obj item() {
    return new Obj().put("Id", new Raw(number()));
  }

  /** {@code text} percent-encoded as a form or a query string would, or carelessly. */
  String percentEncoded(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : FuzzRequest.bytes(text)) {
      int c = b & 0xFF;
      if (Character.isLetterOrDigit(c) && c < 0x80 || c == '-' || c == '.' || c == '_') {
        out.append((char) c);
      } else {
        out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", c));
      }
    }
    return out.toString();
  }

  /** A malformed percent escape, or another sequence a decoder may trip on. */
  String badEscape() {
    return dice.pick(
        "%",
        "%z",
        "%zz",
        "%2",
        "%%",
        "%+1",
        "%G0",
        "%00",
        "%C3%28",
        "%FF",
        "%ED%A0%80",
        "%C0%80",
        "%E2%82",
        "%252F",
        "%2F",
        "%u0041",
        "%5C");
  }
}
