package chat.identity.internal.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import chat.identity.internal.domain.ContactRepository;
import chat.identity.internal.domain.ContactRequest;

/** Contact requests by id and the contact pairs, stored both ways. */
class InMemoryContacts implements ContactRepository {

    final Map<String, ContactRequest> requests = new LinkedHashMap<>();
    final Set<String> pairs = new LinkedHashSet<>();
    /** Runs at the start of each insert: lets a test have a concurrent identical request win the insert. */
    Runnable beforeInsert = () -> { };

    ContactRequest put(ContactRequest request) {
        requests.put(request.id(), request);
        return request;
    }

    @Override
    public Optional<ContactRequest> request(String id) {
        return Optional.ofNullable(requests.get(id));
    }

    @Override
    public Optional<ContactRequest> requestBetween(String fromUserId, String toUserId) {
        return requests.values().stream()
                .filter(r -> r.fromUserId().equals(fromUserId) && r.toUserId().equals(toUserId)).findFirst();
    }

    @Override
    public void insert(ContactRequest request) {
        beforeInsert.run();
        if (requestBetween(request.fromUserId(), request.toUserId()).isEmpty()) {
            put(request);
        }
    }

    @Override
    public List<ContactRequest> pendingOf(String userId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void markAccepted(String requestId) {
        put(requests.get(requestId).accepted());
    }

    @Override
    public void connect(String userA, String userB) {
        pairs.add(userA + "|" + userB);
        pairs.add(userB + "|" + userA);
    }

    @Override
    public boolean areContacts(String userA, String userB) {
        return pairs.contains(userA + "|" + userB);
    }

    @Override
    public List<String> contactsOf(String userId) {
        List<String> of = new ArrayList<>();
        pairs.stream().filter(p -> p.startsWith(userId + "|")).forEach(p -> of.add(p.substring(userId.length() + 1)));
        return of;
    }
}
