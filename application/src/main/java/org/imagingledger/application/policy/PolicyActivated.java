package org.imagingledger.application.policy;

import org.imagingledger.application.shared.Caller;

/**
 * Published in the application (not an event of the log: that is PolicyBundleActivated) once a
 * revision's activation is committed, so that what depends on the policy in force can follow,
 * e.g. the purpose checks of open requests.
 */
public record PolicyActivated(String revision, Caller caller) {}
