package chat.nearby.internal.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import chat.platform.errors.InvalidInputException;

class PositionTest {

    @Test
    void thePolesAreLatitudes() {
        assertDoesNotThrow(() -> new Position(90, 0));
        assertDoesNotThrow(() -> new Position(-90, 0));
    }

    @Test
    void aLatitudePastTheNorthPoleIsRefusedNamingLat() {
        var refused = assertThrows(InvalidInputException.class, () -> new Position(Math.nextUp(90.0), 0));
        assertEquals("lat", refused.field());
        assertEquals("lat: must be a latitude from -90 to 90", refused.getMessage());
    }

    @Test
    void aLatitudePastTheSouthPoleIsRefused() {
        assertEquals("lat", assertThrows(InvalidInputException.class, () -> new Position(Math.nextDown(-90.0), 0)).field());
    }

    @Test
    void theDateLineIsALongitudeFromBothSides() {
        assertDoesNotThrow(() -> new Position(0, 180));
        assertDoesNotThrow(() -> new Position(0, -180));
    }

    @Test
    void aLongitudePastTheDateLineIsRefusedNamingLon() {
        var refused = assertThrows(InvalidInputException.class, () -> new Position(0, Math.nextUp(180.0)));
        assertEquals("lon", refused.field());
        assertEquals("lon: must be a longitude from -180 to 180", refused.getMessage());
        assertEquals("lon", assertThrows(InvalidInputException.class, () -> new Position(0, Math.nextDown(-180.0))).field());
    }

    @Test
    void notANumberIsNoCoordinate() {
        assertEquals("lat", assertThrows(InvalidInputException.class, () -> new Position(Double.NaN, 0)).field());
        assertEquals("lon", assertThrows(InvalidInputException.class, () -> new Position(0, Double.NaN)).field());
    }

    @Test
    void infinityIsNoCoordinate() {
        assertEquals("lat", assertThrows(InvalidInputException.class, () -> new Position(Double.POSITIVE_INFINITY, 0)).field());
        assertEquals("lon", assertThrows(InvalidInputException.class, () -> new Position(0, Double.NEGATIVE_INFINITY)).field());
    }

    @Test
    void aBadLatitudeIsToldBeforeABadLongitude() {
        assertEquals("lat", assertThrows(InvalidInputException.class, () -> new Position(91, 181)).field());
    }
}
