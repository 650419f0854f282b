package org.imagingledger.projections.signin;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.imagingledger.domain.signin.api.SignInLockedOut;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("signin")
public class LockoutProjection {

    private final LockoutViewRepository lockouts;

    LockoutProjection(LockoutViewRepository lockouts) {
        this.lockouts = lockouts;
    }

    @EventHandler
    void on(SignInLockedOut event) {
        lockouts.save(new LockoutView(event.subject(), event.addressDigest(), event.until(), event.at()));
    }

    /** The latest lockouts, newest first. */
    public List<LockoutView> latest(int n) {
        return lockouts.findAll(PageRequest.of(0, n, Sort.by(Sort.Direction.DESC, "at")))
                .getContent();
    }
}
