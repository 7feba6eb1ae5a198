package chat.media.internal.interfaces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSets;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.media.internal.application.MediaLinks;
import chat.media.internal.application.ReadMedia;
import chat.media.internal.application.UploadMedia;
import chat.media.internal.domain.Blobs;
import chat.media.internal.domain.MediaFile;
import chat.platform.rest.Caller;
import chat.platform.rest.PublicEndpoint;
import chat.platform.rest.StreamedBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * Upload the raw bytes of an image, audio or video; download them (with ranges, for video
 * seeking) and their thumbnail, by bearer token or by a signed link from a message. Bodies both
 * ways are the bytes themselves, streamed: only the upload's answer is JSON ({@link MediaView}).
 */
@Path("/media")
@Tag(name = "media")
@RequestScoped
public class MediaResource {

    @Inject
    UploadMedia uploadMedia;

    @Inject
    ReadMedia readMedia;

    @Inject
    MediaLinks links;

    @Inject
    Blobs blobs;

    @Context
    SecurityContext security;

    // Content-Type and Content-Length are HTTP's own headers, not parameters of the API (OpenAPI ignores a
    // Content-Type parameter): the request body's media types below document what may be sent.
    @POST
    @StreamedBody
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "uploadMedia", summary = "Upload an image, audio or video",
            description = "The body is the raw bytes (no multipart, no JSON), with a Content-Type of image/*, audio/* or "
                    + "video/*. They are kept only if they sniff as media of that kind and are within the configured "
                    + "size; thumbnails, posters and durations follow a moment later. Only the uploader may post it "
                    + "in a message (its mediaId), which lets that conversation's members download it.")
    @RequestBody(required = true, description = "The file's bytes; any image/*, audio/* or video/* type is taken, "
            + "and the bytes must be one of these", content = {
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/gif", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "audio/mpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "audio/mp4", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "audio/x-m4a", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "audio/aac", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "audio/x-aac", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "audio/ogg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "audio/opus", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "audio/vorbis", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "audio/webm", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "audio/wav", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "audio/x-wav", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "audio/vnd.wave", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "video/mp4", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "video/quicktime", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "video/webm", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "video/x-matroska", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "video/3gpp", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "The stored media",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MediaView.class)))
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response upload(@Parameter(hidden = true) @HeaderParam("Content-Type") String contentType,
                           @Parameter(hidden = true) @HeaderParam("Content-Length") Long contentLength, InputStream body) {
        MediaFile file = uploadMedia.upload(Caller.of(security).userId(), contentType,
                contentLength == null ? -1 : contentLength, body);
        return Response.status(201).entity(MediaView.of(links.describe(file))).build();
    }

    @GET
    @Path("{id}")
    @PublicEndpoint(tokenWhenSent = true)
    @SecurityRequirementsSets({@SecurityRequirementsSet(@SecurityRequirement(name = "bearerAuth")),
            @SecurityRequirementsSet})
    @Operation(operationId = "downloadMedia", summary = "A media file's bytes",
            description = "For its uploader and the members of a conversation it was posted in (by token), or for "
                    + "anyone with the signed link a message carries (no token; a token sent anyway must be valid). "
                    + "One byte range at a time (video seeking); If-None-Match with the ETag answers 304.")
    @APIResponse(responseCode = "200", description = "The whole file, in the type sniffed at upload",
            headers = {
                    @Header(name = "ETag", description = "The bytes' SHA-256, quoted", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Accept-Ranges", schema = @Schema(type = SchemaType.STRING, enumeration = "bytes"))},
            content = {@Content(mediaType = "image/*", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "audio/*", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "video/*", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/ogg",
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "206", description = "The byte range the Range header asked for",
            headers = {
                    @Header(name = "Content-Range", description = "bytes first-last/size",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The bytes' SHA-256, quoted", schema = @Schema(type = SchemaType.STRING))},
            content = {@Content(mediaType = "image/*", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "audio/*", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "video/*", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/ogg",
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match named the file's ETag")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "416", description = "The range starts past the end of the file",
            headers = @Header(name = "Content-Range", description = "bytes */size",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response download(@Parameter(description = "The media's id") @PathParam("id") String id,
                             @Parameter(description = "The signed link's expiry (epoch seconds); with sig, instead of a token")
                             @QueryParam("expires") String expires,
                             @Parameter(description = "The signed link's signature") @QueryParam("sig") String sig,
                             @Parameter(description = "One byte range: bytes=first-last, bytes=first- or bytes=-suffix; "
                                     + "anything else is the whole file", example = "bytes=0-1048575")
                             @HeaderParam("Range") String range,
                             @Parameter(description = "The ETag of a copy the client holds")
                             @HeaderParam("If-None-Match") String ifNoneMatch) {
        MediaFile file = readMedia.open(id, userOrNull(), false, expires, sig);
        return bytes(file.sha256(), file.contentType(), file.size(), range, ifNoneMatch);
    }

    @GET
    @Path("{id}/thumbnail")
    @PublicEndpoint(tokenWhenSent = true)
    @SecurityRequirementsSets({@SecurityRequirementsSet(@SecurityRequirement(name = "bearerAuth")),
            @SecurityRequirementsSet})
    @Operation(operationId = "downloadMediaThumbnail", summary = "A media file's thumbnail or poster",
            description = "A JPEG made a moment after the upload (an image's thumbnail, a video's poster; audio has "
                    + "none), for the same people as the file, by token or by its own signed link.")
    @APIResponse(responseCode = "200", description = "The whole thumbnail",
            headers = @Header(name = "ETag", description = "The bytes' SHA-256, quoted",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "206", description = "The byte range the Range header asked for",
            headers = @Header(name = "Content-Range", description = "bytes first-last/size",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match named the thumbnail's ETag")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "416", description = "The range starts past the end of the thumbnail",
            headers = @Header(name = "Content-Range", description = "bytes */size",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response thumbnail(@Parameter(description = "The media's id") @PathParam("id") String id,
                              @Parameter(description = "The signed link's expiry (epoch seconds); with sig, instead of a token")
                              @QueryParam("expires") String expires,
                              @Parameter(description = "The signed link's signature") @QueryParam("sig") String sig,
                              @Parameter(description = "One byte range, as for the file")
                              @HeaderParam("Range") String range,
                              @Parameter(description = "The ETag of a copy the client holds")
                              @HeaderParam("If-None-Match") String ifNoneMatch) {
        MediaFile file = readMedia.open(id, userOrNull(), true, expires, sig);
        return bytes(file.thumbnailSha256(), file.thumbnailType(), file.thumbnailSize(), range, ifNoneMatch);
    }

    /** Downloads also take a signed link without a token; a token, when sent, must be valid. */
    private String userOrNull() {
        return Caller.ifAny(security).map(Caller::userId).orElse(null);
    }

    private Response bytes(String sha256, String contentType, long size, String rangeHeader, String ifNoneMatch) {
        String etag = "\"" + sha256 + "\"";
        if (etag.equals(ifNoneMatch)) {
            return Response.notModified().tag(sha256).build();
        }
        ByteRange range = ByteRange.parse(rangeHeader, size);
        if (range == null) {
            return Response.status(416).header("Content-Range", "bytes */" + size).build();
        }
        StreamingOutput output = out -> {
            try (InputStream in = blobs.open(sha256, range.first())) {
                long left = range.length();
                byte[] buffer = new byte[64 * 1024];
                while (left > 0) {
                    int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (read < 0) {
                        break;
                    }
                    out.write(buffer, 0, read);
                    left -= read;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        Response.ResponseBuilder answer = Response.status(range.partial() ? 206 : 200).entity(output)
                .type(contentType).header("Content-Length", range.length()).header("Accept-Ranges", "bytes")
                .header("ETag", etag).header("Cache-Control", "private, max-age=3600");
        if (range.partial()) {
            answer.header("Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + size);
        }
        return answer.build();
    }
}
