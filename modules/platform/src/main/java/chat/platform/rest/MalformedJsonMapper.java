package chat.platform.rest;

import chat.platform.errors.ErrorCode;
import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON (or not the JSON object expected) is the client's mistake: 400. */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonException> {

    @Override
    public Response toResponse(JsonException e) {
        return ErrorResponses.of(ErrorCode.BAD_REQUEST, "the request body is not valid JSON: " + e.getMessage());
    }
}
