package chat.messaging.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.messaging.internal.application.RetentionRuns;
import chat.platform.rest.OperatorEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /admin/retention}: the operator runs retention now instead of at its next hour. */
@Path("/admin/retention")
@Tag(name = "operator")
@SecurityRequirement(name = "operatorKey")
@OperatorEndpoint
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    @Inject
    RetentionRuns retention;

    @POST
    @Path("runs")
    @Operation(operationId = "runRetention", summary = "Run retention now",
            description = "Removes every message sent more than CHAT_MESSAGES_RETENTION_DAYS days ago, as the hourly run "
                    + "does: a batch a transaction, after any run another node has in progress. A removed message keeps its "
                    + "seq and reads like a recalled one; members are not told. The run is recorded in the audit log.")
    @APIResponse(responseCode = "200", description = "What the run removed",
            content = @Content(schema = @Schema(implementation = RetentionRunView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict", description = "CONFLICT: retention is off")
    public RetentionRunView run() {
        return RetentionRunView.of(retention.runNow());
    }
}
