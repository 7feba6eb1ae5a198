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
 * checked, the system view and the audit log read; a group managed (its members read, its cap
 * raised, an announcement posted, disbanded) and the last hour's chart read; each screen audited by
 * axe-core. The pages' scripts must run without an error; Chrome's own log of the refused requests (the wrong key, the
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

    @Test
    void anOperatorManagesAGroupAndReadsTheLastHour() {
        TestUser ann = named("Ann Lee");
        TestUser bob = named("Bob Chen");
        var created = api.admin("/api/v1/admin/groups", jakarta.json.Json.createObjectBuilder().add("name", "Design team")
                .add("ownerId", ann.id()).add("memberIds", jakarta.json.Json.createArrayBuilder().add(bob.id()))
                .add("maxMembers", 3).build(), Api.ADMIN_KEY);
        assertEquals(201, created.status(), created.raw());
        String gid = created.json().getString("id");
        for (int i = 0; i < 3; i++) {
            assertEquals(201, api.admin("/api/v1/admin/groups/" + gid + "/messages", jakarta.json.Json.createObjectBuilder()
                    .add("clientMsgId", "chart-" + i).add("senderId", ann.id()).add("type", "TEXT").add("text", "hi " + i)
                    .build(), Api.ADMIN_KEY).status());
        }
        Browser bobPage = Browser.open(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        Browser console = Browser.open(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
        try {
            loggedIn(bobPage, bob);
            Map<String, List<String>> violations = new TreeMap<>();
            console.go(Api.BASE + "/admin/#/groups");
            console.type("admin-key", Api.ADMIN_KEY);
            console.byTestId("admin-login").click();
            console.waitForTestId("admin-groups");
            console.driver().findElement(By.cssSelector("[data-testid=admin-groups] input")).sendKeys(gid, Keys.ENTER);
            console.waitFor(WAIT, d -> d.findElements(By.cssSelector("tr[data-testid^=admin-group-]")).size() == 1);
            console.byTestId("admin-manage-" + gid).click();
            console.waitFor(WAIT, d -> d.findElements(By.cssSelector("[data-testid=admin-members] tbody tr")).size() == 2);
            assertTrue(console.byTestId("admin-members").getText().contains("Bob Chen"));

            console.replaceText("admin-cap", "50");
            console.byTestId("admin-cap").sendKeys(Keys.ENTER);
            console.waitFor(WAIT, d -> d.findElement(By.cssSelector(".outcome")).getText()
                    .equals("The cap of Design team is now 50"));
            assertTrue(console.byTestId("admin-group-" + gid).getText().contains("2 / 50"));
            console.type("admin-announcement", "Reviews move to Thursday");
            console.driver().findElement(By.cssSelector("form[aria-label=Announcement] button")).click();
            console.waitFor(WAIT, d -> d.findElement(By.cssSelector(".outcome")).getText()
                    .equals("The announcement of Design team was posted"));
            var group = api.get("/api/v1/groups/" + gid, bob.token()).json();
            assertEquals(50, group.getInt("maxMembers"));
            assertEquals("Reviews move to Thursday", group.getString("announcement"));
            console.screenshot("console-group-1280");
            audit(console, "group", violations);

            console.byTestId("admin-disband").click();
            console.byTestId("admin-disband-confirm").click();
            console.waitFor(WAIT, d -> d.findElements(testId("admin-group-" + gid)).isEmpty());
            assertEquals(404, api.get("/api/v1/groups/" + gid, bob.token()).status());

            console.go(Api.BASE + "/admin/#/system");
            console.waitFor(WAIT, d -> !d.findElements(testId("admin-chart-messages")).isEmpty()
                    && storedInTheLastHour(d.findElement(testId("admin-chart-messages")).getText()) >= 3
                    && d.findElement(testId("admin-chart-connections")).getText().contains(" now"));
            console.screenshot("console-system-1280");
            audit(console, "system with the chart", violations);
            assertEquals(Map.of(), violations);
            assertEquals(List.of(), console.scriptErrors());
        } finally {
            console.close();
            bobPage.close();
        }
    }

    @Test
    void anOperatorListsAWordAndSeesItRefused() {
        TestUser ann = named("Ann Lee");
        String gid = api.groupOf(ann, List.of(), null);
        Browser console = Browser.open(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
        try {
            Map<String, List<String>> violations = new TreeMap<>();
            console.go(Api.BASE + "/admin/#/content");
            console.type("admin-key", Api.ADMIN_KEY);
            console.byTestId("admin-login").click();
            console.waitForTestId("admin-content");
            console.type("admin-word", "zqxvconsole");
            console.byTestId("admin-word-add").click();
            console.waitFor(WAIT, d -> d.findElement(By.cssSelector(".outcome")).getText().startsWith("Listed \"zqxvconsole\""));
            console.waitFor(WAIT, d -> d.findElements(testId("admin-word-row")).stream()
                    .anyMatch(row -> row.getText().contains("zqxvconsole") && row.getText().contains("Block")));

            Api.Answer refused = null;
            for (int i = 0; i < 50 && (refused == null || refused.status() != 422); i++) {
                pause(200); // every node reloads its list from the broadcast of the change
                refused = api.post(MessagesIT.messages(gid), ann.token(), MessagesIT.text("c-" + i, "a ZQXV CONSOLE"));
            }
            assertEquals(422, refused.status(), refused.raw());
            console.driver().navigate().refresh();
            console.waitFor(WAIT, d -> d.findElements(testId("admin-hit-row")).stream()
                    .anyMatch(row -> row.getText().contains(ann.id()) && row.getText().contains("zqxvconsole")
                            && row.getText().contains("Refused")));
            console.screenshot("console-content-1280");
            audit(console, "content", violations);

            console.driver().findElement(By.cssSelector("button[aria-label='Remove zqxvconsole']")).click();
            console.waitFor(WAIT, d -> d.findElement(By.cssSelector(".outcome")).getText().equals("\"zqxvconsole\" is off the list."));
            assertTrue(api.adminGet(ContentWords.POLICY).json().getJsonArray("words").stream()
                    .noneMatch(w -> w.asJsonObject().getString("word").equals("zqxvconsole")));
            assertEquals(Map.of(), violations);
            assertEquals(List.of(), console.scriptErrors());
        } finally {
            api.operator("DELETE", ContentWords.POLICY + "/words?word=zqxvconsole", null);
            console.close();
        }
    }

    /** The figure of "1,234 in the last hour" in the messages chart's caption. */
    private static long storedInTheLastHour(String caption) {
        var figure = java.util.regex.Pattern.compile("([\\d,]+) in the last hour").matcher(caption);
        return figure.find() ? Long.parseLong(figure.group(1).replace(",", "")) : -1;
    }

    private static void audit(Browser page, String screen, Map<String, List<String>> found) {
        List<String> violations = PageProbes.accessibilityViolations(page);
        if (!violations.isEmpty()) {
            found.put(screen, violations);
        }
    }
}
