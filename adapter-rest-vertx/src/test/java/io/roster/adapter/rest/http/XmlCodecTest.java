package io.roster.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XML is read without DTDs: entities are neither expanded nor fetched, and a document using one
 * fails.
 */
class XmlCodecTest {
  private static final String SECRET = "the-secret-in-the-file-7f3a9c";

  private final XmlCodec xml = new XmlCodec();

  record Person(String firstname, String lastname) {}

  @TempDir Path dir;

  private static Buffer body(String text) {
    return Buffer.buffer(text);
  }

  /** Everything an exception could show: its messages, causes and stack trace. */
  private static String fullText(Throwable e) {
    StringWriter text = new StringWriter();
    e.printStackTrace(new PrintWriter(text));
    return text.toString();
  }

  @Test
  void reads_a_plain_document() throws JsonProcessingException {
    Person read =
        xml.read(
            body(
                "<?xml version=\"1.0\"?><person><firstname>Ada</firstname><LastName>Lovelace &amp; Byron</LastName></person>"),
            Person.class);

    assertThat(read).isEqualTo(new Person("Ada", "Lovelace & Byron"));
  }

  @Test
  void content_after_the_root_element_is_refused_and_white_space_or_a_comment_is_not()
      throws JsonProcessingException {
    String ada = "<person><firstname>Ada</firstname></person>";

    for (String trailing : new String[] {"<person/>", "text", "<person><x/></person>"}) {
      assertThatThrownBy(() -> xml.read(body(ada + trailing), Person.class))
          .as(trailing)
          .isInstanceOfSatisfying(
              JsonProcessingException.class,
              e ->
                  assertThat(JsonProblems.describe(e))
                      .startsWith("the body goes on after the end of its root element"));
    }
    assertThat(xml.read(body(ada + "\n <!-- a comment -->\n"), Person.class))
        .isEqualTo(new Person("Ada", null));
  }

  @Test
  void carriable_replaces_what_xml_cannot_carry_and_keeps_the_rest() {
    assertThat(XmlCodec.carriable("a\u0000b\u0007c\uFFFF\uD800"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFD\uFFFD");
    assertThat(XmlCodec.carriable("tab\tnew\nline \uD83D\uDE00 é"))
        .isEqualTo("tab\tnew\nline \uD83D\uDE00 é");
    assertThat(xml.write(Map.of("message", XmlCodec.carriable("id a\u0000b"))).toString())
        .contains("id a\uFFFDb");
  }

  @Test
  void writes_what_it_reads() throws JsonProcessingException {
    Person ada = new Person("Ada", "Lovelace");

    assertThat(xml.read(xml.write(ada), Person.class)).isEqualTo(ada);
  }

  @Test
  void an_internal_entity_is_not_expanded() {
    String doc =
        "<?xml version=\"1.0\"?><!DOCTYPE person [<!ENTITY name \"Lovelace\">]>"
            + "<person><lastname>&name;</lastname></person>";

    assertThatThrownBy(() -> xml.read(body(doc), Person.class))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("Undeclared general entity \"name\"");
  }

  @Test
  void internal_entities_are_not_expanded_billion_laughs() {
    StringBuilder doc =
        new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE person [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      doc.append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    doc.append("]><person><lastname>&lol9;</lastname></person>");

    assertThatThrownBy(() -> xml.read(body(doc.toString()), Person.class))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("Undeclared general entity \"lol9\"");
  }

  @Test
  void an_external_entity_is_never_read() throws IOException {
    Path secret = Files.writeString(dir.resolve("passwd"), SECRET);
    String doc =
        "<?xml version=\"1.0\"?><!DOCTYPE person [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]>"
            + "<person><lastname>&x;</lastname></person>";

    assertThatThrownBy(() -> xml.read(body(doc), Person.class))
        .isInstanceOf(JsonProcessingException.class)
        .satisfies(e -> assertThat(fullText(e)).doesNotContain(SECRET));
  }

  @Test
  void the_entity_of_the_usual_attack_on_etc_passwd_is_refused() {
    String doc =
        "<?xml version=\"1.0\"?><!DOCTYPE person [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<person><lastname>&x;</lastname></person>";

    assertThatThrownBy(() -> xml.read(body(doc), Person.class))
        .isInstanceOf(JsonProcessingException.class)
        .satisfies(e -> assertThat(fullText(e)).doesNotContain("root:"));
  }

  @Test
  void an_external_dtd_is_not_fetched() throws IOException {
    // Were the DTD read, &secret; would be the secret; as it is not, the entity does not exist.
    Path dtd = Files.writeString(dir.resolve("person.dtd"), "<!ENTITY secret \"" + SECRET + "\">");
    String doc =
        "<?xml version=\"1.0\"?><!DOCTYPE person SYSTEM \""
            + dtd.toUri()
            + "\">"
            + "<person><lastname>&secret;</lastname></person>";

    assertThatThrownBy(() -> xml.read(body(doc), Person.class))
        .isInstanceOf(JsonProcessingException.class)
        .satisfies(e -> assertThat(fullText(e)).doesNotContain(SECRET));
  }

  @Test
  void nesting_deeper_than_the_limit_is_refused() {
    int depth = JsonCodec.MAX_NESTING_DEPTH + 1;
    String doc = "<a>".repeat(depth) + "x" + "</a>".repeat(depth);

    assertThatThrownBy(() -> xml.read(body(doc), Map.class))
        .isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void the_root_elements_name_is_read_past_the_prolog() throws Exception {
    assertThat(xml.rootName(body("<User><Name>x</Name></User>"))).isEqualTo("User");
    assertThat(
            xml.rootName(
                body(
                    "<?xml version=\"1.0\"?><!-- a comment --><UserWithLinks><Person><Lastname>x</Lastname></Person></UserWithLinks>")))
        .isEqualTo("UserWithLinks");
    assertThatThrownBy(() -> xml.rootName(body("not xml")))
        .isInstanceOf(JsonProcessingException.class);
  }
}
