package chat.app;

import java.io.IOException;

import chat.platform.errors.ErrorCode;
import chat.platform.rest.ErrorResponses;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The container's own errors in the contract's shape {@code {"error":{"code","message"}}}:
 * WEB-INF/web.xml sends every error the container answers itself here (Liberty's 400 for an
 * encoded slash {@code %2F} or a bad escape in a path, 404 for a path nothing serves, 405 from
 * the static files), which would otherwise be an HTML page. Errors of the API are JSON already.
 */
@WebServlet("/errors")
public class ErrorPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Asked for directly, this page is a path nothing serves.
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(ErrorResponses.body(ErrorCode.forStatus(status).name(), messageFor(status)));
    }

    /** Fixed words: the container's own message may quote the request, which is not ours to echo. */
    static String messageFor(int status) {
        return switch (status) {
            case 400 -> "the request is malformed (an encoded slash %2F or a bad escape in its path, for example)";
            case 401 -> "a valid bearer token is required";
            case 403 -> "this is not yours to do";
            case 404 -> "nothing is served at this path";
            case 405 -> "this method is not allowed at this path";
            case 413 -> "the request is too large";
            default -> status >= 500 ? "the server failed" : "the request was refused";
        };
    }
}
