package chat.platform.rest;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Anything nobody foresaw: 500 with a correlation id the operator finds in the log, and never a
 * stack trace in the answer.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        var clientFault = ErrorResponses.ofClientFault(e);
        if (clientFault.isPresent()) {
            return clientFault.get();
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "unexpected error, correlationId=" + correlationId, e);
        return ErrorResponses.of(500, "INTERNAL_ERROR",
                "the server failed; quote correlation id " + correlationId + " to the operator");
    }
}
