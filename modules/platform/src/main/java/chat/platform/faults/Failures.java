package chat.platform.faults;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.format.DateTimeParseException;

import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.json.JsonException;

/**
 * Tells failures apart by what retrying them would do. A transient one (the database or the broker
 * away, a pool with no free connection, a deadlock, a wait for a busy part that timed out) passes by itself: retry it for as long as it
 * lasts. A permanent one is in the work itself (it does not parse, or it names nothing that exists):
 * no retry will ever make it succeed.
 */
public final class Failures {

    private Failures() {
    }

    /** True when some cause in the chain is a part being away or busy. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof JMSException || t instanceof JMSRuntimeException
                    || t instanceof java.net.ConnectException || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && transientState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** True when the failure is in the work itself: malformed, or naming nothing that exists. */
    public static boolean isPermanent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Undeliverable || t instanceof JsonException || t instanceof ClassCastException
                    || t instanceof NullPointerException || t instanceof NumberFormatException
                    || t instanceof ArithmeticException || t instanceof DateTimeParseException) {
                return true;
            }
        }
        return false;
    }

    /**
     * PostgreSQL's classes for a connection lost (08), no resources (53), the server shutting down
     * or starting (57P), and a serialization failure or deadlock (40001, 40P01).
     */
    static boolean transientState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
                || state.equals("40001") || state.equals("40P01"));
    }
}
