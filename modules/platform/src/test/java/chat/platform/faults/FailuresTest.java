package chat.platform.faults;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonException;

class FailuresTest {

    @Test
    void aDatabaseThatIsAwayIsTransientWhereverItIsWrapped() {
        assertTrue(Failures.isTransient(new IllegalStateException("statement failed",
                new SQLException("connection refused", "08001"))));
        assertTrue(Failures.isTransient(new RuntimeException(new SQLException("terminating connection", "57P01"))));
        assertTrue(Failures.isTransient(new SQLTransientConnectionException("no free connection in the pool")));
        assertTrue(Failures.isTransient(new SQLException("deadlock detected", "40P01")));
    }

    @Test
    void aBrokenRuleIsNotTransient() {
        assertFalse(Failures.isTransient(new SQLException("duplicate key", "23505")));
        assertFalse(Failures.isTransient(new IllegalArgumentException("negative amount")));
    }

    @Test
    void workThatDoesNotParseOrNamesNothingIsPermanent() {
        assertTrue(Failures.isPermanent(new JsonException("unexpected char")));
        assertTrue(Failures.isPermanent(new NullPointerException("no packetId")));
        assertTrue(Failures.isPermanent(new IllegalStateException(new Undeliverable("no claim"))));
        assertFalse(Failures.isPermanent(new SQLException("connection refused", "08001")));
    }
}
