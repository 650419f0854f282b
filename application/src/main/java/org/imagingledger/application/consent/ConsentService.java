package org.imagingledger.application.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.imagingledger.application.catalogue.CatalogueService;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.Role;
import org.imagingledger.domain.consent.api.AcknowledgeWithdrawalNotice;
import org.imagingledger.domain.consent.api.ChangeConsentScope;
import org.imagingledger.domain.consent.api.NoticeRecipient;
import org.imagingledger.domain.consent.api.RecipientKind;
import org.imagingledger.domain.consent.api.RecordConsent;
import org.imagingledger.domain.consent.api.WithdrawConsent;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.imagingledger.projections.catalogue.DatasetView;
import org.imagingledger.projections.consent.ConsentQueries;
import org.imagingledger.projections.consent.ConsentView;
import org.imagingledger.projections.consent.WithdrawalNoticeView;
import org.imagingledger.projections.permit.PermitQueries;
import org.imagingledger.projections.permit.PermitView;
import org.springframework.stereotype.Service;

/**
 * Consent as nodes report it. A node acts only on consents for its own datasets; the
 * recipients of a withdrawal come from the views: the nodes that hold the data and the live
 * permits that cover it.
 */
@Service
public class ConsentService {

    private final CommandGateway commands;
    private final ConsentQueries consents;
    private final PermitQueries permits;
    private final CatalogueQueries catalogue;
    private final CatalogueService catalogueService;
    private final Clock clock;

    ConsentService(
            CommandGateway commands,
            ConsentQueries consents,
            PermitQueries permits,
            CatalogueQueries catalogue,
            CatalogueService catalogueService,
            Clock clock) {
        this.commands = commands;
        this.consents = consents;
        this.permits = permits;
        this.catalogue = catalogue;
        this.catalogueService = catalogueService;
        this.clock = clock;
    }

    /** The scope of a consent: datasets, DUO purposes (ids or shorthands), disease for DS, optional end. */
    public record Scope(List<String> datasets, List<String> purposes, String disease, Instant validUntil) {}

    public String record(String consentId, String pseudonym, Scope scope, Caller caller) {
        String nodeId = nodeOf(caller);
        requireOwnDatasets(nodeId, scope.datasets());
        if (pseudonym != null && consents.activeConsent(nodeId, pseudonym).isPresent()) {
            throw CommandRejected.state(
                    ErrorCodes.CONSENT_EXISTS,
                    "subject " + pseudonym + " already has an active consent at node " + nodeId
                            + "; change its scope instead");
        }
        String id = consentId == null || consentId.isBlank() ? "cs-" + UUID.randomUUID() : consentId;
        commands.sendAndWait(new RecordConsent(
                id,
                nodeId,
                pseudonym,
                scope.datasets(),
                scope.purposes(),
                scope.disease(),
                scope.validUntil(),
                caller.name(),
                clock.instant()));
        return id;
    }

    public void changeScope(String consentId, Scope scope, Caller caller) {
        String nodeId = nodeOf(caller);
        ownConsent(nodeId, consentId);
        requireOwnDatasets(nodeId, scope.datasets());
        commands.sendAndWait(new ChangeConsentScope(
                consentId,
                scope.datasets(),
                scope.purposes(),
                scope.disease(),
                scope.validUntil(),
                caller.name(),
                clock.instant()));
    }

    /** Withdraws the consent and returns the notices it issued. */
    public List<WithdrawalNoticeView> withdraw(String consentId, Caller caller) {
        String nodeId = nodeOf(caller);
        ConsentView consent = ownConsent(nodeId, consentId);
        if (!consent.isActive()) {
            throw CommandRejected.state(ErrorCodes.CONSENT_WITHDRAWN, "consent " + consentId + " is withdrawn");
        }
        commands.sendAndWait(new WithdrawConsent(consentId, recipients(consent), caller.name(), clock.instant()));
        return consents.noticesOf(consentId);
    }

    /**
     * A node notice is acknowledged by that node alone; a permit notice by the permit holder
     * or a governance admin (who stands in when the holder cannot be reached).
     */
    public void acknowledge(String noticeId, Caller caller) {
        String callerNode = caller.nodeId();
        WithdrawalNoticeView notice =
                consents.notice(noticeId).orElseThrow(() -> CommandRejected.notFound("withdrawal notice", noticeId));
        boolean allowed = notice.getRecipientKind() == RecipientKind.NODE
                ? notice.getRecipientId().equals(callerNode)
                : callerNode == null
                        && (caller.has(Role.GOVERNANCE_ADMIN)
                                || notice.getAddressee().equals(caller.name()));
        if (!allowed) {
            // someone else's notice is answered as missing, whether or not it exists
            throw CommandRejected.notFound("withdrawal notice", noticeId);
        }
        commands.sendAndWait(
                new AcknowledgeWithdrawalNotice(notice.getConsentId(), noticeId, caller.name(), clock.instant()));
    }

    private static String nodeOf(Caller caller) {
        return caller.node()
                .orElseThrow(() -> CommandRejected.forbidden(ErrorCodes.NODE_ONLY, "only a node records consent"));
    }

    private ConsentView ownConsent(String nodeId, String consentId) {
        ConsentView consent =
                consents.consent(consentId).orElseThrow(() -> CommandRejected.notFound("consent", consentId));
        if (!consent.getNodeId().equals(nodeId)) {
            throw CommandRejected.notFound("consent", consentId);
        }
        return consent;
    }

    /** Blank or malformed entries are left to the aggregate, which names them (400). */
    private void requireOwnDatasets(String nodeId, List<String> datasets) {
        if (datasets == null) {
            return;
        }
        for (int i = 0; i < datasets.size(); i++) {
            String datasetId = datasets.get(i);
            if (datasetId == null || datasetId.isBlank()) {
                continue;
            }
            if (catalogue.dataset(datasetId).isEmpty()) {
                throw CommandRejected.unprocessable(
                        "datasets[" + i + "]", ErrorCodes.UNKNOWN_REFERENCE, "names no registered dataset", datasetId);
            }
            catalogueService.datasetHeldBy(datasetId, nodeId);
        }
    }

    private List<NoticeRecipient> recipients(ConsentView consent) {
        Map<String, List<String>> byNode = new LinkedHashMap<>();
        byNode.put(consent.getNodeId(), new ArrayList<>());
        for (String datasetId : consent.getDatasets()) {
            String holder =
                    catalogue.dataset(datasetId).map(DatasetView::getNodeId).orElse(consent.getNodeId());
            byNode.computeIfAbsent(holder, k -> new ArrayList<>()).add(datasetId);
        }
        List<NoticeRecipient> recipients = new ArrayList<>();
        byNode.forEach((node, datasets) -> recipients.add(new NoticeRecipient(
                RecipientKind.NODE, node, node, datasets.isEmpty() ? consent.getDatasets() : datasets)));
        for (PermitView permit : permits.livePermitsCovering(consent.getDatasets())) {
            List<String> covered =
                    consent.getDatasets().stream().filter(permit::covers).toList();
            recipients.add(
                    new NoticeRecipient(RecipientKind.PERMIT, permit.getPermitId(), permit.getHolder(), covered));
        }
        return recipients;
    }
}
