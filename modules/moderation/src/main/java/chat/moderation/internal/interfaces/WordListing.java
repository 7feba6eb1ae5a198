package chat.moderation.internal.interfaces;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Words to add (or to change when already listed), or the whole list. */
@Schema(name = "WordListing")
public record WordListing(
        @Schema(required = true, description = "All are taken or none: 1 to 1,000 to add, up to 100,000 for a whole list")
        List<Entry> words) {

    /** One word and what it does. */
    @Schema(name = "WordListingEntry")
    public record Entry(
            @Schema(required = true, description = "1 to 100 characters holding a letter or digit; matched whatever its "
                    + "case, full-width or look-alike letters, and whatever stands between its letters", example = "红包群")
            String word,
            @Schema(required = true, enumeration = {"BLOCK", "MASK"}, description = "BLOCK refuses a text holding it; "
                    + "MASK stores its letters as *") String action) {
    }
}
