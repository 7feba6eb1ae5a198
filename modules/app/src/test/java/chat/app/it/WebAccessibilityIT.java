package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import chat.app.it.Api.TestUser;

/** The web client's screens against WCAG 2.1 A and AA, as axe-core checks them, at both widths. */
class WebAccessibilityIT extends BrowserIT {

    @Test
    void theMainScreensMeetWcagAaOnAPhoneAndADesktop() {
        Two two = twoInAGroup();
        say(two.annPage(), "Accessible?");
        two.bobPage().waitFor(WAIT, d -> messagesWith(d, "Accessible?").size() == 1);
        Map<String, List<String>> found = new TreeMap<>();
        for (var pair : List.of(List.of(two.ann(), two.bob()), List.of(two.bob(), two.ann()))) {
            TestUser me = pair.get(0);
            TestUser other = pair.get(1);
            Browser page = me == two.ann() ? two.annPage() : two.bobPage();
            // Each screen is audited once what it loads has arrived, not after a guessed pause.
            Map<String, Predicate<WebDriver>> screens = new LinkedHashMap<>();
            screens.put("#/c/" + two.gid(), d -> messagesWith(d, "Accessible?").stream()
                    .anyMatch(m -> m.getDomAttribute("data-seq") != null && m.getDomAttribute("data-state") == null));
            screens.put("#/c/" + two.gid() + "/info", d -> present(d, "member-" + me.id()) && present(d, "member-" + other.id()));
            screens.put("#/", d -> present(d, "conversation-" + two.gid()));
            screens.put("#/contacts", d -> present(d, "contact-" + other.username()));
            screens.put("#/wallet", d -> present(d, "wallet-balance")
                    && !"…".equals(d.findElement(testId("wallet-balance")).getDomProperty("textContent")));
            screens.put("#/nearby", d -> present(d, "nearby-code"));
            screens.put("#/new-group", d -> present(d, "pick-" + other.id()));
            screens.forEach((screen, ready) -> {
                page.go(Api.BASE + "/" + screen);
                page.waitFor(WAIT, d -> !d.findElements(By.cssSelector(".shell")).isEmpty() && ready.test(d));
                List<String> violations = PageProbes.accessibilityViolations(page);
                if (!violations.isEmpty()) {
                    found.put(page.driver().manage().window().getSize().width + " " + screen, violations);
                }
            });
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

    private static boolean present(WebDriver driver, String testId) {
        return !driver.findElements(testId(testId)).isEmpty();
    }
}
