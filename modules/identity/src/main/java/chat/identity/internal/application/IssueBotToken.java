package chat.identity.internal.application;

import java.util.UUID;

import chat.identity.internal.domain.AccountStatus;
import chat.identity.internal.domain.DeviceId;
import chat.identity.internal.domain.DeviceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The operator's token for a user without a password login (bots, integrations), on a new device. */
@ApplicationScoped
public class IssueBotToken {

    @Inject
    AccountStatus accounts;

    @Inject
    DeviceRepository devices;

    @Inject
    TokenIssuer tokens;

    @Transactional
    public LogIn.Session issue(String userId, String deviceName) {
        DeviceId.checkName(deviceName);
        int generation = LoginTransactions.usable(accounts, userId);
        String deviceId = UUID.randomUUID().toString();
        devices.upsert(userId, deviceId, deviceName == null ? "operator" : deviceName);
        return new LogIn.Session(tokens.issue(userId, deviceId, generation), userId, deviceId);
    }
}
