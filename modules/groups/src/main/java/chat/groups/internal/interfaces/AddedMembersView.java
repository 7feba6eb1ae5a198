package chat.groups.internal.interfaces;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** Who an add made members: those already in the conversation are left out. */
@Schema(name = "AddedMembers")
@JsonbPropertyOrder({"added"})
public record AddedMembersView(@Schema(required = true, description = "The user ids added") List<String> added) {

    public AddedMembersView {
        added = List.copyOf(added);
    }
}
