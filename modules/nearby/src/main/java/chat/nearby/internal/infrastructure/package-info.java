/** Rooms in Infinispan, found by code and geohash cell, shared by every node. */
package chat.nearby.internal.infrastructure;
