package chat.app.it;

import java.io.File;

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
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("chat.it.war")));
    }

    @ArquillianResource
    Deployer deployer;

    final Api api = new Api();
}
