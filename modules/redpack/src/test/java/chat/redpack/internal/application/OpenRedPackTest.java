package chat.redpack.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import chat.platform.errors.ConflictException;
import chat.platform.errors.NotFoundException;
import chat.redpack.internal.domain.Claim;
import chat.redpack.internal.domain.Packet;

class OpenRedPackTest {

    private final RedPackFixture fixture = new RedPackFixture();
    private final OpenRedPack open = fixture.openRedPack();

    @Test
    void aGrantedGrabOpensToAnAmountTakenOffThePacket() {
        fixture.conversations.group("g", "ann", "bob", "cat");
        fixture.packet("p", "g", "ann", 300, 3);
        fixture.grabs.grant("p", "bob");
        long amount = open.open("p", "bob");
        assertTrue(amount >= 1 && amount <= 298, "amount " + amount);
        Claim claim = fixture.packets.claim("p", "bob").orElseThrow();
        assertEquals(amount, claim.amountCents());
        assertFalse(claim.credited());
        Packet after = fixture.packets.byId.get("p");
        assertEquals(300 - amount, after.remainingCents());
        assertEquals(2, after.remainingCount());
    }

    @Test
    void theCreditOrderIsQueuedAndTheConversationIsToldOfTheClaim() {
        fixture.conversations.group("g", "ann", "bob", "cat");
        fixture.packet("p", "g", "ann", 300, 3);
        fixture.grabs.grant("p", "bob");
        long amount = open.open("p", "bob");
        assertEquals(List.of(
                "queued chat.redpack-credits p {\"packetId\":\"p\",\"userId\":\"bob\",\"amountCents\":" + amount + "}",
                "told redpack.claimed"), fixture.recorded.lines);
        assertEquals(List.of(List.of("ann", "bob", "cat")), fixture.recorded.toldTo);
        var frame = fixture.recorded.frames.get(0);
        assertEquals("g", frame.getString("groupId"));
        assertEquals(amount, frame.getJsonNumber("amountCents").longValue());
        assertEquals(2, frame.getInt("remainingCount"));
    }

    @Test
    void inALargeGroupOnlyTheSenderAndTheClaimerAreTold() {
        fixture.conversations.largeGroup("g", "ann", "bob", "cat");
        fixture.packet("p", "g", "ann", 300, 3);
        fixture.grabs.grant("p", "bob");
        open.open("p", "bob");
        assertEquals(List.of(List.of("ann", "bob")), fixture.recorded.toldTo);
    }

    @Test
    void theLastShareTakesWhatIsLeft() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.put(new Packet("p", "g", "ann", "c", false, 300, 3, "hi", 120, 1, 0, Packet.Status.OPEN,
                RedPackFixture.LONG_AGO, RedPackFixture.FAR_AHEAD));
        fixture.grabs.grant("p", "bob");
        assertEquals(120, open.open("p", "bob"));
        assertEquals(0, fixture.packets.byId.get("p").remainingCount());
    }

    @Test
    void openingAgainAnswersTheSameAmountAndQueuesNothingMore() {
        fixture.conversations.group("g", "ann", "bob", "cat");
        fixture.packet("p", "g", "ann", 300, 3);
        fixture.grabs.grant("p", "bob");
        long amount = open.open("p", "bob");
        assertEquals(amount, open.open("p", "bob"));
        assertEquals(1, fixture.packets.claims("p").size());
        assertEquals(2, fixture.recorded.lines.size());
    }

    @Test
    void anEarlierClaimIsAnsweredEvenAfterThePacketExpired() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.put(new Packet("p", "g", "ann", "c", false, 300, 3, "hi", 0, 2, 200, Packet.Status.EXPIRED,
                RedPackFixture.LONG_AGO, RedPackFixture.LONG_AGO.plusSeconds(60)));
        fixture.packets.claims.add(new Claim("p", "bob", 100, Instant.now(), true));
        assertEquals(100, open.open("p", "bob"));
    }

    @Test
    void openingWithoutAGrantedGrabIsRefused() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.packet("p", "g", "ann", 200, 2);
        assertEquals("NOT_GRABBED", assertThrows(ConflictException.class, () -> open.open("p", "bob")).code());
        assertEquals(List.of(), fixture.packets.claims("p"));
    }

    @Test
    void anExpiredPacketIsRefusedEvenAfterAGrab() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.put(new Packet("p", "g", "ann", "c", false, 200, 2, "hi", 200, 2, 0, Packet.Status.OPEN,
                RedPackFixture.LONG_AGO, RedPackFixture.LONG_AGO.plusSeconds(60)));
        fixture.grabs.grant("p", "bob");
        assertEquals("EXPIRED", assertThrows(ConflictException.class, () -> open.open("p", "bob")).code());
        assertEquals(List.of(), fixture.recorded.lines);
    }

    @Test
    void whenTheDatabaseHasNoShareLeftTheOpenIsSoldOutWhateverTheCacheSaid() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.put(new Packet("p", "g", "ann", "c", false, 200, 2, "hi", 0, 0, 0, Packet.Status.FINISHED,
                RedPackFixture.LONG_AGO, RedPackFixture.FAR_AHEAD));
        fixture.grabs.grant("p", "bob");
        assertEquals("SOLD_OUT", assertThrows(ConflictException.class, () -> open.open("p", "bob")).code());
    }

    @Test
    void someoneOutsideTheConversationIsNotToldThePacketExists() {
        fixture.conversations.group("g", "ann", "bob");
        fixture.packet("p", "g", "ann", 200, 2);
        fixture.grabs.grant("p", "eve");
        assertThrows(NotFoundException.class, () -> open.open("p", "eve"));
    }
}
