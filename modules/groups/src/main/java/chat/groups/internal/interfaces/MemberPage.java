package chat.groups.internal.interfaces;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.groups.internal.application.ListMembers;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One page of a conversation's members in user-id order, and the cursor of the next page. */
@Schema(name = "GroupMemberPage")
@JsonbPropertyOrder({"items", "next"})
public record MemberPage(
        @Schema(required = true) List<MemberView> items,
        @Schema(required = true, nullable = true, description = "Pass as after= for the next page; null on the last page")
        String next) {

    public MemberPage {
        items = List.copyOf(items);
    }

    static MemberPage of(ListMembers.Page page) {
        return new MemberPage(page.members().stream().map(m -> MemberView.of(m, page.users().get(m.userId()))).toList(),
                page.next());
    }
}
