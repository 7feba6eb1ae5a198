package chat.identity.internal.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import chat.platform.errors.InvalidInputException;

class DeviceIdTest {

    private static String refusedField(String requested) {
        return assertThrows(InvalidInputException.class, () -> DeviceId.checkOrCreate(requested)).field();
    }

    // Ids

    @Test
    void withoutAnIdTheServerMakesAUuid() {
        String made = DeviceId.checkOrCreate(null);
        assertDoesNotThrow(() -> UUID.fromString(made));
        assertEquals(36, made.length());
    }

    @Test
    void everyDeviceWithoutAnIdGetsItsOwn() {
        assertNotEquals(DeviceId.checkOrCreate(null), DeviceId.checkOrCreate(null));
    }

    @Test
    void anIdOfOneCharacterIsKept() {
        assertEquals("p", DeviceId.checkOrCreate("p"));
    }

    @Test
    void anIdOfSixtyFourCharactersIsKept() {
        assertEquals("d".repeat(64), DeviceId.checkOrCreate("d".repeat(64)));
    }

    @Test
    void anIdOfSixtyFiveCharactersIsRefusedNamingDeviceId() {
        var refused = assertThrows(InvalidInputException.class, () -> DeviceId.checkOrCreate("d".repeat(65)));
        assertEquals("deviceId", refused.field());
        assertEquals("deviceId: must be 1 to 64 characters of A-Z, a-z, 0-9, '_' and '-'", refused.getMessage());
    }

    @Test
    void anIdMayMixCaseDigitsDashesAndUnderscores() {
        assertEquals("Phone_7-A", DeviceId.checkOrCreate("Phone_7-A"));
    }

    @Test
    void anEmptyIdIsRefusedNotReplaced() {
        assertEquals("deviceId", refusedField(""));
    }

    @Test
    void anIdWithADotIsRefused() {
        assertEquals("deviceId", refusedField("phone.1"));
    }

    @Test
    void anIdWithASlashIsRefused() {
        assertEquals("deviceId", refusedField("../phone"));
    }

    @Test
    void anIdWithALetterOutsideAToZIsRefused() {
        assertEquals("deviceId", refusedField("téléphone"));
    }

    // Names

    @Test
    void noDeviceNameStaysNone() {
        assertNull(DeviceId.checkName(null));
    }

    @Test
    void anEmptyDeviceNameIsKept() {
        assertEquals("", DeviceId.checkName(""));
    }

    @Test
    void aDeviceNameOfSixtyFourCharactersIsKept() {
        assertEquals("n".repeat(64), DeviceId.checkName("n".repeat(64)));
    }

    @Test
    void aDeviceNameOfSixtyFiveCharactersIsRefusedNamingDeviceName() {
        var refused = assertThrows(InvalidInputException.class, () -> DeviceId.checkName("n".repeat(65)));
        assertEquals("deviceName", refused.field());
        assertEquals("deviceName: must be at most 64 characters", refused.getMessage());
    }

    @Test
    void aDeviceNameMayHaveAnyCharacters() {
        assertEquals("Ann's iPhone (work) ✓", DeviceId.checkName("Ann's iPhone (work) ✓"));
    }
}
