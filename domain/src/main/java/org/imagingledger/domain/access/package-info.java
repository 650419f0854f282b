/**
 * The access request aggregate and its review round. Only {@link org.imagingledger.domain.access.AccessRequests}
 * is public, so that the application can register the aggregate; commands and events are in {@code api}.
 */
package org.imagingledger.domain.access;
