package chat.groups.internal.interfaces;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import chat.platform.rest.RecordBodyReader;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads the optional body of a new invite link as that endpoint always has: whatever the
 * {@code Content-Type} says, or with none ({@code curl -X POST} makes a 7-day link), and a blank
 * body as no body. Anything else is JSON, read and checked by the platform's {@link RecordBodyReader}
 * with its 400s. It takes {@link InviteRequest} only, and ahead of the platform's reader (its
 * priority), which would answer 415 to a body that is not labelled JSON and 400 to a blank one.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json", MediaType.WILDCARD})
@Priority(Priorities.USER - 100)
public class InviteRequestReader extends RecordBodyReader {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == InviteRequest.class;
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        byte[] body = entity.readAllBytes();
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        return super.readFrom(type, genericType, annotations, mediaType, headers, new ByteArrayInputStream(body));
    }
}
