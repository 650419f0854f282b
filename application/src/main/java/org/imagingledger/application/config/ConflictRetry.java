package org.imagingledger.application.config;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.imagingledger.application.shared.Conflicts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends a command again when it lost a race for its aggregate (see {@link Conflicts}): the
 * aggregate is read afresh from the store, so the command is decided on the newer state and
 * may now be refused for a good reason. Only a command sent outside any transaction is
 * retried: inside one (a command sent by an event handler, or a service's own transaction) the
 * transaction is already lost, and the failure goes up to be answered 409. The retry runs on the
 * caller's thread after a short random pause, so the caller still waits for the outcome.
 */
final class ConflictRetry implements RetryScheduler {

    private static final Logger log = LoggerFactory.getLogger(ConflictRetry.class);

    private final int maxRetries;

    ConflictRetry(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    @Override
    public boolean scheduleRetry(
            CommandMessage commandMessage,
            RuntimeException lastFailure,
            List<Class<? extends Throwable>[]> failures,
            Runnable commandDispatch) {
        if (!Conflicts.isConflict(lastFailure)
                || failures.size() > maxRetries
                || CurrentUnitOfWork.isStarted()
                || TransactionSynchronizationManager.isActualTransactionActive()) {
            return false;
        }
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(2, 10L * failures.size() + 10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        log.debug(
                "{} lost a race for its aggregate; sending it again (retry {})",
                commandMessage.getCommandName(),
                failures.size());
        commandDispatch.run();
        return true;
    }
}
