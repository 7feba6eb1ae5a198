package chat.app.it.arquillian;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

import io.openliberty.arquillian.managed.WLPManagedContainer;
import io.openliberty.arquillian.managed.WLPManagedContainerConfiguration;

/**
 * The managed Liberty of the integration tests, with the suite's WAR deployed once for all its
 * classes: Arquillian deploys a class's deployment before the class and undeploys it after, and
 * every class but the restart tests deploys the same WAR, {@value #SUITE_WAR}; so a deploy of it
 * while it is deployed answers the endpoints it has, and its undeploy waits for the next archive
 * or the server's stop. Starting the application took about 11 of the suite's 26 minutes when
 * each of its 55 classes started it anew. Any other archive (the restart tests deploy theirs under
 * another name) replaces what is deployed and is undeployed when asked.
 */
public class SuiteDeployedLiberty extends WLPManagedContainer {

    /** The archive that stays deployed from class to class. */
    public static final String SUITE_WAR = "chat.war";

    private Archive<?> deployed;
    private ProtocolMetaData endpoints;
    private Path dropins;

    @Override
    public void setup(WLPManagedContainerConfiguration configuration) {
        super.setup(configuration);
        dropins = Path.of(configuration.getWlpHome(), "usr", "servers", configuration.getServerName(), "dropins");
    }

    /** A run cut short leaves its archive in dropins, which the server would start beside the next: gone first. */
    @Override
    public void start() throws LifecycleException {
        try (DirectoryStream<Path> left = Files.newDirectoryStream(dropins, "*.war")) {
            for (Path war : left) {
                Files.delete(war);
            }
        } catch (NoSuchFileException e) {
            // a new server: nothing left
        } catch (IOException e) {
            throw new LifecycleException("the archives a previous run left in " + dropins + " could not be removed", e);
        }
        super.start();
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (deployed != null && deployed.getName().equals(archive.getName())) {
            return endpoints;
        }
        undeployAny();
        endpoints = super.deploy(archive);
        deployed = archive;
        return endpoints;
    }

    @Override
    public void undeploy(Archive<?> archive) throws DeploymentException {
        if (!archive.getName().equals(SUITE_WAR)) {
            undeployAny();
        }
    }

    @Override
    public void stop() throws LifecycleException {
        try {
            undeployAny();
        } catch (DeploymentException e) {
            throw new LifecycleException("the suite's deployment could not be removed", e);
        }
        super.stop();
    }

    private void undeployAny() throws DeploymentException {
        if (deployed != null) {
            Archive<?> leaving = deployed;
            deployed = null;
            super.undeploy(leaving);
        }
    }
}
