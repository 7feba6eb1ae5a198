package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SmokeIT extends ServerIT {

    @Test
    void registeredUserCanReadThemselves() {
        var user = api.newUser();
        var me = api.get("/api/v1/users/me", user.token());
        assertEquals(200, me.status(), me.raw());
        assertEquals(user.username(), me.json().getString("username"));
    }
}
