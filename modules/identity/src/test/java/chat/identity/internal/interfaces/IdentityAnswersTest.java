package chat.identity.internal.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import chat.identity.internal.domain.ContactRequest;
import chat.identity.internal.domain.User;
import chat.platform.rest.Items;
import chat.platform.rest.JsonBinding;

/** Identity's answers, as JSON-B writes them, are the contract's bytes: its fields, in its order, nulls written. */
class IdentityAnswersTest {

    private static String json(Object answer) {
        return JsonBinding.jsonb().toJson(answer);
    }

    @Test
    void aUserWithoutAnAvatarSaysSo() {
        assertEquals("{\"id\":\"u1\",\"username\":\"ann.lee\",\"nickname\":\"Ann\",\"avatarUrl\":null}",
                json(UserView.of(new User("u1", "ann.lee", "hash-never-shown", "Ann", null))));
    }

    @Test
    void aListIsItsItems() {
        assertEquals("{\"items\":[{\"id\":\"r1\",\"fromUserId\":\"u1\",\"toUserId\":\"u2\",\"status\":\"PENDING\"}]}",
                json(new Items<>(List.of(ContactRequestView.of(new ContactRequest("r1", "u1", "u2", ContactRequest.Status.PENDING))))));
    }

    @Test
    void timesAreIso8601AsTheContractSays() {
        assertEquals("{\"ticket\":\"t\",\"expiresAt\":\"2026-12-05T11:59:22.468068Z\"}",
                json(new TicketView("t", Instant.parse("2026-12-05T11:59:22.468068Z"))));
        assertEquals("{\"userId\":\"u1\",\"online\":false,\"lastSeenAt\":null}", json(new PresenceView("u1", false, null)));
    }
}
