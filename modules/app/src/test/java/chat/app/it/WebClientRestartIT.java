package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The web client rides out a restart of the server: it says it is offline, reconnects by itself
 * and shows what was sent while it was away, without a reload. The test deploys the WAR itself,
 * as RestartIT does, to stop and start it.
 */
class WebClientRestartIT extends RestartableServerIT {

    @Test
    void thePageReconnectsAfterARestartAndShowsTheMessagesSentMeanwhile() {
        deployer.deploy(WAR);
        boolean deployed = true;
        try (Browser page = Browser.open(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT)) {
            var ann = api.newUser();
            var bob = api.newUser();
            String gid = api.groupOf(ann, List.of(bob), null);
            BrowserIT.loggedIn(page, bob);
            BrowserIT.open(page, gid);
            api.post("/api/v1/groups/" + gid + "/messages", ann.token(), MessagesIT.text("r-0", "before the restart"));
            page.waitFor(BrowserIT.WAIT, d -> BrowserIT.messagesWith(d, "before the restart").size() == 1);

            deployer.undeploy(WAR);
            deployed = false;
            page.waitFor(BrowserIT.WAIT_LONG, d -> d.findElement(BrowserIT.testId("connection")).getText().startsWith("Offline"));
            page.screenshot("offline-375");
            deployer.deploy(WAR);
            deployed = true;
            for (int i = 1; i <= 3; i++) {
                var sent = api.post("/api/v1/groups/" + gid + "/messages", ann.token(), MessagesIT.text("r-" + i, "meanwhile " + i));
                assertEquals(201, sent.status(), sent.raw());
            }

            page.waitFor(BrowserIT.WAIT_LONG, d -> BrowserIT.messagesWith(d, "meanwhile 3").size() == 1);
            for (int i = 1; i <= 3; i++) {
                assertEquals(1, BrowserIT.messagesWith(page.driver(), "meanwhile " + i).size());
            }
            assertEquals(List.of("1", "2", "3", "4"), BrowserIT.seqs(page.driver()));
            // Chrome logs the refused connections while the server was away; the page's scripts had no error.
            assertEquals(List.of(), page.scriptErrors());
        } finally {
            if (deployed) {
                deployer.undeploy(WAR);
            }
        }
    }
}
