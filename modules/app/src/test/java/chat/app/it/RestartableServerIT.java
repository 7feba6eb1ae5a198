package chat.app.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of tests that stop and start the application themselves: the WAR is not deployed for
 * them; each test deploys it, undeploys it (the server is down for the application's clients)
 * and deploys it again, with its embedded broker and cache starting afresh.
 */
@ExtendWith(ArquillianExtension.class)
abstract class RestartableServerIT {

    static final String WAR = "restarted";

    @Deployment(name = WAR, managed = false, testable = false)
    static WebArchive war() {
        // a copy named apart from the suite's archive (SuiteDeployedLiberty): this one is undeployed when a test asks
        Path built = Path.of(System.getProperty("chat.it.war"));
        Path copy = built.resolveSibling(WAR + ".war");
        try {
            Files.copy(built, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, copy.toFile());
    }

    @ArquillianResource
    Deployer deployer;

    final Api api = new Api();
}
