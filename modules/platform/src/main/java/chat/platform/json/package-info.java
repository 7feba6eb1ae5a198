/**
 * JSON helpers: reading request bodies field by field with errors that name the field.
 */
package chat.platform.json;
