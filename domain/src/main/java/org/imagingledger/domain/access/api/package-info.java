/**
 * The public language of access requests: the commands that draft, submit and review a request
 * (reviewers, conflicts of interest, votes, node decisions, the chair's decision, deadline
 * extension, withdrawal) and the events that record each step. Every command and event names
 * the acting principal and the time; people appear only by pseudonymous user ids.
 */
package org.imagingledger.domain.access.api;
