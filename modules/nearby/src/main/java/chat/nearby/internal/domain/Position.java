package chat.nearby.internal.domain;

import chat.platform.errors.InvalidInputException;

/** A point on Earth in degrees; distances by the haversine formula on a sphere of the Earth's mean radius. */
public record Position(double lat, double lon) {

    static final double EARTH_RADIUS_METERS = 6_371_008.8;

    public Position {
        if (!(lat >= -90 && lat <= 90)) {
            throw new InvalidInputException("lat", "must be a latitude from -90 to 90");
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new InvalidInputException("lon", "must be a longitude from -180 to 180");
        }
    }

    public double metersTo(Position other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
