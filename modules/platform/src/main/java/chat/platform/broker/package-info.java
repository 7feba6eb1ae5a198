/**
 * The broker as the modules use it, through the JMS API: sending ({@link chat.platform.broker.BrokerSender}),
 * this node's subscriptions and queue consumers ({@link chat.platform.broker.NodeSubscriptions}) and
 * dead letters. ActiveMQ Artemis implements {@link chat.platform.broker.ChatBroker} in the runtime module.
 */
package chat.platform.broker;
