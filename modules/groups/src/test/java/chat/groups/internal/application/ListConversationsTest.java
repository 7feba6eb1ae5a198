package chat.groups.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import chat.groups.api.ConversationActivity;
import chat.groups.api.LastMessage;
import chat.groups.internal.domain.MyConversation;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;

class ListConversationsTest {

    private final GroupsFixture fixture = new GroupsFixture();
    private final List<Collection<String>> asked = new ArrayList<>();

    private ListConversations listing(ConversationActivity activity) {
        var useCase = new ListConversations();
        useCase.conversations = fixture.conversations;
        useCase.activity = new OneOrNone<>(activity);
        return useCase;
    }

    private final List<String> askedFor = new ArrayList<>();

    private ConversationActivity lastSeqs(Map<String, Long> seqs) {
        return activity(seqs, Map.of());
    }

    private ConversationActivity activity(Map<String, Long> seqs, Map<String, LastMessage> lastMessages) {
        return new ConversationActivity() {
            @Override
            public Map<String, Long> lastSeqs(Collection<String> ids) {
                asked.add(List.copyOf(ids));
                return seqs;
            }

            @Override
            public Map<String, LastMessage> lastMessages(Collection<String> ids, String userId) {
                asked.add(List.copyOf(ids));
                askedFor.add(userId);
                return lastMessages;
            }
        };
    }

    @Test
    void theCallersLiveConversationsAreListedWithTheirSeats() {
        fixture.group("g", "ann", 500, "bob");
        fixture.direct("d", "ann", "cat");
        fixture.group("k", "dan", 500);
        var listed = listing(lastSeqs(Map.of())).of("ann").conversations();
        assertEquals(Set.of("g", "d"), listed.stream().map(c -> c.conversation().id()).collect(Collectors.toSet()));
    }

    @Test
    void aDirectChatIsListedWithTheOtherPerson() {
        fixture.direct("d", "ann", "cat");
        MyConversation chat = listing(lastSeqs(Map.of())).of("ann").conversations().get(0);
        assertEquals("cat", chat.peerId());
    }

    @Test
    void theLastSeqsAreAskedForOnceForAllTheConversationsListed() {
        fixture.group("g", "ann", 500, "bob");
        fixture.direct("d", "ann", "cat");
        var last = new LastMessage(7, "bob", "TEXT", "hi", Instant.EPOCH, false);
        var listed = listing(activity(Map.of("g", 7L), Map.of("g", last))).of("ann");
        assertEquals(Map.of("g", 7L), listed.lastSeqs());
        assertEquals(Map.of("g", last), listed.lastMessages());
        assertEquals(2, asked.size(), "once for the seqs, once for the messages");
        assertEquals(Set.of("g", "d"), Set.copyOf(asked.get(0)));
        assertEquals(Set.of("g", "d"), Set.copyOf(asked.get(1)));
        assertEquals(List.of("ann"), askedFor, "the last messages are the caller's: what they hid is not shown");
    }

    @Test
    void withoutTheMessagingModuleNoConversationHasMessages() {
        fixture.group("g", "ann", 500, "bob");
        var listed = listing(null).of("ann");
        assertEquals(1, listed.conversations().size());
        assertEquals(Map.of(), listed.lastSeqs());
        assertEquals(Map.of(), listed.lastMessages());
    }

    /** An injection point with one bean or none; nothing else of {@link Instance} is used. */
    private static final class OneOrNone<T> implements Instance<T> {

        private final T bean;

        OneOrNone(T bean) {
            this.bean = bean;
        }

        @Override
        public T get() {
            if (bean == null) {
                throw new IllegalStateException("unsatisfied");
            }
            return bean;
        }

        @Override
        public boolean isUnsatisfied() {
            return bean == null;
        }

        @Override
        public boolean isAmbiguous() {
            return false;
        }

        @Override
        public Iterator<T> iterator() {
            return bean == null ? List.<T>of().iterator() : List.of(bean).iterator();
        }

        @Override
        public Instance<T> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void destroy(T instance) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Handle<T> getHandle() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterable<? extends Handle<T>> handles() {
            throw new UnsupportedOperationException();
        }
    }
}
