/**
 * JAX-RS plumbing shared by every module: the mapping of failures to the contract's error bodies.
 */
package chat.platform.rest;
