package chat.groups.internal.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import chat.groups.internal.domain.Conversation;
import chat.groups.internal.domain.ConversationRepository;
import chat.groups.internal.domain.MyConversation;

/** Conversations in a map, with the cap counted the way the database's conditional update does. */
class InMemoryConversations implements ConversationRepository {

    final Map<String, Conversation> live = new LinkedHashMap<>();
    final Set<String> everInserted = new HashSet<>();
    final Map<String, String> directKeys = new HashMap<>();
    final List<String> lockedIds = new ArrayList<>();
    /** Runs at the start of each insert: lets a test slip in another caller's insert. */
    Runnable beforeInsert = () -> { };
    private final InMemoryMembers members;

    InMemoryConversations(InMemoryMembers members) {
        this.members = members;
    }

    void put(Conversation conversation) {
        live.put(conversation.id(), conversation);
        everInserted.add(conversation.id());
    }

    Conversation get(String id) {
        return live.get(id);
    }

    @Override
    public boolean insert(Conversation conversation, String directKey) {
        beforeInsert.run();
        if (directKey != null && directKeys.containsKey(directKey)) {
            return false;
        }
        if (directKey != null) {
            directKeys.put(directKey, conversation.id());
        }
        put(conversation);
        return true;
    }

    @Override
    public boolean insertIfAbsent(Conversation group) {
        if (everInserted.contains(group.id())) {
            return false;
        }
        put(group);
        return true;
    }

    @Override
    public List<MyConversation> ofMember(String userId) {
        List<MyConversation> mine = new ArrayList<>();
        for (Conversation c : live.values()) {
            members.find(c.id(), userId).ifPresent(m -> mine.add(new MyConversation(c, m, c.isDirect()
                    ? members.userIds(c.id()).stream().filter(id -> !id.equals(userId)).findFirst().orElse(null)
                    : null)));
        }
        return mine;
    }

    @Override
    public Optional<Conversation> find(String id) {
        return Optional.ofNullable(live.get(id));
    }

    @Override
    public Optional<Conversation> findForUpdate(String id) {
        lockedIds.add(id);
        return find(id);
    }

    @Override
    public Optional<Conversation> findDirect(String directKey) {
        return Optional.ofNullable(directKeys.get(directKey)).flatMap(this::find);
    }

    @Override
    public boolean reserveSeats(String id, int seats) {
        Conversation c = live.get(id);
        if (c == null || c.memberCount() + seats > c.maxMembers()) {
            return false;
        }
        live.put(id, counted(c, c.memberCount() + seats));
        return true;
    }

    @Override
    public void releaseSeats(String id, int seats) {
        Conversation c = live.get(id);
        live.put(id, counted(c, c.memberCount() - seats));
    }

    @Override
    public void update(String id, String name, String announcement, boolean allMuted) {
        Conversation c = live.get(id);
        live.put(id, new Conversation(id, c.kind(), name, c.ownerId(), announcement, allMuted, c.maxMembers(),
                c.memberCount()));
    }

    @Override
    public void changeCap(String id, int maxMembers) {
        Conversation c = live.get(id);
        live.put(id, new Conversation(id, c.kind(), c.name(), c.ownerId(), c.announcement(), c.allMuted(), maxMembers,
                c.memberCount()));
    }

    @Override
    public void changeOwner(String id, String ownerId) {
        Conversation c = live.get(id);
        live.put(id, new Conversation(id, c.kind(), c.name(), ownerId, c.announcement(), c.allMuted(), c.maxMembers(),
                c.memberCount()));
    }

    @Override
    public void disband(String id) {
        live.remove(id);
    }

    private static Conversation counted(Conversation c, int memberCount) {
        return new Conversation(c.id(), c.kind(), c.name(), c.ownerId(), c.announcement(), c.allMuted(), c.maxMembers(),
                memberCount);
    }
}
