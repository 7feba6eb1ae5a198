package chat.platform.cache;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.inject.Qualifier;

/**
 * Names the {@link SharedCache} to inject, as {@code <module>.<what>}:
 * {@code @Inject @CacheName("groups.invites") SharedCache<String> invites;}. Every node that
 * injects the same name shares the same entries.
 */
@Qualifier
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER})
public @interface CacheName {

    @Nonbinding
    String value();
}
