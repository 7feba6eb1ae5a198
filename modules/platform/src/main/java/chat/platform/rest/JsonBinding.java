package chat.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * How JSON-B reads requests into records and writes answers from them, for every resource: a null
 * field is written as {@code null} (the contract lists it; {@code @JsonbNillable(false)} leaves one
 * out), unknown fields of a request are ignored, times are ISO-8601. The order of an answer's
 * fields is its record's {@code @JsonbPropertyOrder}, which names the components as declared
 * (the architecture test holds every answer record to that).
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    /** The one configured instance: JSON-B instances are thread-safe and costly to build. */
    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** The instance answers are written with, for code and tests outside JAX-RS that must write the same bytes. */
    public static Jsonb jsonb() {
        return JSONB;
    }
}
