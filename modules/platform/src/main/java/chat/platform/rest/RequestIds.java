package chat.platform.rest;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Each REST request's correlation id: the caller's {@code X-Request-Id} when it is a plain token
 * (1 to 64 letters, digits, '.', '_' or '-'; a proxy's, say), else a new one. The answer carries it
 * in the same header, and every log line written while the request runs carries it too: Liberty's
 * JSON logs ({@code CHAT_LOG_FORMAT=json}) show it as {@code ext_correlationId}, through Liberty's
 * {@code LogRecordContext} (looked up at run time: its API jar is not published to Maven Central).
 */
@Provider
@PreMatching
public class RequestIds implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Request-Id";
    private static final String LOG_FIELD = "correlationId";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    private static final MethodHandle ADD_TO_LOGS = logRecordContext("addExtension",
            MethodType.methodType(void.class, String.class, String.class));
    private static final MethodHandle REMOVE_FROM_LOGS = logRecordContext("removeExtension",
            MethodType.methodType(boolean.class, String.class));

    /** The id of the request this thread runs, or a new one outside a request. */
    public static String current() {
        String id = CURRENT.get();
        return id != null ? id : UUID.randomUUID().toString();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        String id = given != null && PLAIN.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setProperty(HEADER, id);
        CURRENT.set(id);
        call(ADD_TO_LOGS, LOG_FIELD, id);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        Object id = request.getProperty(HEADER);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
        CURRENT.remove();
        call(REMOVE_FROM_LOGS, LOG_FIELD);
    }

    private static MethodHandle logRecordContext(String method, MethodType type) {
        try {
            return MethodHandles.publicLookup().findStatic(
                    Class.forName("com.ibm.websphere.logging.hpel.LogRecordContext"), method, type);
        } catch (ReflectiveOperationException | LinkageError e) {
            return null; // not on Liberty: the id is still answered and quoted in error logs
        }
    }

    private static void call(MethodHandle handle, Object... arguments) {
        if (handle == null) {
            return;
        }
        try {
            handle.invokeWithArguments(arguments);
        } catch (Throwable e) {
            throw new IllegalStateException("Liberty's log context refused the request's id", e);
        }
    }
}
