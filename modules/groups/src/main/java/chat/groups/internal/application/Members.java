package chat.groups.internal.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import chat.identity.api.UserDirectory;
import chat.platform.errors.ErrorCode;
import chat.platform.errors.ForbiddenException;
import chat.platform.errors.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Checks the people a caller wants in a conversation: they exist, and (for users) are the caller's contacts. */
@ApplicationScoped
public class Members {

    public static final int MAX_PER_CALL = 10_000;

    @Inject
    UserDirectory users;

    /** The distinct ids without the caller; 400 naming an unknown id. */
    public List<String> existing(String field, Collection<String> userIds, String callerId) {
        if (userIds.size() > MAX_PER_CALL) {
            throw new InvalidInputException(field, "at most " + MAX_PER_CALL + " users per call");
        }
        Set<String> wanted = new LinkedHashSet<>(userIds);
        wanted.remove(callerId);
        Set<String> known = users.find(wanted).keySet();
        for (String id : wanted) {
            if (!known.contains(id)) {
                throw new InvalidInputException(field, "unknown user " + id);
            }
        }
        return new ArrayList<>(wanted);
    }

    /** 403 {@code NOT_A_CONTACT} unless every one of them is the caller's contact. */
    public void mustBeContacts(String callerId, Collection<String> userIds) {
        Set<String> contacts = users.contactsAmong(callerId, userIds);
        for (String id : userIds) {
            if (!contacts.contains(id)) {
                throw new ForbiddenException(ErrorCode.NOT_A_CONTACT, "user " + id + " is not your contact");
            }
        }
    }
}
