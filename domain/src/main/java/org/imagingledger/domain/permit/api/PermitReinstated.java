package org.imagingledger.domain.permit.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A suspension was lifted, for the reason given. Revision 2 added {@code reason}; events stored
 * before it are read through the upcaster (application, config) with no reason.
 */
@Revision("2")
public record PermitReinstated(String permitId, String reason, String actor, Instant at) {}
