package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * Mentions in the web client: "@" in the composer offers the members, the pick goes out as a
 * mention, and the person mentioned sees "[@me]" on the conversation in their list until they open
 * it, and their name highlighted in the message.
 */
class WebMentionsIT extends BrowserIT {

    @Test
    void theAtPickerMentionsAMemberWhoSeesAtMeInTheList() {
        Two two = twoInAGroup();
        String gid = two.gid();
        Browser annPage = two.annPage();
        Browser bobPage = two.bobPage();
        bobPage.go(Api.BASE + "/#/");
        bobPage.waitForTestId("conversation-" + gid);

        var composer = annPage.type("composer", "Lunch @Bo");
        annPage.waitForTestId("mention-option-" + two.bob().id());
        composer.sendKeys(Keys.ENTER);
        annPage.waitForValue("composer", "Lunch @Bob Chen ");
        annPage.byTestId("composer").sendKeys("at noon?", Keys.ENTER);
        annPage.waitForValue("composer", "");

        bobPage.waitForTestId("mention-" + gid);
        assertEquals("[@me]", bobPage.byTestId("mention-" + gid).getText().trim());
        bobPage.screenshot("mentioned-375");
        var stored = api.get(MessagesIT.messages(gid) + "?after=0", two.bob().token()).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals("Lunch @Bob Chen at noon?", stored.get(0).getString("text"));
        assertEquals(List.of(two.bob().id()), stored.get(0).getJsonArray("mentions").getValuesAs(JsonString::getString));

        open(bobPage, gid);
        bobPage.waitFor(WAIT, d -> messagesWith(d, "at noon?").size() == 1);
        var marked = bobPage.driver().findElements(By.cssSelector("[data-testid=message].mentions-me mark.mention"));
        assertEquals("@Bob Chen", marked.get(0).getText());
        bobPage.go(Api.BASE + "/#/");
        bobPage.waitForTestId("conversation-" + gid);
        bobPage.waitFor(WAIT, d -> d.findElements(testId("mention-" + gid)).isEmpty());
        assertTrue(annPage.driver().findElements(testId("mention-" + gid)).isEmpty(), "the sender is not mentioned");
    }
}
