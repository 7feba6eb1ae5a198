package chat.unread.internal.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import chat.platform.rest.JsonBinding;
import chat.unread.internal.application.UnreadOverview;
import chat.unread.internal.domain.UnreadCount;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/**
 * The unread answer, as JSON-B writes it, is the bytes the JSON-P builder wrote before it (with
 * {@code mentioned} added since): counts as numbers, badges as text.
 */
class UnreadAnswersTest {

    private static String json(Object answer) {
        return JsonBinding.jsonb().toJson(answer);
    }

    /** What {@code UnreadResource} wrote before it answered a record. */
    private static String oldBuilder(UnreadOverview.Overview unread) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        unread.items().forEach(item -> items.add(Json.createObjectBuilder().add("groupId", item.groupId())
                .add("unread", item.unread().count()).add("display", item.unread().display())
                .add("mentioned", item.mentioned())));
        return Json.createObjectBuilder().add("total", unread.total())
                .add("totalDisplay", UnreadCount.display(unread.total())).add("items", items).build().toString();
    }

    private static UnreadOverview.Item item(String groupId, long count) {
        return new UnreadOverview.Item(groupId, new UnreadCount(count), count == 7);
    }

    @Test
    void eachConversationHasItsCountAndItsBadgeAndTheTotalSumsTheCappedCounts() {
        var overview = new UnreadOverview.Overview(List.of(item("g1", 0), item("g2", 7), item("g3", 100)));
        String expected = "{\"total\":107,\"totalDisplay\":\"99+\",\"items\":[{\"groupId\":\"g1\",\"unread\":0,\"display\":\"0\",\"mentioned\":false},"
                + "{\"groupId\":\"g2\",\"unread\":7,\"display\":\"7\",\"mentioned\":true},{\"groupId\":\"g3\",\"unread\":100,\"display\":\"99+\",\"mentioned\":false}]}";
        assertEquals(expected, oldBuilder(overview));
        assertEquals(expected, json(UnreadView.of(overview)));
    }

    @Test
    void noConversationIsATotalOfZero() {
        var overview = new UnreadOverview.Overview(List.of());
        assertEquals("{\"total\":0,\"totalDisplay\":\"0\",\"items\":[]}", oldBuilder(overview));
        assertEquals(oldBuilder(overview), json(UnreadView.of(overview)));
    }

    @Test
    void aTotalBelowTheCapIsShownAsItsNumber() {
        var overview = new UnreadOverview.Overview(List.of(item("g1", 42), item("g2", 57)));
        assertEquals("{\"total\":99,\"totalDisplay\":\"99\",\"items\":[{\"groupId\":\"g1\",\"unread\":42,\"display\":\"42\",\"mentioned\":false},"
                + "{\"groupId\":\"g2\",\"unread\":57,\"display\":\"57\",\"mentioned\":false}]}", json(UnreadView.of(overview)));
        assertEquals(oldBuilder(overview), json(UnreadView.of(overview)));
    }
}
