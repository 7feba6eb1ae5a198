package chat.platform.rest;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import chat.platform.errors.ErrorCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A constraint on a resource's parameter that the runtime checked (a {@code @Pattern} on a path
 * parameter, a {@code @Size} on a query) answers 400 {@code BAD_REQUEST} naming the parameter as
 * the client wrote it ({@code q: size must be between 1 and 100}), not the Java name.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    ResourceInfo resource;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .min(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
                .map(v -> ErrorResponses.of(ErrorCode.BAD_REQUEST, field(v) + ": " + v.getMessage()))
                .orElseGet(() -> ErrorResponses.of(ErrorCode.BAD_REQUEST, "the request breaks a rule"));
    }

    private String field(ConstraintViolation<?> violation) {
        Method method = resource == null ? null : resource.getResourceMethod();
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER && method != null) {
                String wire = wireName(method, node.as(Path.ParameterNode.class).getParameterIndex());
                if (wire != null) {
                    names.add(wire);
                }
                continue;
            }
            names.add(node.getIndex() == null ? node.getName() : node.getName() + "[" + node.getIndex() + "]");
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    /** The query, path or header name of a parameter; null for the body. */
    private static String wireName(Method method, int index) {
        var parameter = method.getParameters()[index];
        if (parameter.isAnnotationPresent(QueryParam.class)) {
            return parameter.getAnnotation(QueryParam.class).value();
        }
        if (parameter.isAnnotationPresent(PathParam.class)) {
            return parameter.getAnnotation(PathParam.class).value();
        }
        if (parameter.isAnnotationPresent(HeaderParam.class)) {
            return parameter.getAnnotation(HeaderParam.class).value();
        }
        return null;
    }
}
