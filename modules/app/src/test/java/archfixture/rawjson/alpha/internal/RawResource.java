package archfixture.rawjson.alpha.internal;

import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Fixture for the typed-body rule only: a resource method that takes a raw JSON object. */
@Path("/raw")
public class RawResource {

    @POST
    public String take(JsonObject body) {
        return body.toString();
    }
}
