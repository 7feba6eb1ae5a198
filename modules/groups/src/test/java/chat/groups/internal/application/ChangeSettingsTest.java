package chat.groups.internal.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import chat.platform.errors.NotFoundException;

class ChangeSettingsTest {

    private final GroupsFixture fixture = new GroupsFixture();
    private final ChangeSettings settings = fixture.changeSettings();

    @Test
    void aMemberTurnsDoNotDisturbOnForThemselvesOnly() {
        fixture.group("g", "ann", 500, "bob");
        settings.doNotDisturb("bob", "g", true);
        assertTrue(fixture.members.get("g", "bob").doNotDisturb());
        assertFalse(fixture.members.get("g", "ann").doNotDisturb());
    }

    @Test
    void aMemberTurnsDoNotDisturbOffAgain() {
        fixture.group("g", "ann", 500, "bob");
        settings.doNotDisturb("bob", "g", true);
        settings.doNotDisturb("bob", "g", false);
        assertFalse(fixture.members.get("g", "bob").doNotDisturb());
    }

    @Test
    void doNotDisturbWorksInADirectChatToo() {
        fixture.direct("d", "ann", "bob");
        settings.doNotDisturb("ann", "d", true);
        assertTrue(fixture.members.get("d", "ann").doNotDisturb());
    }

    @Test
    void someoneOutsideTheConversationHasNoSettingsInIt() {
        fixture.group("g", "ann", 500, "bob");
        assertThrows(NotFoundException.class, () -> settings.doNotDisturb("eve", "g", true));
    }
}
