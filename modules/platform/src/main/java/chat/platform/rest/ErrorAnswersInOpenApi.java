package chat.platform.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import chat.platform.errors.ErrorCode;

/**
 * Writes the contract's error answers into the OpenAPI document, from the same {@link ErrorCode}
 * the server answers with, so the two cannot drift: the {@code Error} schema
 * ({@code {"error":{"code","message"}}}, its codes an enum), one reusable response per status
 * ({@code #/components/responses/NotFound} and so on, those some operation gives; an operation names
 * the ones it can give),
 * and on every operation the answers that come from the platform rather than the operation: 400
 * when it reads parameters or a body, 401 when it needs a token or the operator's key, 503 while
 * a part (the database, the broker) is away. Registered with {@code mp.openapi.filter}.
 */
public class ErrorAnswersInOpenApi implements OASFilter {

    /** The reusable responses, by status: what an operation's {@code @APIResponse(ref = ...)} names. */
    static final Map<Integer, String> RESPONSES = Map.ofEntries(Map.entry(400, "BadRequest"),
            Map.entry(401, "Unauthenticated"), Map.entry(403, "Forbidden"), Map.entry(404, "NotFound"),
            Map.entry(406, "NotAcceptable"), Map.entry(409, "Conflict"), Map.entry(413, "TooLarge"),
            Map.entry(415, "UnsupportedMediaType"), Map.entry(422, "ContentBlocked"), Map.entry(429, "RateLimited"),
            Map.entry(503, "Unavailable"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        boolean securedByDefault = openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Set<String> used = new TreeSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            boolean readsInput = operation.getRequestBody() != null
                    || (operation.getParameters() != null && !operation.getParameters().isEmpty())
                    || (item.getParameters() != null && !item.getParameters().isEmpty());
            if (readsInput) {
                addIfMissing(operation, 400);
            }
            boolean secured = operation.getSecurity() == null ? securedByDefault : !operation.getSecurity().isEmpty();
            if (secured) {
                addIfMissing(operation, 401);
            }
            addIfMissing(operation, 503);
            operation.getResponses().getAPIResponses().values().stream().map(APIResponse::getRef)
                    .filter(ref -> ref != null).forEach(ref -> used.add(ref.substring(ref.lastIndexOf('/') + 1)));
        }));
        Components components = openAPI.getComponents();
        components.addSchema("Error", errorSchema());
        RESPONSES.forEach((status, name) -> {
            if (used.contains(name)) {
                components.addResponse(name, response(status));
            }
        });
    }

    private static void addIfMissing(Operation operation, int status) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (!operation.getResponses().hasAPIResponse(String.valueOf(status))) {
            operation.getResponses().addAPIResponse(String.valueOf(status),
                    OASFactory.createAPIResponse().ref(RESPONSES.get(status)));
        }
    }

    private static Schema errorSchema() {
        Schema code = OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .description("What went wrong, one of the contract's codes; a client branches on it")
                .enumeration(Arrays.stream(ErrorCode.values()).map(c -> (Object) c.name()).toList());
        Schema message = OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .description("For people: it names the field of a 400, and never holds a stack trace");
        Schema detail = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("code", code).addProperty("message", message).required(List.of("code", "message"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("Every error answer: the HTTP status with this body")
                .addProperty("error", detail).required(List.of("error"))
                .example(Map.of("error", Map.of("code", "BAD_REQUEST", "message", "limit: must be a whole number from 1 to 200")));
    }

    private static APIResponse response(int status) {
        String codes = Arrays.stream(ErrorCode.values()).filter(c -> c.status() == status)
                .map(ErrorCode::name).collect(Collectors.joining(", "));
        return OASFactory.createAPIResponse()
                .description(RESPONSES.get(status) + " (" + codes + ")")
                .content(OASFactory.createContent().addMediaType("application/json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Error"))));
    }
}
