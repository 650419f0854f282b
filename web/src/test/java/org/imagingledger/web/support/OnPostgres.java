package org.imagingledger.web.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** Runs a Spring test against a real PostgreSQL with the production profile (Flyway, BYTEA dialect). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ActiveProfiles({"test", "postgres"})
@ContextConfiguration(initializers = PostgresInitializer.class)
public @interface OnPostgres {}
