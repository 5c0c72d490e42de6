package io.roster.adapter.rest.superoffice.patch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.roster.adapter.rest.http.HttpProblem;
import io.roster.adapter.rest.http.JsonCodec;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PATCH bodies: RFC 6902 and RFC 7386 by their own examples, plus SuperOffice's leniency. */
class PatchesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** JSON with single quotes, for readable examples. */
  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text.replace('\'', '"'));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  static JsonNode jsonPatch(String document, String patch) {
    return Patches.apply(
        json(document), "application/json-patch+json", patch.replace('\'', '"').getBytes(UTF_8));
  }

  static JsonNode mergePatch(String document, String patch) {
    return Patches.apply(
        json(document),
        "application/merge-patch+json; charset=utf-8",
        patch.replace('\'', '"').getBytes(UTF_8));
  }

  /** RFC 6902 appendix A, example by example. */
  @Nested
  class Rfc6902 {
    @Test
    void a1AddingAnObjectMember() {
      assertThat(jsonPatch("{'foo':'bar'}", "[{'op':'add','path':'/baz','value':'qux'}]"))
          .isEqualTo(json("{'baz':'qux','foo':'bar'}"));
    }

    @Test
    void a2AddingAnArrayElement() {
      assertThat(jsonPatch("{'foo':['bar','baz']}", "[{'op':'add','path':'/foo/1','value':'qux'}]"))
          .isEqualTo(json("{'foo':['bar','qux','baz']}"));
    }

    @Test
    void a3RemovingAnObjectMember() {
      assertThat(jsonPatch("{'baz':'qux','foo':'bar'}", "[{'op':'remove','path':'/baz'}]"))
          .isEqualTo(json("{'foo':'bar'}"));
    }

    @Test
    void a4RemovingAnArrayElement() {
      assertThat(jsonPatch("{'foo':['bar','qux','baz']}", "[{'op':'remove','path':'/foo/1'}]"))
          .isEqualTo(json("{'foo':['bar','baz']}"));
    }

    @Test
    void a5ReplacingAValue() {
      assertThat(
              jsonPatch(
                  "{'baz':'qux','foo':'bar'}", "[{'op':'replace','path':'/baz','value':'boo'}]"))
          .isEqualTo(json("{'baz':'boo','foo':'bar'}"));
    }

    @Test
    void a6MovingAValue() {
      assertThat(
              jsonPatch(
                  "{'foo':{'bar':'baz','waldo':'fred'},'qux':{'corge':'grault'}}",
                  "[{'op':'move','from':'/foo/waldo','path':'/qux/thud'}]"))
          .isEqualTo(json("{'foo':{'bar':'baz'},'qux':{'corge':'grault','thud':'fred'}}"));
    }

    @Test
    void a7MovingAnArrayElement() {
      assertThat(
              jsonPatch(
                  "{'foo':['all','grass','cows','eat']}",
                  "[{'op':'move','from':'/foo/1','path':'/foo/3'}]"))
          .isEqualTo(json("{'foo':['all','cows','eat','grass']}"));
    }

    @Test
    void a8TestingAValueSuccess() {
      String document = "{'baz':'qux','foo':['a',2,'c']}";
      assertThat(
              jsonPatch(
                  document,
                  "[{'op':'test','path':'/baz','value':'qux'},{'op':'test','path':'/foo/1','value':2}]"))
          .isEqualTo(json(document));
    }

    @Test
    void a9TestingAValueError() {
      assertThatThrownBy(
              () -> jsonPatch("{'baz':'qux'}", "[{'op':'test','path':'/baz','value':'bar'}]"))
          .isInstanceOfSatisfying(
              PatchTestFailed.class,
              e -> {
                assertThat(e.status()).isEqualTo(409);
                assertThat(e.operation()).isEqualTo("test");
                assertThat(e.path()).isEqualTo("/baz");
                assertThat(e.toProblem().status()).isEqualTo(409);
                assertThat(e.toProblem().field()).isEqualTo("/baz");
              })
          .hasMessageContaining("/baz")
          .message()
          .doesNotContain("qux");
    }

    @Test
    void a10AddingANestedMemberObject() {
      assertThat(
              jsonPatch(
                  "{'foo':'bar'}", "[{'op':'add','path':'/child','value':{'grandchild':{}}}]"))
          .isEqualTo(json("{'foo':'bar','child':{'grandchild':{}}}"));
    }

    @Test
    void a11IgnoringUnrecognizedElements() {
      assertThat(jsonPatch("{'foo':'bar'}", "[{'op':'add','path':'/baz','value':'qux','xyz':123}]"))
          .isEqualTo(json("{'foo':'bar','baz':'qux'}"));
    }

    @Test
    void a12AddingToANonexistentTarget() {
      assertThatThrownBy(
              () -> jsonPatch("{'foo':'bar'}", "[{'op':'add','path':'/baz/bat','value':'qux'}]"))
          .isInstanceOf(InvalidPatch.class)
          .hasMessageContaining("Operation 0 (add /baz/bat)");
    }

    /**
     * A.14 itself ({@code /~01} for the name {@code ~1}) fails: zjsonpatch 0.4.16 decodes the token
     * twice. The dialect's names never hold {@code ~}; an escaped {@code /} works.
     */
    @Test
    void escapedSlash() {
      String document = "{'/':9,'a/b':10}";
      assertThat(jsonPatch(document, "[{'op':'test','path':'/a~1b','value':10}]"))
          .isEqualTo(json(document));
    }

    @Test
    void a15ComparingStringsAndNumbers() {
      assertThatThrownBy(
              () -> jsonPatch("{'/':9,'a/b':10}", "[{'op':'test','path':'/a~1b','value':'10'}]"))
          .isInstanceOf(PatchTestFailed.class);
    }

    @Test
    void a16AddingAnArrayValue() {
      assertThat(
              jsonPatch("{'foo':['bar']}", "[{'op':'add','path':'/foo/-','value':['abc','def']}]"))
          .isEqualTo(json("{'foo':['bar',['abc','def']]}"));
    }

    @Test
    void copy() {
      assertThat(jsonPatch("{'a':{'b':1}}", "[{'op':'copy','from':'/a','path':'/c'}]"))
          .isEqualTo(json("{'a':{'b':1},'c':{'b':1}}"));
    }
  }

  /** How SuperOffice's clients write patches: names in any case, slashes optional. */
  @Nested
  class Lenient {
    static final String USER =
        "{'AssociateId':7,'Name':'AB','Person':{'Firstname':'Ann','Lastname':'Berg'},"
            + "'OtherGroups':[{'Id':1},{'Id':2}],'CustomFields':{'udf1':'x'}}";

    @ParameterizedTest
    @CsvSource({"/person/firstname", "/PERSON/FIRSTNAME", "person/Firstname", "/Person/Firstname"})
    void pathsIgnoreCaseAndTheLeadingSlash(String path) {
      JsonNode patched = jsonPatch(USER, "[{'op':'replace','path':'" + path + "','value':'Anna'}]");

      assertThat(patched.at("/Person/Firstname").asText()).isEqualTo("Anna");
      assertThat(patched.get("Person").size()).isEqualTo(2);
    }

    @Test
    void fromIgnoresCaseToo() {
      JsonNode patched = jsonPatch(USER, "[{'op':'move','from':'person/LASTNAME','path':'/name'}]");

      assertThat(patched.get("Name").asText()).isEqualTo("Berg");
      assertThat(patched.get("Person").has("Lastname")).isFalse();
    }

    @Test
    void membersAndOperationNamesIgnoreCase() {
      JsonNode patched = jsonPatch(USER, "[{'Op':'Replace','Path':'/Name','Value':'CD'}]");

      assertThat(patched.get("Name").asText()).isEqualTo("CD");
    }

    @Test
    void dashAppendsAndIndexesReachIntoArrays() {
      JsonNode patched =
          jsonPatch(
              USER,
              "[{'op':'add','path':'/othergroups/-','value':{'Id':3}},"
                  + "{'op':'replace','path':'/othergroups/0/id','value':9},"
                  + "{'op':'remove','path':'/OtherGroups/1'}]");

      assertThat(patched.get("OtherGroups")).isEqualTo(json("[{'Id':9},{'Id':3}]"));
    }

    @Test
    void addKeepsTheCaseOfANewPropertyAndMatchesAnExistingOne() {
      JsonNode patched =
          jsonPatch(
              USER,
              "[{'op':'add','path':'/customfields/udf2','value':'y'},{'op':'add','path':'/customfields/UDF1','value':'z'}]");

      assertThat(patched.get("CustomFields")).isEqualTo(json("{'udf1':'z','udf2':'y'}"));
    }

    @Test
    void laterOperationsSeeWhatEarlierOnesAdded() {
      JsonNode patched =
          jsonPatch(
              USER,
              "[{'op':'add','path':'/Extra','value':{'Deep':1}},{'op':'replace','path':'/extra/deep','value':2}]");

      assertThat(patched.get("Extra")).isEqualTo(json("{'Deep':2}"));
    }

    @Test
    void theEmptyPathIsTheWholeDocument() {
      assertThat(jsonPatch(USER, "[{'op':'replace','path':'','value':{'Name':'CD'}}]"))
          .isEqualTo(json("{'Name':'CD'}"));
    }

    @Test
    void aNullValueIsAValue() {
      JsonNode patched = jsonPatch(USER, "[{'op':'replace','path':'/Name','value':null}]");

      assertThat(patched.get("Name").isNull()).isTrue();
    }

    @Test
    void theCurrentDocumentIsNotChangedEvenWhenALaterOperationFails() {
      JsonNode current = json(USER);
      JsonNode before = current.deepCopy();

      assertThatThrownBy(
              () ->
                  Patches.apply(
                      current,
                      "application/json-patch+json",
                      "[{\"op\":\"replace\",\"path\":\"/Name\",\"value\":\"X\"},{\"op\":\"test\",\"path\":\"/Rank\",\"value\":1}]"
                          .getBytes(UTF_8)))
          .isInstanceOf(PatchTestFailed.class)
          .hasMessageContaining("Operation 1 (test /Rank)");
      assertThat(current).isEqualTo(before);
    }

    @Test
    void copyAndMoveAppendWithADashAsAddDoes() {
      assertThat(
              jsonPatch(USER, "[{'op':'copy','from':'/OtherGroups/0','path':'/OtherGroups/-'}]")
                  .get("OtherGroups"))
          .isEqualTo(json("[{'Id':1},{'Id':2},{'Id':1}]"));
      assertThat(
              jsonPatch(USER, "[{'op':'move','from':'/othergroups/0','path':'/OtherGroups/-'}]")
                  .get("OtherGroups"))
          .isEqualTo(json("[{'Id':2},{'Id':1}]"));
    }

    /** RFC 6901: {@code -} is special in an array only; in an object it is a name like any. */
    @Test
    void aDashInAnObjectIsAName() {
      JsonNode patched =
          jsonPatch(
              USER,
              "[{'op':'add','path':'/CustomFields/-','value':'y'},"
                  + "{'op':'replace','path':'/CustomFields/-','value':'z'},"
                  + "{'op':'test','path':'/CustomFields/-','value':'z'},"
                  + "{'op':'copy','from':'/CustomFields/-','path':'/Name'}]");

      assertThat(patched.get("CustomFields")).isEqualTo(json("{'udf1':'x','-':'z'}"));
      assertThat(patched.get("Name").asText()).isEqualTo("z");
      assertThat(
              jsonPatch(
                      USER,
                      "[{'op':'add','path':'/CustomFields/-','value':'y'},"
                          + "{'op':'remove','path':'/CustomFields/-'}]")
                  .get("CustomFields"))
          .isEqualTo(json("{'udf1':'x'}"));
    }

    @Test
    void aTestIgnoresCaseInItsPath() {
      assertThat(jsonPatch(USER, "[{'op':'test','path':'person/firstname','value':'Ann'}]"))
          .isEqualTo(json(USER));
      assertThatThrownBy(
              () -> jsonPatch(USER, "[{'op':'test','path':'person/firstname','value':'Bob'}]"))
          .isInstanceOf(PatchTestFailed.class)
          .hasMessageContaining("person/firstname");
    }
  }

  @Nested
  class Invalid {
    private void assertInvalid(String patch, String... inMessage) {
      assertThatThrownBy(() -> jsonPatch(Lenient.USER, patch))
          .isInstanceOfSatisfying(InvalidPatch.class, e -> assertThat(e.status()).isEqualTo(400))
          .hasMessageContainingAll(inMessage);
    }

    @Test
    void anUnknownOperation() {
      assertInvalid(
          "[{'op':'frobnicate','path':'/Name','value':1}]", "Operation 0", "frobnicate", "/Name");
    }

    @Test
    void aMissingPath() {
      assertInvalid("[{'op':'replace','value':1}]", "Operation 0 (replace)", "'path'");
    }

    @Test
    void aMissingOp() {
      assertInvalid("[{'path':'/Name','value':1}]", "Operation 0", "'op'");
    }

    @Test
    void aMissingValue() {
      assertInvalid(
          "[{'op':'test','path':'/Name','value':'AB'},{'op':'add','path':'/Name'}]",
          "Operation 1 (add /Name)");
    }

    @Test
    void aMissingFrom() {
      assertInvalid("[{'op':'move','path':'/Name'}]", "Operation 0 (move /Name)");
    }

    @Test
    void removingWhatIsNotThere() {
      assertInvalid(
          "[{'op':'remove','path':'/Person/Nickname'}]", "Operation 0 (remove /Person/Nickname)");
    }

    @Test
    void anIndexOutOfBounds() {
      assertInvalid(
          "[{'op':'replace','path':'/OtherGroups/5','value':{}}]",
          "Operation 0 (replace /OtherGroups/5)");
    }

    /**
     * RFC 6901 section 4: {@code -} names the (nonexistent) element after an array's last; it is
     * only a place to add at ({@code add}, and the {@code path} of {@code copy} and {@code move}).
     * Anywhere else it names nothing, and the operation is invalid, whatever the array holds.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        quoteCharacter = '"',
        value = {
          "{'op':'replace','path':'/OtherGroups/-','value':{'Id':3}} | replace /OtherGroups/-",
          "{'op':'remove','path':'/OtherGroups/-'}                    | remove /OtherGroups/-",
          "{'op':'remove','path':'/othergroups/-'}                    | remove /othergroups/-",
          "{'op':'test','path':'/OtherGroups/-','value':{'Id':2}}     | test /OtherGroups/-",
          "{'op':'copy','from':'/OtherGroups/-','path':'/Name'}       | copy /Name",
          "{'op':'move','from':'/OtherGroups/-','path':'/Name'}       | move /Name",
          "{'op':'add','path':'/OtherGroups/-/Id','value':3}          | add /OtherGroups/-/Id",
          "{'op':'test','path':'/OtherGroups/-/Id','value':3}         | test /OtherGroups/-/Id",
          "{'op':'copy','from':'/Name','path':'/OtherGroups/-/Id'}    | copy /OtherGroups/-/Id",
        })
    void aDashNamesNoElementOfAnArray(String operation, String named) {
      assertInvalid("[" + operation + "]", "Operation 0 (" + named + ")", "'-'", "OtherGroups");
      assertThatThrownBy(() -> jsonPatch(Lenient.USER, "[" + operation + "]"))
          .isInstanceOfSatisfying(
              InvalidPatch.class,
              e -> {
                assertThat(e.operation()).isEqualTo(named.substring(0, named.indexOf(' ')));
                assertThat(e.path()).isEqualTo(named.substring(named.indexOf(' ') + 1));
              });
    }

    @Test
    void aDashNamesNoElementOfAnEmptyArrayEither() {
      assertInvalid(
          "[{'op':'remove','path':'/OtherGroups/1'},{'op':'remove','path':'/OtherGroups/0'},"
              + "{'op':'remove','path':'/OtherGroups/-'}]",
          "Operation 2 (remove /OtherGroups/-)");
    }

    @Test
    void aNameInsideAnArray() {
      assertInvalid(
          "[{'op':'add','path':'/OtherGroups/first','value':{}}]",
          "Operation 0 (add /OtherGroups/first)");
    }

    @Test
    void anOperationThatIsNotAnObject() {
      assertInvalid("['replace']", "Operation 0", "not a JSON object");
    }

    @Test
    void notAnArray() {
      assertInvalid("{'op':'replace','path':'/Name','value':'x'}", "JSON array");
    }

    @Test
    void malformedJson() {
      assertInvalid("[{'op':'replace',", "not valid JSON");
      assertThatThrownBy(() -> mergePatch(Lenient.USER, "{'Name': }"))
          .isInstanceOf(InvalidPatch.class)
          .hasMessageContaining("not valid JSON");
    }

    @Test
    void anEmptyBody() {
      assertInvalid("", "no body");
    }

    @Test
    void aBodyBeyondTheCodecsLimits() {
      String deep =
          "[".repeat(JsonCodec.MAX_NESTING_DEPTH + 1) + "]".repeat(JsonCodec.MAX_NESTING_DEPTH + 1);
      assertInvalid(deep, "nesting is deeper than " + JsonCodec.MAX_NESTING_DEPTH);
    }

    @Test
    void tooManyOperations() {
      String test = "{'op':'test','path':'/Name','value':'AB'}";
      String allowed =
          "[" + String.join(",", Collections.nCopies(Patches.MAX_OPERATIONS, test)) + "]";

      assertThat(jsonPatch(Lenient.USER, allowed)).isEqualTo(json(Lenient.USER));
      assertInvalid(
          "[" + test + "," + allowed.substring(1),
          "at most " + Patches.MAX_OPERATIONS + " operations");
    }

    @Test
    void aMergePatchThatIsNotAnObject() {
      assertThatThrownBy(() -> mergePatch(Lenient.USER, "['Name']"))
          .isInstanceOf(InvalidPatch.class)
          .hasMessageContaining("JSON object");
    }

    @Test
    void anotherMediaType() {
      assertThatThrownBy(() -> Patches.apply(json("{}"), "application/json", "{}".getBytes(UTF_8)))
          .isInstanceOfSatisfying(HttpProblem.class, e -> assertThat(e.status()).isEqualTo(415));
      assertThat(Patches.isPatch("Application/Merge-Patch+JSON; charset=utf-8")).isTrue();
      assertThat(Patches.isPatch("application/json")).isFalse();
      assertThat(Patches.isPatch(null)).isFalse();
    }
  }

  /**
   * What one JSON Patch may cost: everything its operations put into the document (values added or
   * replaced, what is copied or moved) counts, and the document may not nest deeper than a body.
   * Each operation is checked before it is applied, so the work stops at the first one beyond.
   */
  @Nested
  class Bounds {
    private static final long MAX = Patches.MAX_DOCUMENT_SIZE;

    /** {@code count} operations copying {@code /Person} into itself: each one doubles it. */
    private String selfCopies(int count) {
      StringBuilder patch = new StringBuilder("[");
      for (int i = 0; i < count; i++) {
        patch
            .append(i == 0 ? "" : ",")
            .append("{'op':'copy','from':'/Person','path':'/Person/p")
            .append(i)
            .append("'}");
      }
      return patch.append(']').toString();
    }

    private InvalidPatch refused(String document, String patch) {
      InvalidPatch refused =
          catchThrowableOfType(InvalidPatch.class, () -> jsonPatch(document, patch));
      assertThat(refused).as("refused").isNotNull();
      assertThat(refused.status()).isEqualTo(400);
      return refused;
    }

    @Test
    void aSelfCopyingPatchIsRefusedAtTheFirstCopyThatWouldCrossTheBound() {
      InvalidPatch refused = refused(Lenient.USER, selfCopies(24));

      assertThat(refused.operation()).isEqualTo("copy");
      int index = Integer.parseInt(refused.path().substring("/Person/p".length()));
      assertThat(refused)
          .hasMessageContaining("Operation " + index + " (copy /Person/p" + index + ")")
          .hasMessageContaining("larger than " + MAX + " characters");
      JsonNode before = jsonPatch(Lenient.USER, selfCopies(index));
      long size = JsonSize.of(before).length();
      assertThat(size).isLessThanOrEqualTo(MAX);
      assertThat(size + JsonSize.of(before.get("Person")).length()).isGreaterThan(MAX);
    }

    @Test
    void valuesAddedCountToo() {
      String big = "'" + "x".repeat((int) (MAX / 4)) + "'";
      StringBuilder patch = new StringBuilder("[");
      for (int i = 0; i < 5; i++) {
        patch.append(i == 0 ? "" : ",").append("{'op':'add','path':'/Big").append(i);
        patch.append("','value':").append(big).append('}');
      }

      assertThat(refused(Lenient.USER, patch.append(']').toString()))
          .hasMessageContaining("Operation 3 (add /Big3)");
    }

    /** A move puts in what it takes out: it counts, so that moving it to and fro is bounded. */
    @Test
    void whatAMovePutsInCountsToo() {
      String document = "{'A':'" + "x".repeat((int) (MAX / 4)) + "','B':null}";
      String patch =
          "[{'op':'move','from':'/A','path':'/B'},{'op':'move','from':'/B','path':'/A'},"
              + "{'op':'move','from':'/A','path':'/B'},{'op':'move','from':'/B','path':'/A'}]";

      assertThat(refused(document, patch)).hasMessageContaining("Operation 2 (move /B)");
    }

    /** {@code {'k':{'k':...{}}}}, {@code depth} objects deep. */
    private String nested(int depth) {
      return "{'k':".repeat(depth - 1) + "{}" + "}".repeat(depth - 1);
    }

    private String copyInto(int segments) {
      return "[{'op':'add','path':'/Deep','value':"
          + nested(40)
          + "},{'op':'copy','from':'/Deep','path':'/Deep"
          + "/k".repeat(segments - 2)
          + "/c'}]";
    }

    @Test
    void aPatchMayNotNestTheDocumentDeeperThanABodyMay() {
      JsonNode deepest = jsonPatch(Lenient.USER, copyInto(JsonCodec.MAX_NESTING_DEPTH - 40));
      assertThat(JsonSize.of(deepest).depth()).isEqualTo(JsonCodec.MAX_NESTING_DEPTH);

      assertThat(refused(Lenient.USER, copyInto(JsonCodec.MAX_NESTING_DEPTH - 39)))
          .hasMessageContaining("Operation 1 (copy /Deep/k/k/")
          .hasMessageContaining("deeper than " + JsonCodec.MAX_NESTING_DEPTH + " levels");
    }

    @Test
    void aPathOfMoreSegmentsThanABodyMayNestIsRefusedUnread() {
      for (String path : List.of("/a".repeat(65), "/a".repeat(100_000), "a/".repeat(65))) {
        assertThat(refused(Lenient.USER, "[{'op':'add','path':'" + path + "','value':1}]"))
            .hasMessageContaining("Operation 0 (add " + path.substring(0, 10))
            .hasMessageContaining("more than " + JsonCodec.MAX_NESTING_DEPTH + " segments")
            .message()
            .hasSizeLessThan(500);
      }
      assertThat(
              refused(Lenient.USER, "[{'op':'copy','from':'" + "/a".repeat(65) + "','path':'/b'}]"))
          .hasMessageContaining("Operation 0 (copy /b)")
          .hasMessageContaining("its from has more than");
    }
  }

  /** RFC 7386: the example of section 3 and every test case of appendix A. */
  @Nested
  class Rfc7386 {
    @Test
    void section3Example() {
      String target =
          "{'title':'Goodbye!','author':{'givenName':'John','familyName':'Doe'},"
              + "'tags':['example','sample'],'content':'This will be unchanged'}";
      String patch =
          "{'title':'Hello!','phoneNumber':'+01-123-456-7890','author':{'familyName':null},'tags':['example']}";

      assertThat(mergePatch(target, patch))
          .isEqualTo(
              json(
                  "{'title':'Hello!','author':{'givenName':'John'},'tags':['example'],"
                      + "'content':'This will be unchanged','phoneNumber':'+01-123-456-7890'}"));
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(
        delimiter = '|',
        quoteCharacter = '"',
        value = {
          "{'a':'b'}             | {'a':'c'}             | {'a':'c'}",
          "{'a':'b'}             | {'b':'c'}             | {'a':'b','b':'c'}",
          "{'a':'b'}             | {'a':null}            | {}",
          "{'a':'b','b':'c'}     | {'a':null}            | {'b':'c'}",
          "{'a':['b']}           | {'a':'c'}             | {'a':'c'}",
          "{'a':'c'}             | {'a':['b']}           | {'a':['b']}",
          "{'a':{'b':'c'}}       | {'a':{'b':'d','c':null}} | {'a':{'b':'d'}}",
          "{'a':[{'b':'c'}]}     | {'a':[1]}             | {'a':[1]}",
          "['a','b']             | ['c','d']             | ['c','d']",
          "{'a':'b'}             | ['c']                 | ['c']",
          "{'a':'foo'}           | null                  | null",
          "{'a':'foo'}           | 'bar'                 | 'bar'",
          "{'e':null}            | {'a':1}               | {'e':null,'a':1}",
          "[1,2]                 | {'a':'b','c':null}    | {'a':'b'}",
          "{}                    | {'a':{'bb':{'ccc':null}}} | {'a':{'bb':{}}}",
        })
    void appendixA(String target, String patch, String result) {
      JsonNode original = json(target);

      assertThat(Patches.mergePatch(original, json(patch))).isEqualTo(json(result));
      assertThat(original).isEqualTo(json(target));
    }

    @Test
    void membersReplaceTheResourcesPropertyOfTheSameNameInAnyCase() {
      JsonNode patched =
          mergePatch(
              Lenient.USER,
              "{'name':'CD','person':{'FIRSTNAME':'Anna','lastname':null},'customFields':{'UDF1':null,'udf2':'y'}}");

      assertThat(patched)
          .isEqualTo(
              json(
                  "{'AssociateId':7,'Name':'CD','Person':{'Firstname':'Anna'},"
                      + "'OtherGroups':[{'Id':1},{'Id':2}],'CustomFields':{'udf2':'y'}}"));
    }
  }
}
