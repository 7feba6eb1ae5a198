package chat.nearby.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import chat.platform.errors.InvalidInputException;

class RoomRulesTest {

    /** On one meridian the haversine distance is the Earth's radius times the angle. */
    private static final double METERS_PER_DEGREE = Position.EARTH_RADIUS_METERS * Math.PI / 180;

    private static Position north(Position from, double meters) {
        return new Position(from.lat() + meters / METERS_PER_DEGREE, from.lon());
    }

    // Codes

    @Test
    void aCodeOfFourDigitsIsKept() {
        assertEquals("1234", RoomRules.code("1234"));
    }

    @Test
    void aCodeOfFourZerosIsKept() {
        assertEquals("0000", RoomRules.code("0000"));
    }

    @Test
    void aCodeOfThreeDigitsIsRefusedNamingCode() {
        var refused = assertThrows(InvalidInputException.class, () -> RoomRules.code("123"));
        assertEquals("code", refused.field());
        assertEquals("code: must be 4 digits", refused.getMessage());
        assertEquals(400, refused.status());
    }

    @Test
    void aCodeOfFiveDigitsIsRefused() {
        assertEquals("code", assertThrows(InvalidInputException.class, () -> RoomRules.code("12345")).field());
    }

    @Test
    void aMissingCodeIsRefused() {
        assertEquals("code", assertThrows(InvalidInputException.class, () -> RoomRules.code(null)).field());
    }

    @Test
    void anEmptyCodeIsRefused() {
        assertEquals("code", assertThrows(InvalidInputException.class, () -> RoomRules.code("")).field());
    }

    @Test
    void aCodeWithALetterIsRefused() {
        assertEquals("code", assertThrows(InvalidInputException.class, () -> RoomRules.code("12a4")).field());
    }

    @Test
    void aCodeWithALineEndIsRefused() {
        assertEquals("code", assertThrows(InvalidInputException.class, () -> RoomRules.code("1234\n")).field());
    }

    @Test
    void aCodeOfFullWidthDigitsIsRefused() {
        assertEquals("code", assertThrows(InvalidInputException.class, () -> RoomRules.code("１２３４")).field());
    }

    @Test
    void aSignedNumberIsNoCode() {
        assertEquals("code", assertThrows(InvalidInputException.class, () -> RoomRules.code("-123")).field());
    }

    // Reach

    @Test
    void someoneStandingOnTheSameSpotIsInReach() {
        Position here = new Position(31.2304, 121.4737);
        assertTrue(RoomRules.withinReach(here, here));
    }

    @Test
    void someoneJustInsideFiftyMetresIsInReach() {
        Position here = new Position(0, 0);
        assertTrue(RoomRules.withinReach(here, north(here, 49.99)));
    }

    @Test
    void someoneJustPastFiftyMetresIsOutOfReach() {
        Position here = new Position(0, 0);
        assertFalse(RoomRules.withinReach(here, north(here, 50.01)));
    }

    @Test
    void reachIsTheSameBothWays() {
        Position here = new Position(59.9139, 10.7522);
        Position there = north(here, 49.99);
        assertTrue(RoomRules.withinReach(there, here));
        assertFalse(RoomRules.withinReach(north(here, 50.01), here));
    }

    @Test
    void reachCrossesTheDateLine() {
        double tenMetresOfLongitudeAtTheEquator = 10 / METERS_PER_DEGREE;
        Position east = new Position(0, 180 - tenMetresOfLongitudeAtTheEquator / 2);
        Position west = new Position(0, -180 + tenMetresOfLongitudeAtTheEquator / 2);
        assertTrue(RoomRules.withinReach(east, west));
    }
}
