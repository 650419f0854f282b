package org.imagingledger.projections;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest Spring configuration for @DataJpaTest projection tests: views and repositories only. */
@SpringBootApplication
class ProjectionTestApplication {
}
