package chat.identity.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import chat.identity.internal.domain.User;
import chat.platform.errors.InvalidInputException;
import chat.platform.errors.NotFoundException;

class UpdateProfileTest {

    private final IdentityFixture fixture = new IdentityFixture();
    private final UpdateProfile update = fixture.updateProfile();

    private User ann() {
        return fixture.users.put(new User("u1", "ann", "hash", "Ann", "/media/a.png"));
    }

    @Test
    void theNicknameChangesAndTheAvatarStays() {
        ann();
        User updated = update.update("u1", Optional.of("Annie"), Optional.empty());
        assertEquals(new User("u1", "ann", "hash", "Annie", "/media/a.png"), updated);
        assertEquals(List.of(updated), fixture.users.updated);
    }

    @Test
    void theAvatarChangesAndTheNicknameStays() {
        ann();
        assertEquals(new User("u1", "ann", "hash", "Ann", "https://example.com/b.png"),
                update.update("u1", Optional.empty(), Optional.of("https://example.com/b.png")));
    }

    @Test
    void nothingAskedLeavesTheProfileAsItWas() {
        User before = ann();
        assertEquals(before, update.update("u1", Optional.empty(), Optional.empty()));
    }

    @Test
    void aBadNicknameIsRefusedAndNothingIsStored() {
        ann();
        assertEquals("nickname", assertThrows(InvalidInputException.class,
                () -> update.update("u1", Optional.of(""), Optional.empty())).field());
        assertEquals(List.of(), fixture.users.updated);
    }

    @Test
    void aBadAvatarIsRefused() {
        ann();
        assertEquals("avatarUrl", assertThrows(InvalidInputException.class,
                () -> update.update("u1", Optional.empty(), Optional.of("ftp://x/y.png"))).field());
    }

    @Test
    void anUnknownUserIsNotFound() {
        assertThrows(NotFoundException.class, () -> update.update("ghost", Optional.of("X"), Optional.empty()));
    }
}
