package chat.groups.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void theOwnerManages() {
        assertTrue(Role.OWNER.manages());
    }

    @Test
    void anAdminManages() {
        assertTrue(Role.ADMIN.manages());
    }

    @Test
    void aPlainMemberDoesNotManage() {
        assertFalse(Role.MEMBER.manages());
    }
}
