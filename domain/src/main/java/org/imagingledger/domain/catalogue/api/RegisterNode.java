package org.imagingledger.domain.catalogue.api;

import java.time.Instant;

/** Registers a data holder. Only the SHA-256 of its bearer token is ever stored. */
public record RegisterNode(String nodeId, String name, String country, String tokenSha256, String actor, Instant at) {}
