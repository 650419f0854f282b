package org.imagingledger.domain.permit.api;

import java.time.Instant;
import java.util.List;

/**
 * The use just reported was outside the permit. Reasons are {@link FlagReason} names, so that
 * they can be counted and translated.
 */
public record DataUseFlagged(String permitId, String useId, List<String> reasons, String actor, Instant at) {}
