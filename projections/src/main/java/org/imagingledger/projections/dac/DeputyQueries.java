package org.imagingledger.projections.dac;

import org.imagingledger.projections.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who the deputy chairs are now. */
@Service
@Transactional(readOnly = true)
public class DeputyQueries {

    private final DeputyViewRepository deputies;

    DeputyQueries(DeputyViewRepository deputies) {
        this.deputies = deputies;
    }

    public boolean isDeputy(String person) {
        return person != null && deputies.existsById(person);
    }

    /** Longest-serving first, then by name: a stable order for paging. */
    public Page<DeputyView> deputies(Pageable page) {
        return deputies.findAll(Paging.sorted(page, Sort.by("grantedAt", "person")));
    }
}
