package chat.identity.internal.interfaces;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.identity.internal.domain.AccountSummary;
import chat.platform.rest.KeysetPage;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A page of accounts, in username order. */
@Schema(name = "AccountPage")
@JsonbPropertyOrder({"items", "next"})
public record AccountPage(
        @Schema(required = true) List<AccountView> items,
        @Schema(required = true, nullable = true, description = "Pass as after for the next page; null on the last")
        String next) {

    static AccountPage of(KeysetPage<AccountSummary> page) {
        return new AccountPage(page.items().stream().map(AccountView::of).toList(), page.next());
    }
}
