package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A logged-out token stays logged out after the application restarts: revocations live in the
 * database, not in the cache that starts empty with the application.
 */
class RevocationRestartIT extends RestartableServerIT {

    private static final String PASSWORD = "correct horse battery";

    @Test
    void aLoggedOutTokenIsStillRefusedAfterARestart() {
        deployer.deploy(WAR);
        String name = Api.uniqueName();
        api.register(name, PASSWORD);
        String phone = api.logIn(name, PASSWORD, "phone").getString("token");
        String laptop = api.logIn(name, PASSWORD, "laptop").getString("token");
        assertEquals(204, api.delete("/api/v1/sessions/current", phone).status());
        assertEquals(401, api.get("/api/v1/users/me", phone).status());
        deployer.undeploy(WAR);
        deployer.deploy(WAR);
        try {
            var after = api.get("/api/v1/users/me", phone);
            assertEquals(401, after.status(), after.raw());
            assertEquals("UNAUTHENTICATED", after.errorCode());
            assertEquals(401, api.post("/api/v1/ws-tickets", phone, null).status());
            assertEquals(200, api.get("/api/v1/users/me", laptop).status(), "the other device's token lives on");
        } finally {
            deployer.undeploy(WAR);
        }
    }
}
