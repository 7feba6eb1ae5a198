package chat.messaging.internal.interfaces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSets;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.platform.rest.PublicEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * {@code GET /api/v1/protocol/chat.proto}: the schema of the binary WebSocket frames, the very file
 * the server's classes were generated from (ADR 0020), so a client can generate or load its own.
 */
@Path("/protocol")
@Tag(name = "messages")
@ApplicationScoped
public class ProtocolResource {

    /** Where the build puts it: protoc's plugin packs the sources it compiled beside the classes. */
    static final String SCHEMA = "/chat/v1/chat.proto";

    private volatile String schema;

    @GET
    @Path("chat.proto")
    @PublicEndpoint
    @SecurityRequirementsSets({})
    @Produces("text/plain; charset=utf-8")
    @Operation(operationId = "protocolSchema", summary = "The schema of the binary WebSocket frames",
            description = "Protocol Buffers (proto3): a WebSocket opened with the subprotocol chat.v1.proto sends and "
                    + "receives one Frame of it per binary message, with the fields of the JSON frames.")
    @APIResponse(responseCode = "200", description = "chat.proto",
            content = @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable", description = "NOT_ACCEPTABLE: the request accepts no text")
    public String schema() {
        if (schema == null) {
            try (InputStream in = ProtocolResource.class.getResourceAsStream(SCHEMA)) {
                schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("the WAR lost chat.proto", e);
            }
        }
        return schema;
    }
}
