package org.imagingledger.application.config;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled work that must run once across the instances sharing one database (permit expiry,
 * checkpoints, verification) is annotated {@code @SchedulerLock}: before a run, the instance
 * takes the job's row in {@code shedlock} (database time, so instances' clocks may differ);
 * the others skip that run. The row is released when the run ends; if the holder dies, it
 * expires after the job's lock-at-most-for and another instance takes the next run.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "${ledger.jobs.lock-at-most-for:PT10M}")
class SchedulerLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
