package org.imagingledger.projections;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration the JPA slice tests of the projections find: entities and repositories of this module. */
@SpringBootApplication
public class ProjectionTestApplication {}
