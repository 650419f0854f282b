package org.imagingledger.demo;

import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.Role;

/** The demo's people, as callers of the application services (names as in application-demo.yml). */
final class DemoPeople {

    static final Caller RITA = Caller.person("rita.researcher", Role.RESEARCHER);
    static final Caller REMO = Caller.person("remo.researcher", Role.RESEARCHER);
    static final Caller CHAIR = Caller.person("carla.chair", Role.DAC_CHAIR, Role.DAC_MEMBER);
    static final Caller DORA = Caller.person("dora.dac", Role.DAC_MEMBER);
    static final Caller DIRK = Caller.person("dirk.dac", Role.DAC_MEMBER);
    static final Caller DIANA = Caller.person("diana.dac", Role.DAC_MEMBER);
    static final Caller ADMIN = Caller.person("greta.admin", Role.GOVERNANCE_ADMIN);

    private DemoPeople() {}
}
