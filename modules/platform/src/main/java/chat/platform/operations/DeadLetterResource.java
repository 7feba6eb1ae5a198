package chat.platform.operations;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.platform.audit.AuditLog;
import chat.platform.broker.DeadLetters;
import chat.platform.errors.NotFoundException;
import chat.platform.json.Json;
import chat.platform.rest.OperatorEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
@Tag(name = "operator")
@SecurityRequirement(name = "operatorKey")
@OperatorEndpoint
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    @Inject
    DeadLetters deadLetters;

    @Inject
    AuditLog audit;

    @GET
    @Operation(operationId = "listDeadLetters", summary = "Messages no consumer could handle",
            description = "The oldest dead letters with the queue each came from and why, and how many each queue has. "
                    + "Looking changes nothing.")
    public DeadLetterList list(
            @Parameter(description = "How many letters at most; " + DEFAULT_LIMIT + " when absent")
            @QueryParam("limit") @Min(1) @Max(MAX_LIMIT) Integer limit) throws JMSException {
        var items = deadLetters.list(limit == null ? DEFAULT_LIMIT : limit).stream().map(DeadLetterView::of).toList();
        return new DeadLetterList(items, deadLetters.counts());
    }

    @POST
    @Path("{id}/redrive")
    @Operation(operationId = "redriveDeadLetter", summary = "Send a dead letter back to its queue",
            description = "Once its cause is fixed: the letter leaves the dead-letter queue and its consumer takes it "
                    + "again, in one broker transaction. A letter that does not say where it came from cannot be sent back.")
    @APIResponseSchema(value = RedrivenLetterView.class, responseCode = "200", responseDescription = "The letter and where it went")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @Transactional // the audit row's; the broker's own transaction has committed the move when it is written
    public RedrivenLetterView redrive(@Parameter(description = "The dead letter's id, as the list gives it")
                                      @PathParam("id") String id) throws JMSException {
        String queue = deadLetters.redrive(id)
                .orElseThrow(() -> new NotFoundException("no dead letter " + id + " that can be re-driven"));
        audit.operator("dead-letter.redrive", id, Json.createObjectBuilder().add("queue", queue).build());
        return new RedrivenLetterView(id, queue);
    }
}
