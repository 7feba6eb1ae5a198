package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The web client's screens against WCAG 2.1 A and AA, as axe-core checks them, at both widths. */
class WebAccessibilityIT extends BrowserIT {

    @Test
    void theMainScreensMeetWcagAaOnAPhoneAndADesktop() {
        Two two = twoInAGroup();
        two.annPage().byTestId("composer").sendKeys("Accessible?" + Keys.ENTER);
        two.bobPage().waitFor(WAIT, d -> messagesWith(d, "Accessible?").size() == 1);
        Map<String, List<String>> found = new TreeMap<>();
        for (Browser page : List.of(two.annPage(), two.bobPage())) {
            for (String screen : List.of("#/c/" + two.gid(), "#/c/" + two.gid() + "/info", "#/", "#/contacts",
                    "#/wallet", "#/nearby", "#/new-group")) {
                page.go(Api.BASE + "/" + screen);
                page.waitFor(WAIT, d -> !d.findElements(By.cssSelector(".shell")).isEmpty());
                pause(500);
                List<String> violations = PageProbes.accessibilityViolations(page);
                if (!violations.isEmpty()) {
                    found.put(page.driver().manage().window().getSize().width + " " + screen, violations);
                }
            }
        }
        Browser login = Browser.open(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        browsers.add(login);
        login.go(Api.BASE + "/");
        login.waitForTestId("login-username");
        List<String> atLogin = PageProbes.accessibilityViolations(login);
        if (!atLogin.isEmpty()) {
            found.put("login", atLogin);
        }
        assertEquals(Map.of(), found);
        // The audit can fail: a button with no name is found.
        login.driver().executeScript("document.body.insertAdjacentHTML('beforeend', '<button></button>')");
        assertTrue(PageProbes.accessibilityViolations(login).stream().anyMatch(v -> v.startsWith("button-name")));
    }
}
