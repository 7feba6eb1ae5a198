package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * People and groups in the web client: contacts found and accepted, groups made from them and
 * moderated, invite links and their QR codes, and face-to-face groups by code and position.
 */
class WebGroupsIT extends BrowserIT {

    @Test
    void aGroupIsCreatedFromContactsAndAMutedMembersComposerSaysSo() {
        var ann = named("Ann Lee");
        var bob = named("Bob Chen");
        api.makeContacts(ann, bob);
        Browser annPage = logIn(ann, Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
        Browser bobPage = logIn(bob, Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);

        annPage.go(Api.BASE + "/#/new-group");
        annPage.type("new-group-name", "Book club");
        annPage.waitForTestId("pick-" + bob.id()).click();
        annPage.byTestId("new-group-create").click();
        String gid = annPage.waitFor(WAIT, d -> {
            var m = Pattern.compile("#/c/([^/]+)$").matcher(d.getCurrentUrl());
            return m.find() ? m.group(1) : null;
        });
        bobPage.waitForTestId("conversation-" + gid).click();
        bobPage.waitForTestId("composer");
        assertTrue(bobPage.byTestId("composer").isEnabled());

        annPage.go(Api.BASE + "/#/c/" + gid + "/info");
        annPage.waitForTestId("mute-" + bob.id()).click();

        String note = bobPage.waitForTestId("composer-note").getText();
        assertTrue(note.startsWith("You are muted until"), note);
        assertFalse(bobPage.byTestId("composer").isEnabled());
        assertFalse(bobPage.byTestId("send").isEnabled());
        annPage.waitFor(WAIT, d -> d.findElement(testId("member-" + bob.id())).getText().contains("muted until"));
        annPage.screenshot("group-details-1280");
        bobPage.screenshot("muted-375");
    }

    @Test
    void theOwnerRenamesAnnouncesKicksAndDisbands() {
        var ann = api.newUser();
        var bob = api.newUser();
        var cat = api.newUser();
        String gid = api.groupOf(ann, List.of(bob, cat), null);
        Browser annPage = logIn(ann, Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
        Browser bobPage = logIn(bob, Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        Browser catPage = logIn(cat, Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        open(bobPage, gid);
        open(catPage, gid);
        annPage.go(Api.BASE + "/#/c/" + gid + "/info");

        annPage.replaceText("group-name", "Friday lunch").sendKeys(Keys.ENTER);
        annPage.type("group-announcement", "Table for three at noon");
        annPage.driver().findElement(By.xpath("//button[normalize-space()='Post announcement']")).click();
        bobPage.waitFor(WAIT, d -> d.findElement(By.cssSelector(".conversation-head h2")).getText().startsWith("Friday lunch"));
        bobPage.waitFor(WAIT, d -> d.findElements(testId("announcement")).size() == 1
                && d.findElement(testId("announcement")).getText().contains("Table for three at noon"));
        bobPage.waitFor(WAIT, d -> messagesWith(d, "renamed the group").size() == 1);

        annPage.waitForTestId("kick-" + cat.id()).click();
        catPage.waitForTestId("gone");
        assertEquals(404, api.get("/api/v1/groups/" + gid, cat.token()).status());

        annPage.waitForTestId("disband").click();
        annPage.driver().switchTo().alert().accept();
        annPage.waitFor(WAIT, d -> d.findElements(testId("conversation-" + gid)).isEmpty());
        bobPage.waitForTestId("gone");
        bobPage.go(Api.BASE + "/#/");
        bobPage.waitFor(WAIT, d -> d.findElements(testId("conversation-" + gid)).isEmpty());
    }

    @Test
    void anInviteLinksQrCodeLeadsIntoTheGroup() {
        var ann = named("Ann Lee");
        var cat = named("Cat Wu");
        String gid = api.groupOf(ann, List.of(named("Bob Chen")), null);
        Browser annPage = logIn(ann, Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        annPage.go(Api.BASE + "/#/c/" + gid + "/info");
        annPage.waitForTestId("create-invite").click();
        String link = annPage.waitForTestId("invite-link").getDomProperty("value");
        WebElement qr = annPage.waitFor(WAIT, d -> d.findElement(testId("invite-qr")).findElements(By.tagName("img"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertEquals(link, PageProbes.readQrCode(qr), "the QR code says the link");
        annPage.screenshot("invite-375");

        Browser catPage = logIn(cat, Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
        catPage.go(link);
        catPage.waitFor(WAIT, d -> d.getCurrentUrl().endsWith("#/c/" + gid));
        catPage.waitForTestId("conversation-" + gid);
        assertEquals(200, api.get("/api/v1/groups/" + gid, cat.token()).status(), "Cat is a member");
    }

    @Test
    void contactsAreFoundByUsernameAskedAndAccepted() {
        Two two = twoPeople();
        var ann = two.ann();
        var bob = two.bob();
        Browser annPage = two.annPage();
        Browser bobPage = two.bobPage();
        annPage.go(Api.BASE + "/#/contacts");
        annPage.type("contact-search", bob.username().substring(0, 12)).sendKeys(Keys.ENTER);
        annPage.waitForTestId("add-" + bob.username()).click();

        bobPage.go(Api.BASE + "/#/contacts");
        bobPage.waitFor(WAIT, d -> d.findElements(By.cssSelector("[data-testid^=accept-]")).size() == 1);
        bobPage.driver().findElement(By.cssSelector("[data-testid^=accept-]")).click();
        bobPage.waitForTestId("contact-" + ann.username());
        annPage.waitForTestId("contact-" + bob.username());
        annPage.waitFor(WAIT, d -> d.findElement(testId("contact-" + bob.username())).getText().contains("online"));
        annPage.screenshot("contacts-1280");
        annPage.byTestId("message-" + bob.username()).click();
        say(annPage, "Hi Bob");
        bobPage.go(Api.BASE + "/#/");
        bobPage.waitFor(WAIT, d -> d.findElements(By.cssSelector("[data-testid^=conversation-]")).size() == 1
                && d.findElement(By.cssSelector("[data-testid^=unread-]")).getText().equals("1"));
    }

    @Test
    void peopleStandingTogetherMeetInAFaceToFaceGroup() {
        Two two = twoPeople();
        Browser annPage = two.annPage();
        Browser bobPage = two.bobPage();
        String code = String.valueOf(1000 + (int) (Math.random() * 9000));
        annPage.setGeolocation(31.230416, 121.473701);
        bobPage.setGeolocation(31.230500, 121.473800);   // about 13 m away
        for (Browser page : List.of(annPage, bobPage)) {
            page.go(Api.BASE + "/#/nearby");
            page.type("nearby-code", code);
            page.byTestId("nearby-find").click();
        }
        annPage.waitFor(WAIT, d -> d.findElements(By.cssSelector("[data-testid=nearby-members] li")).size() == 2);
        annPage.screenshot("face-to-face-1280");
        annPage.byTestId("nearby-enter").click();
        bobPage.waitForTestId("nearby-enter").click();
        String annUrl = annPage.waitFor(WAIT, d -> d.getCurrentUrl().contains("#/c/") ? d.getCurrentUrl() : null);
        bobPage.waitFor(WAIT, d -> d.getCurrentUrl().contains("#/c/"));
        String gid = annUrl.substring(annUrl.indexOf("#/c/") + 4);
        assertTrue(bobPage.driver().getCurrentUrl().endsWith("#/c/" + gid), "both entered the same group");
    }
}
