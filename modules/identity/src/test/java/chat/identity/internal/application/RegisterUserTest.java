package chat.identity.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import chat.identity.internal.domain.User;
import chat.identity.internal.domain.UsernameTakenException;
import chat.platform.errors.InvalidInputException;

class RegisterUserTest {

    private final IdentityFixture fixture = new IdentityFixture();
    private final RegisterUser register = fixture.registerUser();

    @Test
    void aNewAccountIsStoredWithAHashedPasswordAndAnnounced() {
        User user = register.register("ann", "correct horse", "Ann", "https://example.com/a.png");
        assertEquals(user, fixture.users.byUsername("ann").orElseThrow());
        assertEquals("Ann", user.nickname());
        assertEquals("https://example.com/a.png", user.avatarUrl());
        assertTrue(fixture.hasher.matches("correct horse", user.passwordHash()));
        assertEquals(List.of("registered ann " + user.id()), fixture.events.told);
    }

    @Test
    void anAccountWithoutAnAvatarHasNone() {
        assertNull(register.register("ann", "correct horse", "Ann", null).avatarUrl());
    }

    @Test
    void aTakenUsernameIsRefusedAndNothingIsAnnounced() {
        fixture.user("u1", "ann");
        var refused = assertThrows(UsernameTakenException.class,
                () -> register.register("ann", "correct horse", "Ann", null));
        assertEquals("USERNAME_TAKEN", refused.code());
        assertEquals(List.of(), fixture.events.told);
    }

    @Test
    void aBadUsernameIsRefused() {
        assertEquals("username", assertThrows(InvalidInputException.class,
                () -> register.register("A!", "correct horse", "Ann", null)).field());
    }

    @Test
    void aShortPasswordIsRefused() {
        assertEquals("password", assertThrows(InvalidInputException.class,
                () -> register.register("ann", "short", "Ann", null)).field());
    }

    @Test
    void aMissingNicknameIsRefused() {
        assertEquals("nickname", assertThrows(InvalidInputException.class,
                () -> register.register("ann", "correct horse", null, null)).field());
    }

    @Test
    void anAvatarThatIsNoUrlIsRefused() {
        assertEquals("avatarUrl", assertThrows(InvalidInputException.class,
                () -> register.register("ann", "correct horse", "Ann", "javascript:alert(1)")).field());
        assertEquals(0, fixture.users.byUsername.size());
    }
}
