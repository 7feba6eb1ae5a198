package chat.redpack.internal.interfaces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.platform.rest.Caller;
import chat.redpack.internal.application.Wallets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** The caller's wallet: its balance, and top-ups where the setup allows them. */
@Path("/wallet")
@Tag(name = "wallet")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WalletResource {

    @Inject
    Wallets wallets;

    @Context
    SecurityContext security;

    @GET
    @Operation(operationId = "getWallet", summary = "The caller's balance",
            description = "The caller's own wallet, in cents: 0 for a wallet never used. Changes nothing.")
    public BalanceView balance() {
        return BalanceView.of(wallets.balance(Caller.of(security).userId()));
    }

    @POST
    @Path("topups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "topUpWallet", summary = "Add money to the caller's wallet",
            description = "Only where the server's setup allows top-ups (chat.wallet.topups, on in the demo setup). The "
                    + "same clientId again moves no more money and answers 200 with the balance.")
    @APIResponse(responseCode = "201", description = "The money was added: the balance after it",
            content = @Content(schema = @Schema(implementation = BalanceView.class)))
    @APIResponse(responseCode = "200", description = "A retry with the same clientId: nothing moved, the balance now",
            content = @Content(schema = @Schema(implementation = BalanceView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "TOPUPS_DISABLED")
    public Response topUp(@RequestBody(required = true) TopUpRequest body) {
        var funded = wallets.topUp(Caller.of(security).userId(), body.amountCents(), body.clientId());
        return Response.status(funded.created() ? 201 : 200).entity(BalanceView.of(funded)).build();
    }
}
