/** What the nearby module does: puts people who type the same code close together in one room, and the room in one group. */
package chat.nearby.internal.application;
