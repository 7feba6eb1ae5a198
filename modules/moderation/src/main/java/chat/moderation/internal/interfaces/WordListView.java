package chat.moderation.internal.interfaces;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import chat.moderation.internal.domain.WordList;

/** The whole word list, in the order of the words' folded letters. */
@Schema(name = "WordList")
public record WordListView(@Schema(required = true) List<ListedWordView> words) {

    static WordListView of(List<WordList.Entry> entries) {
        return new WordListView(entries.stream().map(ListedWordView::of).toList());
    }
}
