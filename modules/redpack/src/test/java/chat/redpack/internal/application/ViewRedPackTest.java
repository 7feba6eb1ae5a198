package chat.redpack.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import chat.platform.errors.NotFoundException;
import chat.redpack.internal.domain.Claim;
import chat.redpack.internal.domain.Packet;

/** ViewRedPack, and through it RedPacketAccess: a packet is visible to its conversation's members only. */
class ViewRedPackTest {

    private final RedPackFixture fixture = new RedPackFixture();
    private final ViewRedPack view = fixture.viewRedPack();

    @Test
    void aMemberSeesThePacketAndItsClaims() {
        fixture.conversations.group("g", "ann", "bob", "cat");
        Packet packet = fixture.packet("p", "g", "ann", 300, 3);
        Claim bobs = new Claim("p", "bob", 120, Instant.now(), true);
        fixture.packets.claims.add(bobs);
        fixture.packets.claims.add(new Claim("other", "bob", 5, Instant.now(), true));
        var seen = view.view("p", "cat");
        assertEquals(packet, seen.packet());
        assertEquals(List.of(bobs), seen.claims());
    }

    @Test
    void theSenderSeesTheirPacket() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.packet("p", "g", "ann", 200, 2);
        assertEquals(List.of(), view.view("p", "ann").claims());
    }

    @Test
    void someoneOutsideTheConversationIsToldThereIsNoSuchPacket() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.packet("p", "g", "ann", 200, 2);
        var refused = assertThrows(NotFoundException.class, () -> view.view("p", "eve"));
        assertEquals("no red packet p in your conversations", refused.getMessage());
    }

    @Test
    void someoneWhoLeftTheConversationNoLongerSeesItsPackets() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.packet("p", "g", "ann", 200, 2);
        fixture.conversations.group("g", "bob");
        assertThrows(NotFoundException.class, () -> view.view("p", "ann"));
    }

    @Test
    void anUnknownPacketIsToldTheSameWayAsAnInvisibleOne() {
        var refused = assertThrows(NotFoundException.class, () -> view.view("nope", "ann"));
        assertEquals("no red packet nope in your conversations", refused.getMessage());
    }
}
