/**
 * The public language of consent: a node records, changes and withdraws the consent of a
 * pseudonymous subject for its datasets; a withdrawal issues notices to every node and permit
 * it touches, and each addressee acknowledges its notice (time-to-acknowledge is measured).
 */
package org.imagingledger.domain.consent.api;
