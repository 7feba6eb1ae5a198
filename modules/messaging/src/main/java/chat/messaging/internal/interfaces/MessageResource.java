package chat.messaging.internal.interfaces;

import chat.messaging.internal.application.HideMessage;
import chat.messaging.internal.application.MessageJson;
import chat.messaging.internal.application.ReadHistory;
import chat.messaging.internal.application.RecallMessage;
import chat.messaging.internal.application.SendMessage;
import chat.platform.errors.InvalidInputException;
import chat.platform.json.JsonBody;
import chat.platform.rest.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** A conversation's messages: send, read (ranges and history), recall, delete for me. */
@Path("/groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MessageResource {

    @Inject
    SendMessage sendMessage;

    @Inject
    MessageJson messageJson;

    @Inject
    ReadHistory history;

    @Inject
    RecallMessage recallMessage;

    @Inject
    HideMessage hideMessage;

    @Context
    SecurityContext security;

    @POST
    @Path("{gid}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(@PathParam("gid") String groupId, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        var sent = sendMessage.send(new SendMessage.Draft(groupId, caller(), body.requiredString("clientMsgId"),
                body.requiredString("type"), body.optionalString("text").orElse(null),
                body.optionalString("mediaId").orElse(null)));
        return Response.status(sent.created() ? 201 : 200).entity(messageJson.of(sent.message())).build();
    }

    @GET
    @Path("{gid}/messages")
    public JsonObject read(@PathParam("gid") String groupId, @QueryParam("after") String after,
                           @QueryParam("until") String until, @QueryParam("before") String before,
                           @QueryParam("limit") String limit) {
        Long size = limit == null ? null : number("limit", limit);
        ReadHistory.Page page = before != null
                ? history.before(caller(), groupId, number("before", before), size)
                : history.after(caller(), groupId, after == null ? 0 : number("after", after),
                        until == null ? null : number("until", until), size);
        JsonArrayBuilder items = Json.createArrayBuilder();
        messageJson.ofAll(page.items()).forEach(items::add);
        return Json.createObjectBuilder().add("items", items).add("hasMore", page.hasMore()).build();
    }

    @DELETE
    @Path("{gid}/messages/{seq}")
    public Response recall(@PathParam("gid") String groupId, @PathParam("seq") String seq) {
        recallMessage.recall(caller(), groupId, number("seq", seq));
        return Response.noContent().build();
    }

    @POST
    @Path("{gid}/messages/{seq}/hide")
    public Response hide(@PathParam("gid") String groupId, @PathParam("seq") String seq) {
        hideMessage.hide(caller(), groupId, number("seq", seq));
        return Response.noContent().build();
    }

    static long number(String field, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number");
        }
    }

    private String caller() {
        return Caller.of(security).userId();
    }
}
