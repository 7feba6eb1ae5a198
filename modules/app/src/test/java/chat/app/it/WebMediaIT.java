package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What people send besides text, in the web client: images with thumbnails, video and audio with
 * their players, and red packets grabbed and opened.
 */
class WebMediaIT extends BrowserIT {

    @Test
    void anImageUploadShowsAThumbnailOnTheOtherSide() throws Exception {
        Path picture = Files.createTempFile("holiday", ".png");
        Files.write(picture, Samples.image("png", 800, 600));
        Two two = twoInAGroup();
        Browser annPage = two.annPage();
        Browser bobPage = two.bobPage();

        annPage.byTestId("attach").sendKeys(picture.toString());

        WebElement thumbnail = bobPage.waitFor(WAIT, d -> {
            var shown = d.findElements(By.cssSelector("[data-testid=message] img[data-testid=thumbnail]"));
            return !shown.isEmpty() && loaded(d, shown.get(0)) ? shown.get(0) : null;
        });
        thumbnail.click();
        WebElement full = bobPage.waitForTestId("full-image");
        bobPage.waitFor(WAIT, d -> loaded(d, full));
        assertEquals(800L, bobPage.driver().executeScript("return arguments[0].naturalWidth", full));
        Files.delete(picture);
    }

    @Test
    void videoAndAudioPlayInTheTimeline() throws Exception {
        Path video = Files.createTempFile("clip", ".mp4");
        Files.write(video, Samples.video(320, 240, 20));
        Path audio = Files.createTempFile("voice", ".wav");
        Files.write(audio, Samples.wav(1_500));
        Two two = twoInAGroup();
        Browser annPage = two.annPage();
        Browser bobPage = two.bobPage();

        annPage.byTestId("attach").sendKeys(video.toString());
        WebElement player = bobPage.waitFor(WAIT, d -> d.findElements(testId("video")).stream().findFirst().orElse(null));
        bobPage.waitFor(WAIT, d -> Boolean.TRUE.equals(bobPage.driver().executeScript(
                "return arguments[0].readyState >= 1 && arguments[0].duration > 1.9", player)));
        annPage.byTestId("attach").sendKeys(audio.toString());
        WebElement voice = bobPage.waitFor(WAIT, d -> d.findElements(testId("audio")).stream().findFirst().orElse(null));
        bobPage.waitFor(WAIT, d -> Boolean.TRUE.equals(bobPage.driver().executeScript(
                "return arguments[0].readyState >= 1 && arguments[0].duration > 1.4", voice)));
        Files.delete(video);
        Files.delete(audio);
    }

    @Test
    void aRedPacketIsGrabbedAndOpenedAndTheAmountShows() {
        Two two = twoInAGroup();
        String gid = two.gid();
        Browser annPage = two.annPage();
        Browser bobPage = two.bobPage();

        annPage.go(Api.BASE + "/#/wallet");
        annPage.type("topup-amount", "50");
        annPage.byTestId("topup-submit").click();
        annPage.waitFor(WAIT, d -> "50.00".equals(d.findElement(testId("wallet-balance")).getText()));
        annPage.screenshot("wallet-1280");
        open(annPage, gid);
        annPage.byTestId("redpack-compose").click();
        annPage.type("redpack-amount", "8.88");
        annPage.replaceText("redpack-count", "2");
        annPage.type("redpack-greeting", "Happy Friday");
        annPage.byTestId("redpack-submit").click();

        open(bobPage, gid);
        bobPage.waitFor(WAIT, d -> d.findElements(testId("redpack")).size() == 1);
        bobPage.byTestId("redpack").click();
        bobPage.waitForTestId("redpack-grab").click();
        bobPage.waitForTestId("redpack-open").click();
        String amount = bobPage.waitForTestId("redpack-amount-received").getText();
        assertTrue(Pattern.matches("\\d+\\.\\d\\d", amount), amount);
        long cents = Long.parseLong(amount.replace(".", ""));
        assertTrue(cents >= 1 && cents <= 887, "one of two shares of 8.88: " + amount);
        bobPage.waitFor(WAIT, d -> d.findElement(testId("redpack-claims")).getText().contains(amount));
        bobPage.screenshot("redpack-375");
        new Money(api).awaitBalance(two.bob(), cents);
    }
}
