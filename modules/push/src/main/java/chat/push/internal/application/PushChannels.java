package chat.push.internal.application;

import chat.push.internal.domain.Delivery;
import chat.push.internal.domain.PushNotice;
import chat.push.internal.domain.PushSubscription;

/** The ways out: the infrastructure sends, and says what the other side answered. */
public interface PushChannels {

    /** An encrypted push to the subscription's push service. */
    Delivery webPush(PushSubscription subscription, PushNotice notice);

    /** Whether the operator configured a gateway. */
    boolean hasWebhook();

    /** The notice as signed JSON to the company's gateway, for one of the user's devices. */
    Delivery webhook(String userId, String deviceId, PushNotice notice);
}
