package org.imagingledger.application.permit;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.imagingledger.application.access.PurposeChecks;
import org.imagingledger.domain.access.api.PolicyItem;
import org.imagingledger.domain.access.api.PurposeCheck;
import org.imagingledger.domain.permit.api.IssuePermit;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.springframework.stereotype.Component;

/**
 * Where a permit is issued, whatever issues it: every dataset of the permit must be allowed by
 * the active policy's purpose check for the permit's purpose and operations, or be kept by the
 * chair's recorded override (the approval names those). Otherwise the permit is refused, and
 * with it the approval that issues it in the same transaction: a permit never covers a dataset
 * the policy denies for its purpose without an override on record. A check that cannot be
 * evaluated refuses too (fail closed).
 */
@Component
class PurposeGuard implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final PurposeChecks checks;

    PurposeGuard(PurposeChecks checks, CommandBus commandBus) {
        this.checks = checks;
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (unitOfWork.getMessage().getPayload() instanceof IssuePermit issue && issue.datasets() != null) {
            require(issue);
        }
        return chain.proceed();
    }

    void require(IssuePermit issue) {
        List<String> overridden = issue.overriddenDatasets() == null ? List.of() : issue.overriddenDatasets();
        for (String dataset : issue.datasets()) {
            if (overridden.contains(dataset)) {
                continue;
            }
            PurposeCheck check = checks.evaluateOne(issue.purpose(), issue.operations(), dataset);
            if (!check.outcome().allows()) {
                List<String> reasons = new ArrayList<>();
                check.reasons().stream().map(PolicyItem::code).forEach(reasons::add);
                throw CommandRejected.state(
                        ErrorCodes.PURPOSE_NOT_COMPATIBLE,
                        "the active policy (" + check.revision() + ") does not allow the permit's purpose on dataset "
                                + dataset + " " + reasons + ", and no override is recorded",
                        dataset,
                        String.join(", ", reasons));
            }
        }
    }
}
