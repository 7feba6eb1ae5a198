package chat.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A resource method anyone may call without a token (register, log in). Everything else needs one. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PublicEndpoint {

    /**
     * True where a token is optional but, when sent, counts: it must not have been logged out
     * (media downloads, which take a token or a signed link). False where any token is ignored
     * (logging in with a stale one in the header still works).
     */
    boolean tokenWhenSent() default false;
}
