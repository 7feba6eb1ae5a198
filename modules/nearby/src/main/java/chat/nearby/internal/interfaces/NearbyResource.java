package chat.nearby.internal.interfaces;

import chat.nearby.internal.application.EnterRoom;
import chat.nearby.internal.application.JoinRoom;
import chat.nearby.internal.domain.Position;
import chat.platform.errors.InvalidInputException;
import chat.platform.rest.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
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
    public JsonObject join(JsonObject json) {
        if (json == null) {
            throw new InvalidInputException("body", "is required: {code, lat, lon}");
        }
        String code = json.get("code") instanceof jakarta.json.JsonString s ? s.getString() : null;
        Position position = new Position(degrees(json, "lat"), degrees(json, "lon"));
        var joined = joinRoom.join(Caller.of(security).userId(), code, position);
        return Json.createObjectBuilder().add("roomId", joined.room().id()).add("code", joined.room().code())
                .add("members", JoinRoom.membersJson(joined.members()))
                .add("expiresAt", joined.room().expiresAt().toString()).build();
    }

    @POST
    @Path("{roomId}/enter")
    public JsonObject enter(@PathParam("roomId") String roomId) {
        return Json.createObjectBuilder().add("groupId", enterRoom.enter(Caller.of(security).userId(), roomId)).build();
    }

    private static double degrees(JsonObject json, String field) {
        if (!(json.get(field) instanceof JsonNumber number)) {
            throw new InvalidInputException(field, "must be a number of degrees");
        }
        return number.doubleValue();
    }
}
