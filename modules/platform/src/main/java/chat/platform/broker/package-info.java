/**
 * ActiveMQ Artemis for the node: an embedded broker or a shared one, and the JMS connection factory.
 */
package chat.platform.broker;
