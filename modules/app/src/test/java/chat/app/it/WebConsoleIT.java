package chat.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import chat.app.it.Api.TestUser;

/**
 * The operator console at /admin/ as an operator uses it: the key asked once (a wrong one refused),
 * a user found and disabled (their open chat page signs out), a wallet credited and the ledger
 * checked, the system view and the audit log read; each screen audited by axe-core. The pages'
 * scripts must run without an error; Chrome's own log of the refused requests (the wrong key, the
 * disabled user's token) is expected and not counted.
 */
class WebConsoleIT extends BrowserIT {

    @Test
    void anOperatorDisablesAUserCreditsAWalletAndReadsTheSystemAndTheAuditLog() {
        TestUser ann = named("Ann Lee");
        TestUser bob = named("Bob Chen");
        Browser bobPage = Browser.open(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        Browser console = Browser.open(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
        Browser phone = null;
        try {
            loggedIn(bobPage, bob);
            Map<String, List<String>> violations = new TreeMap<>();

            console.go(Api.BASE + "/admin/");
            console.type("admin-key", "not-the-key");
            console.byTestId("admin-login").click();
            console.waitFor(WAIT, d -> d.findElement(By.id("key-error")).getText().contains("not the operator key"));
            audit(console, "key", violations);
            console.replaceText("admin-key", Api.ADMIN_KEY);
            console.byTestId("admin-login").click();
            console.waitForTestId("admin-users");

            console.type("admin-user-search", bob.username()).sendKeys(Keys.ENTER);
            console.waitForTestId("admin-user-" + bob.id());
            console.waitFor(WAIT, d -> d.findElements(By.cssSelector("tr[data-testid^=admin-user-]")).size() == 1);
            console.screenshot("console-users-1280");
            audit(console, "users", violations);
            console.byTestId("admin-disable-" + bob.id()).click();
            console.waitFor(WAIT, ExpectedConditions.alertIsPresent()).accept();
            console.waitForTestId("admin-enable-" + bob.id());
            assertTrue(console.byTestId("admin-user-" + bob.id()).getText().contains("Disabled"));

            bobPage.waitFor(WAIT_LONG, d -> !d.findElements(testId("login-username")).isEmpty());
            assertEquals(401, api.get("/api/v1/users/me", bob.token()).status());

            console.go(Api.BASE + "/admin/#/wallets");
            console.type("admin-credit-user", ann.username());
            console.type("admin-credit-amount", "50");
            console.byTestId("admin-credit").click();
            console.waitFor(WAIT, d -> d.findElement(By.cssSelector(".outcome")).getText()
                    .equals("Credited 50.00 to " + ann.username() + ": the balance is 50.00"));
            assertEquals(5000, api.get("/api/v1/wallet", ann.token()).json().getJsonNumber("balanceCents").longValue());
            console.byTestId("admin-ledger-check").click();
            console.waitFor(WAIT, d -> d.findElement(testId("admin-ledger")).getText().contains("Balanced\nYes"));
            audit(console, "wallets", violations);

            console.go(Api.BASE + "/admin/#/system");
            console.waitFor(WAIT, d -> !d.findElements(testId("admin-node-count")).isEmpty()
                    && Integer.parseInt(d.findElement(testId("admin-node-count")).getText()) >= 1);
            console.screenshot("console-system-1280");
            audit(console, "system", violations);

            console.go(Api.BASE + "/admin/#/audit");
            console.waitFor(WAIT, d -> d.findElements(testId("admin-audit-row")).stream()
                    .anyMatch(row -> row.getText().contains("user.disable") && row.getText().contains(bob.id())));
            assertTrue(console.driver().findElements(testId("admin-audit-row")).stream()
                    .anyMatch(row -> row.getText().contains("wallet.credit") && row.getText().contains(ann.id())));
            console.screenshot("console-audit-1280");
            audit(console, "audit", violations);

            phone = Browser.open(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
            phone.go(Api.BASE + "/admin/");
            phone.type("admin-key", Api.ADMIN_KEY);
            phone.byTestId("admin-login").click();
            phone.type("admin-user-search", bob.username()).sendKeys(Keys.ENTER);
            phone.waitForTestId("admin-user-" + bob.id());
            phone.screenshot("console-users-375");
            audit(phone, "users on a phone", violations);
            assertEquals(List.of(), phone.errors(), "the phone's console had no refused request either");

            assertEquals(Map.of(), violations);
            assertEquals(List.of(), console.scriptErrors());
            assertEquals(List.of(), bobPage.scriptErrors());
        } finally {
            console.close();
            bobPage.close();
            if (phone != null) {
                phone.close();
            }
        }
    }

    private static void audit(Browser page, String screen, Map<String, List<String>> found) {
        List<String> violations = PageProbes.accessibilityViolations(page);
        if (!violations.isEmpty()) {
            found.put(screen, violations);
        }
    }
}
