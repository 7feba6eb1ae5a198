package chat.app;

import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The one JAX-RS application: every module's resources under {@code /api/v1}, tokens verified by
 * MicroProfile JWT. Static files (the web client) and {@code /ws} sit beside it.
 */
@ApplicationPath("/api/v1")
@LoginConfig(authMethod = "MP-JWT")
@OpenAPIDefinition(info = @Info(title = "Group chat server", version = "v1",
        description = "REST API of the group chat server; the WebSocket protocol is in docs/api.md"))
public class ChatApplication extends Application {
}
