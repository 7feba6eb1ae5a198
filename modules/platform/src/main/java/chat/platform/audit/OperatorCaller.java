package chat.platform.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * Which operator key opened this request: set by the operator API's key check, read by
 * {@link AuditLog#operator} so each change is recorded under the key's name.
 */
@RequestScoped
public class OperatorCaller {

    private String name = AuditLog.OPERATOR;

    public void is(String keyName) {
        name = keyName;
    }

    public String name() {
        return name;
    }
}
