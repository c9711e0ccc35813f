/**
 * PinDesk's domain records (boards, sections, pins, the user account, scopes, pages). Plain immutable Java: no
 * JavaFX, no HTTP, no JSON annotations. IDs are strings because Pinterest IDs are digit strings that do not fit a
 * double exactly.
 */
package io.pindesk.domain;
