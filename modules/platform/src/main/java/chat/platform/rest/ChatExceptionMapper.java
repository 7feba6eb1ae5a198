package chat.platform.rest;

import chat.platform.errors.ChatException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every typed domain failure becomes its contract code and status. */
@Provider
public class ChatExceptionMapper implements ExceptionMapper<ChatException> {

    @Override
    public Response toResponse(ChatException e) {
        return ErrorResponses.of(e.status(), e.code(), e.getMessage());
    }
}
