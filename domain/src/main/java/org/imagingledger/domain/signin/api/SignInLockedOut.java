package org.imagingledger.domain.signin.api;

import java.time.Instant;

/**
 * Password sign-in was refused for a while after repeated failures, for a user name (the
 * {@code subject} tried) or for a client address (kept only as a keyed digest: an address is
 * personal data and must not sit in the log as such). {@code until} is when attempts resume.
 */
public record SignInLockedOut(String subject, String addressDigest, Instant until, String actor, Instant at) {}
