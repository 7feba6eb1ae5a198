package chat.groups.internal.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import chat.platform.errors.InvalidInputException;
import chat.platform.rest.RecordBodyReader;
import chat.testing.RequestBodies;
import jakarta.ws.rs.core.MediaType;

/**
 * Request bodies read as the platform reads them, where the groups module's records say more than
 * their types: a new group's {@code memberIds} may be left out but not sent as null.
 */
class GroupRequestsTest {

    private final RecordBodyReader reader = RequestBodies.withValidator(new RecordBodyReader());

    @SuppressWarnings({"unchecked", "rawtypes"})
    private <T extends Record> T read(Class<T> type, String body) throws IOException {
        return (T) reader.readFrom((Class) type, type, new Annotation[0], MediaType.APPLICATION_JSON_TYPE, null,
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aGroupWithoutMemberIdsHasNoOtherMembers() throws IOException {
        assertEquals(List.of(), read(GroupCreation.class, "{\"name\":\"Design\"}").others());
    }

    @Test
    void memberIdsAreReadInTheirOrder() throws IOException {
        var body = read(GroupCreation.class, "{\"name\":\"Design\",\"memberIds\":[\"u2\",\"u1\"],\"maxMembers\":20}");
        assertEquals(List.of("u2", "u1"), body.others());
        assertEquals(20L, body.maxMembers());
    }

    @Test
    void anEmptyArrayOfMemberIdsIsNoOne() throws IOException {
        assertEquals(List.of(), read(GroupCreation.class, "{\"name\":\"Design\",\"memberIds\":[]}").others());
    }

    @Test
    void memberIdsSentAsNullAreRefusedAsTheyAlwaysWere() throws IOException {
        var body = read(GroupCreation.class, "{\"name\":\"Design\",\"memberIds\":null}");
        var refused = assertThrows(InvalidInputException.class, body::others);
        assertEquals("memberIds", refused.field());
        assertEquals("memberIds: must be an array of strings", refused.getMessage());
    }

    @Test
    void theOperatorsMemberIdsSentAsNullAreRefusedToo() throws IOException {
        var body = read(OperatorGroupCreation.class, "{\"name\":\"Finance\",\"ownerId\":\"u1\",\"memberIds\":null}");
        assertEquals("memberIds", assertThrows(InvalidInputException.class, body::others).field());
        assertEquals(List.of(), read(OperatorGroupCreation.class, "{\"name\":\"Finance\",\"ownerId\":\"u1\"}").others());
    }

    @Test
    void aMemberIdThatIsNoStringIsNamedByItsPlace() {
        var refused = assertThrows(InvalidInputException.class,
                () -> read(GroupCreation.class, "{\"name\":\"Design\",\"memberIds\":[\"u2\",7]}"));
        assertEquals("memberIds[1]: must be a string", refused.getMessage());
    }

    @Test
    void aRequiredFieldLeftOutIsNamed() {
        assertEquals("name: is required", assertThrows(InvalidInputException.class,
                () -> read(GroupCreation.class, "{\"memberIds\":[]}")).getMessage());
        assertEquals("ownerId: is required", assertThrows(InvalidInputException.class,
                () -> read(OperatorGroupCreation.class, "{\"name\":\"Finance\"}")).getMessage());
        assertEquals("minutes: is required", assertThrows(InvalidInputException.class,
                () -> read(MuteRequest.class, "{\"minutes\":null}")).getMessage());
    }

    @Test
    void aChangeLeavesOutWhatItDoesNotChange() throws IOException {
        assertEquals(new GroupChange(null, "", null), read(GroupChange.class, "{\"name\":null,\"announcement\":\"\"}"));
    }
}
