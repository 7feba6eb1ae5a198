package archfixture.jsonfactory;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Breaks the JSON rule: it builds through jakarta.json.Json, which looks its provider up on every call. */
public class Frames {

    public JsonObject pong() {
        return Json.createObjectBuilder().add("type", "pong").build();
    }
}
