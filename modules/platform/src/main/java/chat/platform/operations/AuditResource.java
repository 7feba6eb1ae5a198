package chat.platform.operations;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.platform.audit.AuditLog;
import chat.platform.rest.KeysetPage;
import chat.platform.rest.OperatorEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code /admin/audit}: every operator call that changed something, newest first. */
@Path("/admin/audit")
@Tag(name = "operator")
@SecurityRequirement(name = "operatorKey")
@OperatorEndpoint
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    @Inject
    AuditLog log;

    @GET
    @Operation(operationId = "readAuditLog", summary = "The audit log",
            description = "Every operator call that changed something, and every retention run, newest first; each row "
                    + "was written in the same transaction as its change. Reading it changes nothing.")
    public AuditPage page(
            @Parameter(description = "The next of the page before: rows older than it") @QueryParam("after") @Min(1) Long after,
            @Parameter(description = "How many rows at most; " + DEFAULT_LIMIT + " when absent")
            @QueryParam("limit") @Min(1) @Max(MAX_LIMIT) Integer limit) {
        KeysetPage<AuditLog.Entry> page = KeysetPage.read(limit == null ? DEFAULT_LIMIT : limit,
                n -> log.page(after, n), entry -> Long.toString(entry.id()));
        return new AuditPage(page.items().stream().map(AuditEntryView::of).toList(), page.next());
    }
}
