package org.imagingledger.projections.policy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Published policy revisions and which one is active. */
@Service
@Transactional(readOnly = true)
public class PolicyQueries {

    private final PolicyBundleViewRepository bundles;

    PolicyQueries(PolicyBundleViewRepository bundles) {
        this.bundles = bundles;
    }

    public List<PolicyBundleView> bundles() {
        return bundles.findAllByOrderByPublishedAtDesc();
    }

    /** A page of published revisions, newest first. */
    public Page<PolicyBundleView> bundles(Pageable page) {
        return bundles.findAllByOrderByPublishedAtDescRevisionAsc(page);
    }

    public Optional<PolicyBundleView> bundle(String revision) {
        return bundles.findById(revision);
    }

    public Optional<PolicyBundleView> active() {
        return bundles.findFirstByActiveTrue();
    }
}
