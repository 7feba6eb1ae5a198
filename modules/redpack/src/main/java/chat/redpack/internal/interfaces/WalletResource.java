package chat.redpack.internal.interfaces;

import chat.platform.json.JsonBody;
import chat.platform.rest.Caller;
import chat.redpack.internal.application.Wallets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
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
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WalletResource {

    @Inject
    Wallets wallets;

    @Context
    SecurityContext security;

    @GET
    public JsonObject balance() {
        return Json.createObjectBuilder().add("balanceCents", wallets.balance(Caller.of(security).userId())).build();
    }

    @POST
    @Path("topups")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response topUp(JsonObject json) {
        JsonBody body = JsonBody.of(json);
        var funded = wallets.topUp(Caller.of(security).userId(), body.requiredLong("amountCents"),
                body.requiredString("clientId"));
        return Response.status(funded.created() ? 201 : 200)
                .entity(Json.createObjectBuilder().add("balanceCents", funded.balanceCents()).build()).build();
    }
}
