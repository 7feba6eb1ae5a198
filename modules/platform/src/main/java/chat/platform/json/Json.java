package chat.platform.json;

import java.io.InputStream;
import java.io.Reader;
import java.util.Collection;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;

/**
 * The factory methods of {@link jakarta.json.Json} the application uses, over one provider looked
 * up once. {@code jakarta.json.Json} looks its provider up on every call (a {@code ServiceLoader}
 * walk, in Liberty through the OSGi class loaders): on the send path that was about 9 % of the
 * server's CPU. Use this class, never {@code jakarta.json.Json} ({@code ModuleBoundariesTest}
 * says so).
 */
public final class Json {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private Json() {
    }

    public static JsonObjectBuilder createObjectBuilder() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder createArrayBuilder() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonArrayBuilder createArrayBuilder(Collection<?> values) {
        return PROVIDER.createArrayBuilder(values);
    }

    public static JsonReader createReader(Reader reader) {
        return PROVIDER.createReader(reader);
    }

    public static JsonReader createReader(InputStream in) {
        return PROVIDER.createReader(in);
    }

    public static JsonString createValue(String value) {
        return PROVIDER.createValue(value);
    }

    public static JsonNumber createValue(long value) {
        return PROVIDER.createValue(value);
    }
}
