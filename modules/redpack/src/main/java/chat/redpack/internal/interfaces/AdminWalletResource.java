package chat.redpack.internal.interfaces;

import chat.platform.json.JsonBody;
import chat.platform.rest.OperatorEndpoint;
import chat.redpack.internal.application.Wallets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /admin/wallets/{userId}/credits}: a company credits a wallet (a red-packet budget). */
@Path("/admin/wallets")
@OperatorEndpoint
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminWalletResource {

    @Inject
    Wallets wallets;

    @POST
    @Path("{userId}/credits")
    public Response credit(@PathParam("userId") String userId, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        var funded = wallets.credit(userId, body.requiredLong("amountCents"), body.requiredString("clientId"));
        return Response.status(funded.created() ? 201 : 200)
                .entity(Json.createObjectBuilder().add("userId", userId).add("balanceCents", funded.balanceCents()).build())
                .build();
    }
}
