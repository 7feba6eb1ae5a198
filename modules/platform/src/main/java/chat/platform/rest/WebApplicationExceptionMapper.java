package chat.platform.rest;

import chat.platform.errors.ErrorCode;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Errors the JAX-RS runtime raises itself (unknown path, wrong method, unreadable body) in the contract's shape. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        var clientFault = ErrorResponses.ofClientFault(e.getCause());
        if (clientFault.isPresent()) {
            return clientFault.get();
        }
        int status = e.getResponse().getStatus();
        String message = status == 400 ? "the request body is not valid JSON of the expected shape"
                : e.getResponse().getStatusInfo().getReasonPhrase();
        return ErrorResponses.of(ErrorCode.forStatus(status), message);
    }
}
