package chat.platform.rest;

import java.util.logging.Level;
import java.util.logging.Logger;

import chat.platform.errors.ErrorCode;
import chat.platform.faults.Failures;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Anything no exception mapper of its own took: a domain exception or bad JSON wrapped by the
 * runtime keeps its 4xx (see {@link ErrorResponses#ofClientFault}). A part that is away (the
 * database restarting, the broker reconnecting, no free pooled connection) is 503
 * {@code UNAVAILABLE} with a {@code Retry-After}: the request did not complete; send it again. Anything else is 500 with a correlation id the
 * operator finds in the log, and never a stack trace in the answer.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());
    private static final int RETRY_AFTER_SECONDS = 2;

    @Override
    public Response toResponse(Throwable e) {
        var clientFault = ErrorResponses.ofClientFault(e);
        if (clientFault.isPresent()) {
            return clientFault.get();
        }
        if (Failures.isTransient(e)) {
            LOG.log(Level.WARNING, "a part is unavailable; answered 503: " + e);
            return Response.fromResponse(ErrorResponses.of(ErrorCode.UNAVAILABLE,
                    "the server cannot reach its database or broker just now; try again shortly"))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        String correlationId = RequestIds.current();
        LOG.log(Level.SEVERE, "unexpected error, correlationId=" + correlationId, e);
        return ErrorResponses.of(ErrorCode.INTERNAL_ERROR,
                "the server failed; quote correlation id " + correlationId + " to the operator");
    }
}
