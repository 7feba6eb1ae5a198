package chat.app.it;

import java.io.File;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import chat.app.it.arquillian.SuiteDeployedLiberty;

/**
 * The base of every integration test: Arquillian deploys the WAR as built into the managed
 * Liberty server (once for the suite), and the test speaks to it only through the public REST and
 * WebSocket API.
 */
@ExtendWith(ArquillianExtension.class)
abstract class ServerIT {

    /** The Liberty server the tests run in ({@code -Dit.server.name}, so two checkouts can test side by side). */
    static final String SERVER_NAME = System.getProperty("chat.it.serverName", "chat-it");

    /** {@value SuiteDeployedLiberty#SUITE_WAR}, deployed once for every class of the suite ({@link SuiteDeployedLiberty}). */
    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("chat.it.war")));
    }

    final Api api = new Api();
}
