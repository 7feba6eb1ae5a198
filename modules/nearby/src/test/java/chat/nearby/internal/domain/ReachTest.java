package chat.nearby.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import chat.platform.errors.InvalidInputException;

class ReachTest {

    private static final double METERS_PER_DEGREE_OF_LATITUDE = 111_195.08;

    @Test
    void haversineMatchesKnownDistances() {
        Position shanghai = new Position(31.2304, 121.4737);
        Position beijing = new Position(39.9042, 116.4074);
        assertEquals(1_067_000, shanghai.metersTo(beijing), 3_000);
        assertEquals(0, shanghai.metersTo(shanghai), 1e-9);
        assertEquals(20, shanghai.metersTo(new Position(31.2304 + 20 / METERS_PER_DEGREE_OF_LATITUDE, 121.4737)), 0.01);
        assertEquals(20_015_000, new Position(0, 0).metersTo(new Position(0, 180)), 1_000, "half the Earth's circumference");
    }

    @Test
    void peopleWithin50MetresAreInReach() {
        Position here = new Position(59.9139, 10.7522);
        assertTrue(RoomRules.withinReach(here, new Position(here.lat() + 49 / METERS_PER_DEGREE_OF_LATITUDE, here.lon())));
        assertFalse(RoomRules.withinReach(here, new Position(here.lat() + 51 / METERS_PER_DEGREE_OF_LATITUDE, here.lon())));
        double degreesOfLongitudeFor40m = 40 / (METERS_PER_DEGREE_OF_LATITUDE * Math.cos(Math.toRadians(here.lat())));
        assertTrue(RoomRules.withinReach(here, new Position(here.lat(), here.lon() + degreesOfLongitudeFor40m)));
    }

    @Test
    void impossibleCoordinatesAndCodesAreBadInput() {
        assertThrows(InvalidInputException.class, () -> new Position(90.5, 0));
        assertThrows(InvalidInputException.class, () -> new Position(0, -180.01));
        assertThrows(InvalidInputException.class, () -> new Position(Double.NaN, 0));
        assertEquals("0420", RoomRules.code("0420"));
        for (String bad : new String[] {null, "", "123", "12345", "12a4", " 1234", "١٢٣٤"}) {
            assertThrows(InvalidInputException.class, () -> RoomRules.code(bad), String.valueOf(bad));
        }
    }
}
