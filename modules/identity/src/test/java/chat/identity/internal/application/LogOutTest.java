package chat.identity.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class LogOutTest {

    private final IdentityFixture fixture = new IdentityFixture();
    private final LogOut logOut = fixture.logOut();

    @Test
    void theTokenIsRevokedUntilItWouldHaveExpiredAndItsSessionsEnd() {
        Instant expires = Instant.parse("2030-01-01T00:00:00Z");
        logOut.logOut("t1", "ann", "phone", expires);
        assertEquals(List.of("revoked t1 of ann on phone until " + expires, "sessionEnded ann t1"),
                fixture.events.told);
        assertEquals(TokenStanding.LOGGED_OUT, logOut.standing("t1", "ann", 0));
    }

    @Test
    void anotherTokenOfTheSameUserStaysValid() {
        logOut.logOut("t1", "ann", "phone", Instant.parse("2030-01-01T00:00:00Z"));
        assertEquals(TokenStanding.GOOD, logOut.standing("t2", "ann", 0));
    }
}
