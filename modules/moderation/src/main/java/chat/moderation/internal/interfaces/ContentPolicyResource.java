package chat.moderation.internal.interfaces;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import chat.moderation.internal.application.HitLog;
import chat.moderation.internal.application.KeepWordList;
import chat.moderation.internal.domain.ContentHit;
import chat.platform.audit.AuditLog;
import chat.platform.audit.OperatorCaller;
import chat.platform.json.Json;
import chat.platform.rest.KeysetPage;
import chat.platform.rest.OperatorEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The operator API of the content policy: the company's word list (each word BLOCK or MASK, the same
 * on every node moments after a change), read and replaced whole or changed a few words at a time,
 * and the record of what it refused or masked. Changes are audited.
 */
@Path("/admin/content-policy")
@Tag(name = "operator")
@SecurityRequirement(name = "operatorKey")
@OperatorEndpoint
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ContentPolicyResource {

    @Inject
    KeepWordList wordList;

    @Inject
    HitLog hits;

    @Inject
    AuditLog audit;

    @Inject
    OperatorCaller caller;

    @GET
    @Operation(operationId = "readWordList", summary = "The word list",
            description = "Every listed word, in the order of their folded letters.")
    public WordListView list() {
        return WordListView.of(wordList.all());
    }

    @PUT
    @Operation(operationId = "replaceWordList", summary = "Replace the word list",
            description = "The list becomes exactly these words (an empty list lets every text through). Every node "
                    + "screens with it moments after this answers. Two words that read alike (case, full-width letters, "
                    + "what stands between the letters) are one entry: the last one given.")
    @APIResponse(responseCode = "200", description = "The list as it now is",
            content = @Content(schema = @Schema(implementation = WordListView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "BAD_REQUEST: no words field, more than "
            + KeepWordList.MAX_LIST + " words, a word without a letter or digit or past 100 characters, an action other "
            + "than BLOCK or MASK; nothing changed")
    @Transactional
    public WordListView replace(@RequestBody(required = true) WordListing body) {
        var entries = wordList.replace(requests(body), caller.name());
        audit.operator("content.words.replace", "words", Json.createObjectBuilder().add("count", entries.size()).build());
        return WordListView.of(entries);
    }

    @POST
    @Path("words")
    @Operation(operationId = "addWordsToPolicy", summary = "Add words, or change listed ones",
            description = "Every node screens with the new list moments after this answers. A word already listed, as "
                    + "written or as one that reads alike (case, full-width letters, what stands between the letters), "
                    + "takes the spelling and action given.")
    @APIResponse(responseCode = "200", description = "What changed", content = @Content(schema = @Schema(implementation = WordsListedView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "BAD_REQUEST: no words or more than 1,000, a "
            + "word without a letter or digit or past 100 characters, an action other than BLOCK or MASK; nothing changed")
    @Transactional
    public WordsListedView add(@RequestBody(required = true) WordListing body) {
        KeepWordList.Listed listed = wordList.put(requests(body), caller.name());
        audit.operator("content.words.add", "words", Json.createObjectBuilder()
                .add("added", listed.added()).add("changed", listed.changed())
                .add("words", Json.createArrayBuilder(body.words().stream().map(WordListing.Entry::word).toList())).build());
        return new WordsListedView(listed.added(), listed.changed());
    }

    @DELETE
    @Path("words")
    @Operation(operationId = "removeWordFromPolicy", summary = "Take a word off the list",
            description = "The word as listed, or any spelling that reads alike. Every node stops screening for it moments later.")
    @APIResponse(responseCode = "204", description = "Taken off")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "NOT_FOUND: the word is not listed")
    @Transactional
    public Response remove(@Parameter(description = "The word", required = true) @QueryParam("word") String word) {
        wordList.remove(word);
        audit.operator("content.words.remove", word, null);
        return Response.noContent().build();
    }

    @GET
    @Path("hits")
    @Operation(operationId = "readContentHits", summary = "What the content policy refused or masked",
            description = "Newest first: who, where, which rule, when; the text only with CHAT_MODERATION_RECORD_TEXT on.")
    public ContentHitPage hits(
            @Parameter(description = "The next of the page before: hits older than it") @QueryParam("after") @Min(1) Long after,
            @Parameter(description = "How many at most; " + HitLog.DEFAULT_LIMIT + " when absent")
            @QueryParam("limit") @Min(1) @Max(HitLog.MAX_LIMIT) Integer limit) {
        KeysetPage<ContentHit> page = KeysetPage.read(limit == null ? HitLog.DEFAULT_LIMIT : limit,
                n -> hits.page(after, n), hit -> Long.toString(hit.id()));
        return new ContentHitPage(page.items().stream().map(ContentHitView::of).toList(), page.next());
    }

    private static List<KeepWordList.WordRequest> requests(WordListing body) {
        return body.words() == null ? null : body.words().stream()
                .map(e -> e == null ? null : new KeepWordList.WordRequest(e.word(), e.action())).toList();
    }
}
