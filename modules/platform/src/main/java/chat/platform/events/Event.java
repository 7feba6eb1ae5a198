package chat.platform.events;

/**
 * Marks a fact that happened: a domain event inside a module or an integration event that crosses
 * modules and nodes. Every implementation is an immutable record of ids and values, never an
 * entity; the architecture test holds every module to that.
 */
public interface Event {
}
