package chat.redpack.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.platform.audit.AuditLog;
import chat.platform.json.Json;
import chat.platform.rest.OperatorEndpoint;
import chat.redpack.internal.application.Wallets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /admin/wallets/{userId}/credits}: a company credits a wallet (a red-packet budget). */
@Path("/admin/wallets")
@Tag(name = "operator")
@SecurityRequirement(name = "operatorKey")
@OperatorEndpoint
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminWalletResource {

    @Inject
    Wallets wallets;

    @Inject
    AuditLog audit;

    @POST
    @Path("{userId}/credits")
    @Operation(operationId = "creditWallet", summary = "Credit a user's wallet",
            description = "A company system adds money to a user's wallet, such as a red-packet budget. Idempotent on "
                    + "clientId: the same id again moves no more money and answers 200 with the balance.")
    @APIResponse(responseCode = "201", description = "The money was credited: the wallet's balance after it",
            content = @Content(schema = @Schema(implementation = CreditedWalletView.class)))
    @APIResponse(responseCode = "200", description = "A retry with the same clientId: nothing moved, the balance now",
            content = @Content(schema = @Schema(implementation = CreditedWalletView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @Transactional
    public Response credit(@Parameter(description = "The id of the user whose wallet is credited") @PathParam("userId") String userId,
                           @RequestBody(required = true) CreditRequest body) {
        var funded = wallets.credit(userId, body.amountCents(), body.clientId());
        if (funded.created()) {
            audit.operator("wallet.credit", userId, Json.createObjectBuilder().add("amountCents", body.amountCents())
                    .add("clientId", body.clientId()).build());
        }
        return Response.status(funded.created() ? 201 : 200).entity(CreditedWalletView.of(userId, funded)).build();
    }
}
