/**
 * Wires generated listeners into Hibernate ORM 6.6 and 7.x through save-time events: a listener
 * prepended to PERSIST, PERSIST_ONFLUSH and MERGE notes which users are new, one appended to them
 * creates the profiles in the same persistence context; one prepended to FLUSH saves them, one
 * prepended to DELETE removes them with their user. Internal: not an API.
 */
package dev.autoprofile.hibernate;
