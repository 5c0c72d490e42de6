package io.roster.adapter.rest.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.roster.domain.reference.ReferenceKind;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a client sends is saved or refused, never dropped: extra fields beside custom fields,
 * removals in a patch, list items that name nothing. ({@code x_shoe_size} is declared an integer.)
 */
class SoNoSilentLossTest {
  private static final String MERGE = "application/merge-patch+json";
  private static final String JSON_PATCH = "application/json-patch+json";
  private final TestServer server = new TestServer();
  private final SoApi api = new SoApi(server);
  private int id;
  private int group;

  @BeforeEach
  void a_user_with_groups_role_and_custom_fields() {
    id = api.user("ada@example.test", "Lovelace");
    group = api.number(ReferenceKind.USER_GROUP, 0);
    int other = api.number(ReferenceKind.USER_GROUP, 1);
    JsonObject user =
        api.read(id)
            .put("UserGroup", new JsonObject().put("Id", group))
            .put("OtherGroups", new JsonArray().add(new JsonObject().put("Id", other)))
            .put("CustomFields", new JsonObject().put("udf1", "one").put("x_shoe_size", "42"));
    HttpResponse<Buffer> put = api.put(id, user);
    assertThat(put.statusCode()).as(put.bodyAsString()).isEqualTo(200);
  }

  @AfterEach
  void close() {
    server.close();
  }

  private HttpResponse<Buffer> patch(String contentType, String body) {
    return api.send(
        HttpMethod.PATCH, "/api/v1/User/" + id, Map.of("Content-Type", contentType), body);
  }

  // 1. ExtraFields beside CustomFields

  @Test
  void a_get_with_extra_fields_edited_and_put_back_saves_the_edit() {
    JsonObject shown = api.read(id);
    shown.getJsonObject("ExtraFields").put("x_shoe_size", "44");

    HttpResponse<Buffer> put = api.put(id, shown);

    assertThat(put.statusCode()).as(put.bodyAsString()).isEqualTo(200);
    assertThat(api.read(id).getJsonObject("CustomFields").getString("x_shoe_size")).isEqualTo("44");
    assertThat(api.read(id).getJsonObject("CustomFields").getString("udf1")).isEqualTo("one");
  }

  @Test
  void a_merge_patch_of_extra_fields_saves_it_and_an_invalid_value_is_a_400() {
    HttpResponse<Buffer> saved = patch(MERGE, "{\"ExtraFields\": {\"x_shoe_size\": \"45\"}}");
    assertThat(saved.statusCode()).as(saved.bodyAsString()).isEqualTo(200);
    assertThat(saved.bodyAsJsonObject().getJsonObject("ExtraFields").getString("x_shoe_size"))
        .isEqualTo("45");

    String message =
        SoApi.assertError(patch(MERGE, "{\"ExtraFields\": {\"x_shoe_size\": \"abc\"}}"), 400);
    assertThat(message).contains("x_shoe_size");
    assertThat(api.read(id).getJsonObject("CustomFields").getString("x_shoe_size")).isEqualTo("45");
  }

  @Test
  void an_undeclared_extra_field_is_a_400_not_a_silent_200() {
    String message = SoApi.assertError(patch(MERGE, "{\"ExtraFields\": {\"x_nope\": \"1\"}}"), 400);

    assertThat(message).contains("x_nope");
  }

  @Test
  void different_new_values_in_custom_and_extra_fields_are_a_400_naming_both() {
    JsonObject shown = api.read(id);
    shown.getJsonObject("ExtraFields").put("x_shoe_size", "44");
    shown.getJsonObject("CustomFields").put("x_shoe_size", "46");

    String message = SoApi.assertError(api.put(id, shown), 400);

    assertThat(message).contains("ExtraFields.x_shoe_size").contains("CustomFields.x_shoe_size");
    assertThat(api.read(id).getJsonObject("CustomFields").getString("x_shoe_size")).isEqualTo("42");
  }

  @Test
  void a_new_value_in_custom_fields_beside_the_old_one_in_extra_fields_counts() {
    JsonObject shown = api.read(id);
    shown.getJsonObject("CustomFields").put("x_shoe_size", "39");

    assertThat(api.put(id, shown).statusCode()).isEqualTo(200);
    assertThat(api.read(id).getJsonObject("ExtraFields").getString("x_shoe_size")).isEqualTo("39");
  }

  // 2. a patch removes what it removes

  @Test
  void a_merge_patch_null_clears_a_group_the_role_lists_and_custom_fields() {
    HttpResponse<Buffer> response =
        patch(
            MERGE,
            "{\"UserGroup\": null, \"OtherGroups\": null, \"CustomFields\": null, \"ExtraFields\": null}");

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    JsonObject after = api.read(id);
    assertThat(after.getValue("UserGroup")).isNull();
    assertThat(after.getJsonArray("OtherGroups")).isEmpty();
    assertThat(after.getJsonObject("CustomFields")).isEmpty();
  }

  @Test
  void a_json_patch_remove_clears_what_it_names() {
    HttpResponse<Buffer> response =
        patch(
            JSON_PATCH,
            "[{\"op\": \"remove\", \"path\": \"/UserGroup\"}, {\"op\": \"remove\", \"path\": \"/ExtraFields/x_shoe_size\"}]");

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    JsonObject after = api.read(id);
    assertThat(after.getValue("UserGroup")).isNull();
    assertThat(after.getJsonObject("CustomFields").getMap()).containsOnlyKeys("udf1");
  }

  @Test
  void removing_deleted_or_changing_a_read_only_property_is_a_400_and_changes_nothing() {
    JsonObject before = api.read(id);

    assertThat(SoApi.assertError(patch(MERGE, "{\"Deleted\": null}"), 400)).contains("Deleted");
    assertThat(SoApi.assertError(patch(MERGE, "{\"AssociateId\": 99}"), 400))
        .contains("AssociateId");
    assertThat(
            SoApi.assertError(
                patch(JSON_PATCH, "[{\"op\": \"remove\", \"path\": \"/TableRight\"}]"), 400))
        .contains("TableRight");
    assertThat(api.read(id)).isEqualTo(before);
  }

  @Test
  void removing_the_person_clears_it_so_the_required_last_name_is_missing() {
    String message = SoApi.assertError(patch(MERGE, "{\"Person\": null}"), 400);

    assertThat(message).contains("Person.Lastname");
  }

  // 3. list items name something

  @Test
  void a_list_item_without_an_id_is_a_400_naming_it_and_the_list_stays() {
    JsonObject before = api.read(id);

    String message =
        SoApi.assertError(patch(MERGE, "{\"OtherGroups\": [{\"Value\": \"Support\"}]}"), 400);

    assertThat(message).contains("OtherGroups[0]").contains("Id");
    assertThat(api.read(id)).isEqualTo(before);
  }

  @Test
  void a_group_without_an_id_is_a_400_and_id_0_clears_it() {
    // (a merge patch merges into the group shown, Id included; a PUT replaces it)
    JsonObject shown = api.read(id).put("UserGroup", new JsonObject().put("Value", "Support"));
    assertThat(SoApi.assertError(api.put(id, shown), 400)).contains("UserGroup");
    assertThat(api.read(id).getJsonObject("UserGroup").getInteger("Id")).isEqualTo(group);

    assertThat(patch(MERGE, "{\"UserGroup\": {\"Id\": 0}}").statusCode()).isEqualTo(200);
    assertThat(api.read(id).getValue("UserGroup")).isNull();
  }

  @Test
  void an_item_with_id_0_in_a_list_is_a_400() {
    JsonObject shown =
        api.read(id).put("OtherGroups", new JsonArray().add(new JsonObject().put("Id", 0)));

    assertThat(SoApi.assertError(api.put(id, shown), 400)).contains("OtherGroups[0]");
  }
}
