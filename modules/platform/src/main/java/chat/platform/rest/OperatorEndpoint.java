package chat.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource of the operator API ({@code /api/v1/admin/...}): opened by the {@code X-Api-Key}
 * header only, never by a user's token; and the key opens nothing else.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OperatorEndpoint {
}
