package chat.identity.internal.infrastructure;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import chat.identity.internal.domain.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The password hasher at the configured cost ({@code CHAT_PASSWORD_ITERATIONS}, 600,000 by default). */
@ApplicationScoped
class PasswordHasherProducer {

    @Inject
    @ConfigProperty(name = "chat.password.iterations", defaultValue = "600000")
    int iterations;

    @Produces
    @Singleton
    PasswordHasher hasher() {
        return new PasswordHasher(iterations);
    }
}
