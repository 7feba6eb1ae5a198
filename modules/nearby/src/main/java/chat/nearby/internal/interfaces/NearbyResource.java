package chat.nearby.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.nearby.internal.application.EnterRoom;
import chat.nearby.internal.application.JoinRoom;
import chat.nearby.internal.domain.Position;
import chat.nearby.internal.domain.RoomRules;
import chat.platform.rest.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** Face-to-face groups: join the room of a code where you stand, then enter its group. */
@Path("/nearby/rooms")
@Tag(name = "nearby")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NearbyResource {

    @Inject
    JoinRoom joinRoom;

    @Inject
    EnterRoom enterRoom;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "joinNearbyRoom", summary = "Join the room of a code where you stand",
            description = "People who send the same 4-digit code from within " + (int) RoomRules.REACH_METERS
                    + " m of each other land in the same room, which lasts a few minutes (3 by default); everyone "
                    + "in it hears of each newcomer over WebSocket (nearby.members). Joins and entries are rate-limited.")
    @APIResponseSchema(value = NearbyRoomView.class, responseCode = "200", responseDescription = "The room and who is in it")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public NearbyRoomView join(@RequestBody(required = true) NearbyRoomJoin body) {
        Position position = new Position(body.lat(), body.lon());
        return NearbyRoomView.of(joinRoom.join(Caller.of(security).userId(), body.code(), position));
    }

    @POST
    @Path("{roomId}/enter")
    @Operation(operationId = "enterNearbyRoom", summary = "Enter a room's group",
            description = "For the people in the room while it lasts: the first to enter makes the group and owns it, "
                    + "the rest join it as members.")
    @APIResponseSchema(value = RoomEntryView.class, responseCode = "200", responseDescription = "The room's group")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "GROUP_FULL")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public RoomEntryView enter(@Parameter(description = "The room's id, from joining it") @PathParam("roomId") String roomId) {
        return new RoomEntryView(enterRoom.enter(Caller.of(security).userId(), roomId));
    }
}
