package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

import chat.client.ApiException;
import chat.client.api.IdentityApi;
import chat.client.api.OperatorApi;
import chat.client.model.BotSessionRequest;
import chat.client.model.ProvisionedUser;
import chat.client.model.Session;
import chat.client.model.UserBatch;
import chat.client.model.UserBatchRow;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/** The operator API for users, its key, and proof that its events reach Artemis only after commit. */
class OperatorApiIT extends ServerIT {

    private static JsonObject batch(List<String> usernames) {
        JsonArrayBuilder users = Json.createArrayBuilder();
        usernames.forEach(u -> users.add(Json.createObjectBuilder().add("username", u).add("nickname", "N " + u)));
        return Json.createObjectBuilder().add("users", users).build();
    }

    @Test
    void aBatchCreatesEveryUserAndBotsGetTokens() throws ApiException {
        List<String> names = List.of(Api.uniqueName(), Api.uniqueName(), Api.uniqueName());
        // Through the generated client, as a company's directory sync would call it.
        var operator = new OperatorApi(GeneratedClient.operator());
        var created = operator.provisionUsers(new UserBatch().users(names.stream()
                .map(name -> new UserBatchRow().username(name).nickname("Bot " + name)).toList())).getItems();
        assertEquals(names, created.stream().map(ProvisionedUser::getUsername).toList());

        Session session = operator.issueBotToken(created.get(0).getId(), new BotSessionRequest().deviceName("hr-bot"));
        var asBot = new IdentityApi(GeneratedClient.as(new Api.TestUser(session.getUserId(), names.get(0),
                session.getToken(), session.getDeviceId())));
        assertEquals(names.get(0), asBot.getMe().getUsername());
        assertEquals(404, api.admin("/api/v1/admin/users/no-such-user/sessions", null, Api.ADMIN_KEY).status());
    }

    @Test
    void aBatchWithOneTakenNameCreatesNobody() {
        String taken = Api.uniqueName();
        api.register(taken, "pass-word-1");
        String fresh = Api.uniqueName();
        var refused = api.admin("/api/v1/admin/users", batch(List.of(fresh, taken)), Api.ADMIN_KEY);
        assertEquals(409, refused.status(), refused.raw());
        assertEquals("USERNAME_TAKEN", refused.errorCode());
        assertEquals(201, api.admin("/api/v1/admin/users", batch(List.of(fresh)), Api.ADMIN_KEY).status());
    }

    @Test
    void invalidBatchesAreRefusedNamingTheEntry() {
        var badName = api.admin("/api/v1/admin/users", batch(List.of(Api.uniqueName(), "X")), Api.ADMIN_KEY);
        assertEquals(400, badName.status());
        assertTrue(badName.json().getJsonObject("error").getString("message").startsWith("users[1].username"), badName.raw());
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(Api.uniqueName());
        }
        assertEquals(400, api.admin("/api/v1/admin/users", batch(tooMany), Api.ADMIN_KEY).status());
        assertEquals(400, api.admin("/api/v1/admin/users", "{\"users\": 3}", Api.ADMIN_KEY).status());
    }

    @Test
    void theKeyOpensOnlyTheOperatorApiAndATokenNeverOpensIt() {
        var user = api.newUser();
        var noKey = api.admin("/api/v1/admin/users", batch(List.of(Api.uniqueName())), null);
        assertEquals(401, noKey.status());
        assertEquals("UNAUTHENTICATED", noKey.errorCode());
        assertEquals(401, api.admin("/api/v1/admin/users", batch(List.of(Api.uniqueName())), "wrong-key").status());

        var withToken = api.post("/api/v1/admin/users", user.token(), batch(List.of(Api.uniqueName())));
        assertEquals(401, withToken.status());

        var keyOnUserCall = api.get("/api/v1/users/me", null);
        assertEquals(401, keyOnUserCall.status());
        var keyAsBearer = api.get("/api/v1/users/me", Api.ADMIN_KEY);
        assertEquals(401, keyAsBearer.status());
    }

    @Test
    void registrationsReachTheBrokerAfterCommitAndNeverAfterARollback() throws Exception {
        String brokerUrl = System.getProperty("chat.it.brokerUrl");
        try (var factory = new ActiveMQConnectionFactory(brokerUrl);
             JMSContext context = factory.createContext()) {
            JMSConsumer consumer = context.createConsumer(context.createTopic("chat.identity.users"));
            context.start();

            String taken = Api.uniqueName();
            api.register(taken, "pass-word-1");
            String rolledBack = Api.uniqueName();
            assertEquals(409, api.admin("/api/v1/admin/users", batch(List.of(rolledBack, taken)), Api.ADMIN_KEY).status());
            List<String> committed = List.of(Api.uniqueName(), Api.uniqueName());
            assertEquals(201, api.admin("/api/v1/admin/users", batch(committed), Api.ADMIN_KEY).status());

            // The relay publishes in commit order, so once the later batch has arrived, a rolled-back
            // row would have arrived before it.
            Set<String> seen = new HashSet<>();
            long deadline = System.currentTimeMillis() + 15_000;
            while (!seen.containsAll(committed) && System.currentTimeMillis() < deadline) {
                String body = consumer.receiveBody(String.class, 1_000);
                if (body != null) {
                    seen.add(Json.createReader(new StringReader(body)).readObject().getString("username"));
                }
            }
            assertTrue(seen.containsAll(committed), "committed registrations published: " + seen);
            assertTrue(seen.contains(taken) || !seen.isEmpty());
            assertFalse(seen.contains(rolledBack), "a rolled-back registration was published");
        }
    }
}
