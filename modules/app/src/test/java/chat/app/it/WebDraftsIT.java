package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

import chat.app.it.Api.TestUser;
import jakarta.json.Json;

/**
 * Edit fields in the web client own what the user types: a group's details arriving late, a
 * server push or any re-render between two keys never puts the saved value back into a field being
 * edited, and an untouched field shows what the server says now. The page re-renders on every
 * frame, so each test makes the re-render happen at the worst moment instead of hoping for it.
 */
class WebDraftsIT extends BrowserIT {

    @Test
    void aNameBeingTypedIsNotReplacedByTheDetailsArrivingLate() {
        var ann = api.newUser();
        String gid = api.groupOf(ann, List.of(api.newUser()), null);
        Browser page = logIn(ann, Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
        // The details screen reads the group again when it opens; that answer is held back until Ann typed.
        PageProbes.holdRequests(page, "/groups/" + gid);
        page.driver().executeScript("location.hash = arguments[0]", "#/c/" + gid + "/info");
        page.waitFor(WAIT, d -> PageProbes.heldRequests(page) >= 1);

        page.replaceText("group-name", "Friday lunch");
        rename(ann, gid, "Renamed elsewhere");
        PageProbes.releaseNextRequest(page);
        page.waitFor(WAIT, d -> "Renamed elsewhere".equals(title(d)));
        assertEquals("Friday lunch", page.value("group-name"), "the details arrived; the draft is still Ann's");

        PageProbes.stopHolding(page);
        page.byTestId("group-name").sendKeys(Keys.ENTER);
        page.waitFor(WAIT, d -> "Friday lunch".equals(title(d)));
        page.waitForValue("group-name", "Friday lunch");
        assertEquals("Friday lunch", api.get("/api/v1/groups/" + gid, ann.token()).json().getString("name"));
    }

    @Test
    void aClearedNameStaysClearedThroughAPushAndUntouchedFieldsFollowTheServer() {
        var ann = api.newUser();
        String gid = api.groupOf(ann, List.of(api.newUser()), null);
        String saved = "Team " + ann.username();
        Browser page = logIn(ann, Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
        page.go(Api.BASE + "/#/c/" + gid + "/info");
        page.waitForValue("group-name", saved);

        // WebDriver's clear() empties the field without an input event, as autofill may: the next
        // re-render must not put the saved name back (the browser tests once renamed a group
        // "Team u...Friday lunch" so). A push from another device makes that re-render happen now.
        page.byTestId("group-name").clear();
        var changed = api.patch("/api/v1/groups/" + gid, ann.token(), Json.createObjectBuilder()
                .add("allMuted", true).add("announcement", "Posted from the office").build());
        assertEquals(200, changed.status(), changed.raw());
        page.waitFor(WAIT, d -> d.findElement(testId("all-muted")).isSelected());
        assertEquals("", page.value("group-name"), "the page re-rendered; the emptied field stayed empty");
        page.waitForValue("group-announcement", "Posted from the office");

        page.type("group-name", "Friday lunch").sendKeys(Keys.ESCAPE);
        page.waitForValue("group-name", saved);
        page.replaceText("group-name", "Friday lunch").sendKeys(Keys.ENTER);
        page.waitFor(WAIT, d -> "Friday lunch".equals(title(d)));
        assertEquals("Posted from the office", page.value("group-announcement"));
    }

    private void rename(TestUser owner, String gid, String name) {
        var renamed = api.patch("/api/v1/groups/" + gid, owner.token(), Json.createObjectBuilder().add("name", name).build());
        assertEquals(200, renamed.status(), renamed.raw());
    }

    private static String title(WebDriver driver) {
        return driver.findElement(By.cssSelector("section.info .conversation-head h2")).getText();
    }
}
