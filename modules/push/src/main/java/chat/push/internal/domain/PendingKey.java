package chat.push.internal.domain;

/** One device's pushes of one conversation through one channel: they wait and leave together. */
public record PendingKey(String userId, String deviceId, String conversationId, Channel channel) {
}
