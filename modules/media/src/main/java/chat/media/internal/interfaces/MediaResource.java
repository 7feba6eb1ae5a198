package chat.media.internal.interfaces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import chat.media.internal.application.MediaJson;
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
 * seeking) and their thumbnail, by bearer token or by a signed link from a message.
 */
@Path("/media")
@RequestScoped
public class MediaResource {

    @Inject
    UploadMedia uploadMedia;

    @Inject
    ReadMedia readMedia;

    @Inject
    MediaJson json;

    @Inject
    Blobs blobs;

    @Context
    SecurityContext security;

    @POST
    @StreamedBody
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@HeaderParam("Content-Type") String contentType,
                           @HeaderParam("Content-Length") Long contentLength, InputStream body) {
        MediaFile file = uploadMedia.upload(Caller.of(security).userId(), contentType,
                contentLength == null ? -1 : contentLength, body);
        return Response.status(201).entity(json.of(file)).build();
    }

    @GET
    @Path("{id}")
    @PublicEndpoint(tokenWhenSent = true)
    public Response download(@PathParam("id") String id, @QueryParam("expires") String expires,
                             @QueryParam("sig") String sig, @HeaderParam("Range") String range,
                             @HeaderParam("If-None-Match") String ifNoneMatch) {
        MediaFile file = readMedia.open(id, userOrNull(), false, expires, sig);
        return bytes(file.sha256(), file.contentType(), file.size(), range, ifNoneMatch);
    }

    @GET
    @Path("{id}/thumbnail")
    @PublicEndpoint(tokenWhenSent = true)
    public Response thumbnail(@PathParam("id") String id, @QueryParam("expires") String expires,
                              @QueryParam("sig") String sig, @HeaderParam("Range") String range,
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
