package org.imagingledger.application.shared;

import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * A command that lost a race: another instance (or thread) appended to the same aggregate
 * first, or the database broke a lock cycle. Nothing of it was stored, and sent again it reads
 * the newer state; such failures are retried (see config.ConflictRetry) and, when the retries
 * run out or a surrounding transaction forbids retrying, answered 409 concurrent_change.
 */
public final class Conflicts {

    private Conflicts() {}

    public static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyException
                    || t instanceof PessimisticLockingFailureException
                    || t instanceof OptimisticLockingFailureException
                    || t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
