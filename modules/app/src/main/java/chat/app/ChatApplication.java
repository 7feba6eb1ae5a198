package chat.app;

import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The one JAX-RS application: every module's resources under {@code /api/v1}, tokens verified by
 * MicroProfile JWT. Static files (the web client) and {@code /ws} sit beside it. The OpenAPI
 * document served at {@code /openapi} starts here (its error answers come from
 * {@code chat.platform.rest.ErrorAnswersInOpenApi}); the WebSocket protocol is at {@code /asyncapi.yaml}.
 */
@ApplicationPath("/api/v1")
@LoginConfig(authMethod = "MP-JWT")
@OpenAPIDefinition(
        info = @Info(title = "Group chat server", version = "v1",
                description = "The REST API of the group chat server: accounts, contacts and presence, groups and direct "
                        + "chats, messages, unread counts, wallets and red packets, media, face-to-face groups, and the "
                        + "operator API for company systems. v1 changes only by adding; docs/api.md says how a removal "
                        + "is announced. The WebSocket protocol (push, pull, acks) is in /asyncapi.yaml.",
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0"),
                contact = @Contact(name = "The IT team that runs this server")),
        servers = @Server(url = "http://localhost:9080", description = "A server started with bin/chat-server"),
        security = @SecurityRequirement(name = "bearerAuth"),
        components = @Components(securitySchemes = {
                @SecurityScheme(securitySchemeName = "bearerAuth", type = SecuritySchemeType.HTTP, scheme = "bearer",
                        bearerFormat = "JWT", description = "The token of POST /api/v1/sessions: Authorization: Bearer <token>"),
                @SecurityScheme(securitySchemeName = "operatorKey", type = SecuritySchemeType.APIKEY,
                        in = SecuritySchemeIn.HEADER, apiKeyName = "X-Api-Key",
                        description = "An operator key (CHAT_ADMIN_API_KEY, or a named one of CHAT_ADMIN_API_KEYS), for company systems")}),
        tags = {
                @Tag(name = "identity", description = "Accounts, logins, devices, contacts and presence"),
                @Tag(name = "groups", description = "Groups, members, roles, invite links and direct chats"),
                @Tag(name = "messages", description = "Sending, history, recall and delete-for-me"),
                @Tag(name = "unread", description = "Read cursors and unread counts"),
                @Tag(name = "wallet", description = "Wallets, the ledger and red packets"),
                @Tag(name = "media", description = "Images, audio and video: uploads, downloads and thumbnails"),
                @Tag(name = "nearby", description = "Face-to-face groups by a 4-digit code among people within 50 m"),
                @Tag(name = "push", description = "Offline push: a device's Web Push subscription and the server's VAPID key"),
                @Tag(name = "operator", description = "For company systems, with the operator's key: directory sync, "
                        + "bots, groups, messages, wallets and dead letters")})
public class ChatApplication extends Application {
}
