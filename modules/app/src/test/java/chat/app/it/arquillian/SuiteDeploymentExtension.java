package chat.app.it.arquillian;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

import io.openliberty.arquillian.managed.WLPManagedContainer;

/** Puts {@link SuiteDeployedLiberty} in the place of the Liberty container Arquillian would use. */
public class SuiteDeploymentExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(DeployableContainer.class, WLPManagedContainer.class, SuiteDeployedLiberty.class);
    }
}
