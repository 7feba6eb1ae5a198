package chat.redpack.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import chat.platform.errors.ConflictException;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.NotFoundException;
import chat.redpack.internal.domain.Claim;
import chat.redpack.internal.domain.Packet;

class GrabRedPackTest {

    private final RedPackFixture fixture = new RedPackFixture();
    private final GrabRedPack grab = fixture.grabRedPack();

    @Test
    void aMemberIsGrantedAShare() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.packet("p", "g", "ann", 200, 2);
        grab.grab("p", "bob");
        assertTrue(fixture.grabs.granted("p", "bob"));
    }

    @Test
    void theSenderMayGrabInAGroup() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.packet("p", "g", "ann", 200, 2);
        grab.grab("p", "ann");
        assertTrue(fixture.grabs.granted("p", "ann"));
    }

    @Test
    void theSenderMayNotGrabInADirectChat() {
        fixture.conversations.direct("d", "ann", "bob");
        fixture.directPacket("p", "d", "ann", 100);
        var refused = assertThrows(ForbiddenException.class, () -> grab.grab("p", "ann"));
        assertEquals("NOT_ALLOWED", refused.code());
        assertFalse(fixture.grabs.granted("p", "ann"));
    }

    @Test
    void theOtherPersonGrabsInADirectChat() {
        fixture.conversations.direct("d", "ann", "bob");
        fixture.directPacket("p", "d", "ann", 100);
        grab.grab("p", "bob");
        assertTrue(fixture.grabs.granted("p", "bob"));
    }

    @Test
    void someoneWhoOpenedTheirShareIsToldTheyHaveIt() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.packet("p", "g", "ann", 200, 2);
        fixture.packets.claims.add(new Claim("p", "bob", 50, Instant.now(), true));
        assertEquals("ALREADY_GRABBED", assertThrows(ConflictException.class, () -> grab.grab("p", "bob")).code());
    }

    @Test
    void aSecondGrabIsToldItHasItsShare() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.packet("p", "g", "ann", 200, 2);
        grab.grab("p", "bob");
        assertEquals("ALREADY_GRABBED", assertThrows(ConflictException.class, () -> grab.grab("p", "bob")).code());
    }

    @Test
    void anOpenPacketPastItsExpiryIsRefusedAsExpired() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.put(new Packet("p", "g", "ann", "c", false, 200, 2, "hi", 200, 2, 0, Packet.Status.OPEN,
                RedPackFixture.LONG_AGO, RedPackFixture.LONG_AGO.plusSeconds(60)));
        assertEquals("EXPIRED", assertThrows(ConflictException.class, () -> grab.grab("p", "bob")).code());
        assertFalse(fixture.grabs.granted("p", "bob"));
    }

    @Test
    void anExpiredPacketIsRefusedAsExpired() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.put(new Packet("p", "g", "ann", "c", false, 200, 2, "hi", 0, 2, 200, Packet.Status.EXPIRED,
                RedPackFixture.LONG_AGO, RedPackFixture.FAR_AHEAD));
        assertEquals("EXPIRED", assertThrows(ConflictException.class, () -> grab.grab("p", "bob")).code());
    }

    @Test
    void aFinishedPacketIsSoldOut() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.put(new Packet("p", "g", "ann", "c", false, 200, 2, "hi", 0, 0, 0, Packet.Status.FINISHED,
                RedPackFixture.LONG_AGO, RedPackFixture.FAR_AHEAD));
        assertEquals("SOLD_OUT", assertThrows(ConflictException.class, () -> grab.grab("p", "bob")).code());
    }

    @Test
    void whenTheCacheHasNoShareLeftTheGrabIsSoldOut() {
        fixture.conversations.group("g", "ann", "bob", "cat");
        fixture.packet("p", "g", "ann", 100, 1);
        grab.grab("p", "bob");
        assertEquals("SOLD_OUT", assertThrows(ConflictException.class, () -> grab.grab("p", "cat")).code());
        assertFalse(fixture.grabs.granted("p", "cat"));
    }

    @Test
    void someoneOutsideTheConversationIsNotToldThePacketExists() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.packet("p", "g", "ann", 200, 2);
        assertThrows(NotFoundException.class, () -> grab.grab("p", "eve"));
    }

    @Test
    void anUnknownPacketIsNotFound() {
        assertThrows(NotFoundException.class, () -> grab.grab("nope", "bob"));
    }
}
