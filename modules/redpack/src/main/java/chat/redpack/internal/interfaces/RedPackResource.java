package chat.redpack.internal.interfaces;

import chat.platform.rest.Caller;
import chat.redpack.internal.application.GrabRedPack;
import chat.redpack.internal.application.OpenRedPack;
import chat.redpack.internal.application.ViewRedPack;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** A red packet: grab a share, open it, and see what is left and who claimed what. */
@Path("/redpacks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RedPackResource {

    @Inject
    GrabRedPack grabRedPack;

    @Inject
    OpenRedPack openRedPack;

    @Inject
    ViewRedPack viewRedPack;

    @Context
    SecurityContext security;

    @POST
    @Path("{id}/grab")
    public JsonObject grab(@PathParam("id") String packetId) {
        grabRedPack.grab(packetId, Caller.of(security).userId());
        return Json.createObjectBuilder().add("granted", true).build();
    }

    @POST
    @Path("{id}/open")
    public JsonObject open(@PathParam("id") String packetId) {
        long amount = openRedPack.open(packetId, Caller.of(security).userId());
        return Json.createObjectBuilder().add("amountCents", amount).build();
    }

    @GET
    @Path("{id}")
    public JsonObject view(@PathParam("id") String packetId) {
        return RedPackJson.view(viewRedPack.view(packetId, Caller.of(security).userId()));
    }
}
