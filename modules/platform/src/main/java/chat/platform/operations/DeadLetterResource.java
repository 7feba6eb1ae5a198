package chat.platform.operations;

import jakarta.jms.JMSException;

import chat.platform.broker.DeadLetters;
import chat.platform.errors.InvalidInputException;
import chat.platform.errors.NotFoundException;
import chat.platform.rest.OperatorEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /admin/dead-letters}: the messages no consumer could ever handle, with the queue each came
 * from and why; and {@code POST .../{id}/redrive} to send one back to that queue once its cause is
 * fixed (say a packet restored from a backup).
 */
@Path("/admin/dead-letters")
@OperatorEndpoint
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private static final int MAX_LIMIT = 500;

    @Inject
    DeadLetters deadLetters;

    @GET
    public JsonObject list(@QueryParam("limit") @DefaultValue("100") int limit) throws JMSException {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be 1 to " + MAX_LIMIT);
        }
        var items = Json.createArrayBuilder();
        for (DeadLetters.Letter letter : deadLetters.list(limit)) {
            items.add(json(letter));
        }
        var counts = Json.createObjectBuilder();
        deadLetters.counts().forEach(counts::add);
        return Json.createObjectBuilder().add("items", items).add("counts", counts).build();
    }

    @POST
    @Path("{id}/redrive")
    public JsonObject redrive(@PathParam("id") String id) throws JMSException {
        String queue = deadLetters.redrive(id)
                .orElseThrow(() -> new NotFoundException("no dead letter " + id + " that can be re-driven"));
        return Json.createObjectBuilder().add("id", id).add("queue", queue).build();
    }

    private static JsonObjectBuilder json(DeadLetters.Letter letter) {
        var json = Json.createObjectBuilder().add("id", letter.id()).add("queue", letter.origin());
        addIfPresent(json, "error", letter.error());
        addIfPresent(json, "failedAt", letter.failedAt());
        addIfPresent(json, "payload", letter.text());
        return json;
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
