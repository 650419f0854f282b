package org.imagingledger.web.trail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.Role;
import org.imagingledger.application.trail.TrailService;
import org.imagingledger.web.config.Labels;
import org.imagingledger.web.config.Names;
import org.imagingledger.web.config.Times;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An aggregate's events as people read them: each event type a sentence in the page's language
 * ({@code event.<Type>} in messages/events*.properties), people named by their display name from
 * the directory, dates in the ledger's zone, codes in words. The recorded payload is offered, behind
 * a "details" toggle, to auditors only.
 */
@Component
public class Timeline {

    /** One event as the page shows it; {@code payload} only for auditors. */
    public record Entry(
            long sequence, java.time.Instant time, String type, String actor, String sentence, String payload) {}

    private final MessageSource messages;
    private final Names names;
    private final Labels labels;
    private final Times times;
    private final Map<String, BiFunction<JsonNode, Locale, Object[]>> arguments;

    Timeline(MessageSource messages, Names names, Labels labels, Times times) {
        this.messages = messages;
        this.names = names;
        this.labels = labels;
        this.times = times;
        this.arguments = arguments();
    }

    /** The event types the pages can word (every event of the domain; a test keeps the list whole). */
    public java.util.Set<String> knownTypes() {
        return arguments.keySet();
    }

    public List<Entry> entries(List<TrailService.TrailEntry> trail, Caller caller) {
        boolean details = caller.has(Role.AUDITOR);
        Locale locale = LocaleContextHolder.getLocale();
        List<Entry> entries = new ArrayList<>();
        for (TrailService.TrailEntry e : trail) {
            entries.add(new Entry(
                    e.sequence(),
                    e.time(),
                    e.type(),
                    e.actor() == null ? "" : names.label(e.actor()),
                    sentence(e.type(), e.payload(), locale),
                    details ? e.payload().toPrettyString() : null));
        }
        return entries;
    }

    /** The sentence of one event in the given language. */
    public String sentence(String type, JsonNode payload, Locale locale) {
        BiFunction<JsonNode, Locale, Object[]> args = arguments.get(type);
        Object[] values = args == null ? new Object[] {actor(payload)} : args.apply(payload, locale);
        return messages.getMessage("event." + type, values, type, locale);
    }

    // --- the arguments of each event type's sentence; {0} is always the actor

    private Map<String, BiFunction<JsonNode, Locale, Object[]>> arguments() {
        Map<String, BiFunction<JsonNode, Locale, Object[]>> m = new java.util.HashMap<>();
        // access requests
        m.put("AccessRequestDraftSaved", (p, l) -> a(actor(p), orDash(p.at("/content/title"))));
        m.put("AccessRequestSubmitted", (p, l) -> a(actor(p), day(p, "deadline")));
        m.put("AccessRequestResubmitted", (p, l) -> a(actor(p), day(p, "deadline")));
        m.put(
                "PurposeCheckRecorded",
                (p, l) -> a(
                        actor(p),
                        text(p, "datasetId"),
                        word("purpose.outcome." + text(p, "outcome"), l),
                        text(p, "revision")));
        m.put("PurposeCheckOverridden", (p, l) -> a(actor(p), text(p, "datasetId"), orDash(p.get("reason"))));
        m.put("ReviewersAssigned", (p, l) -> a(actor(p), people(p.get("reviewers")), number(p, "quorum")));
        m.put(
                "ReviewVoteCast",
                (p, l) -> a(
                        name(text(p, "reviewer")),
                        word("access.vote." + text(p, "vote"), l),
                        orDash(p.get("comment"))));
        m.put("ConflictOfInterestDeclared", (p, l) -> a(name(text(p, "reviewer")), orDash(p.get("comment"))));
        m.put("ChairConflictDeclared", (p, l) -> a(name(text(p, "chair")), orDash(p.get("comment"))));
        m.put(
                "NodeDecisionRecorded",
                (p, l) -> a(
                        actor(p),
                        text(p, "nodeId"),
                        word(p.path("agreed").asBoolean() ? "event.word.agreed" : "event.word.declined", l),
                        text(p, "datasetId"),
                        orDash(p.get("comment"))));
        m.put("PanelCommentPosted", (p, l) -> a(actor(p), orDash(p.get("text"))));
        m.put("ApplicantQuestionAsked", (p, l) -> a(actor(p), orDash(p.get("text"))));
        m.put("ApplicantQuestionAnswered", (p, l) -> a(actor(p), orDash(p.get("text"))));
        m.put(
                "DocumentAttached",
                (p, l) -> a(
                        actor(p),
                        word("dac.documents.kind." + text(p, "kind"), l),
                        text(p, "fileName"),
                        prefix(text(p, "sha256"))));
        m.put("ReviewDeadlineExtended", (p, l) -> a(actor(p), day(p, "deadline"), orDash(p.get("reason"))));
        m.put(
                "AccessRequestApproved",
                (p, l) -> a(actor(p), reasonOr(p, l), text(p, "permitId"), days(p), list(p.get("datasets"))));
        m.put("AccessRequestRejected", (p, l) -> a(actor(p), orDash(p.get("reason"))));
        m.put("AccessRequestReturnedForChanges", (p, l) -> a(actor(p), orDash(p.get("reason"))));
        m.put("AccessRequestWithdrawn", (p, l) -> a(actor(p), reasonOr(p, l)));
        // permits and data use
        m.put("PermitIssued", (p, l) -> a(actor(p), name(text(p, "holder")), list(p.get("datasets")), days(p)));
        m.put("PermitSuspended", (p, l) -> a(actor(p), orDash(p.get("reason"))));
        m.put("PermitReinstated", (p, l) -> a(actor(p), reasonOr(p, l)));
        m.put("PermitRevoked", (p, l) -> a(actor(p), orDash(p.get("reason"))));
        m.put("PermitExtended", (p, l) -> a(actor(p), lastDay(p, "validUntil"), orDash(p.get("reason"))));
        m.put("PermitExpired", (p, l) -> a(actor(p), lastDay(p, "validUntil")));
        m.put(
                "DataUseReported",
                (p, l) -> a(
                        actor(p),
                        text(p, "datasetId"),
                        text(p, "tool") + " " + text(p, "toolVersion"),
                        word("access.operation." + text(p, "operation"), l),
                        number(p, "subjects")));
        m.put("DataUseFlagged", (p, l) -> a(actor(p), text(p, "useId"), words(p.get("reasons"), "permits.flag.", l)));
        // catalogue
        m.put("NodeRegistered", (p, l) -> a(actor(p), text(p, "nodeId"), text(p, "name"), text(p, "country")));
        m.put("NodeTokenRotated", (p, l) -> a(actor(p), text(p, "nodeId")));
        m.put("NodeTokenRevoked", (p, l) -> a(actor(p), text(p, "nodeId"), orDash(p.get("reason"))));
        m.put(
                "SignInLockedOut",
                (p, l) -> a(
                        p.hasNonNull("subject") ? name(text(p, "subject")) : word("event.word.anAddress", l),
                        minutes(p, "until")));
        m.put(
                "DatasetRegistered",
                (p, l) -> a(
                        actor(p),
                        text(p.path("metadata"), "title"),
                        text(p, "nodeId"),
                        labels.duoWords(strings(p.at("/conditions/codes")))));
        m.put("DatasetMetadataUpdated", (p, l) -> a(actor(p), text(p.path("metadata"), "title")));
        m.put("DatasetRetired", (p, l) -> a(actor(p), orDash(p.get("reason"))));
        // consent
        m.put(
                "ConsentRecorded",
                (p, l) -> a(
                        actor(p),
                        text(p, "pseudonym"),
                        list(p.get("datasets")),
                        labels.duoWords(strings(p.get("purposes")))));
        m.put(
                "ConsentScopeChanged",
                (p, l) -> a(actor(p), list(p.get("datasets")), labels.duoWords(strings(p.get("purposes")))));
        m.put("ConsentWithdrawn", (p, l) -> a(actor(p), text(p, "pseudonym")));
        m.put(
                "WithdrawalNoticeIssued",
                (p, l) -> a(
                        actor(p),
                        word("notices.kind." + text(p, "recipientKind"), l),
                        text(p, "recipientId"),
                        list(p.get("datasets"))));
        m.put("WithdrawalNoticeAcknowledged", (p, l) -> a(actor(p), text(p, "noticeId")));
        // the DAC, decisions, policies, audit
        m.put("DeputyChairGranted", (p, l) -> a(actor(p), name(text(p, "person"))));
        m.put("DeputyChairRevoked", (p, l) -> a(actor(p), name(text(p, "person")), orDash(p.get("reason"))));
        m.put(
                "DecisionRecorded",
                (p, l) -> a(
                        "node:" + text(p, "nodeId"),
                        text(p, "nodeId"),
                        name(text(p, "principal")),
                        word("access.operation." + text(p, "operation"), l),
                        text(p, "datasetId"),
                        word(p.path("allow").asBoolean() ? "decisions.allow" : "decisions.deny", l)));
        m.put("PolicyBundlePublished", (p, l) -> a(actor(p), text(p, "revision")));
        m.put("PolicyBundleActivated", (p, l) -> a(actor(p), text(p, "revision"), orDash(p.get("previousRevision"))));
        m.put("CheckpointRecorded", (p, l) -> a(actor(p), number(p, "treeSize")));
        m.put("ExportRecorded", (p, l) -> a(actor(p), number(p, "events")));
        return Map.copyOf(m);
    }

    private static Object[] a(Object... values) {
        return values;
    }

    private String actor(JsonNode p) {
        return name(text(p, "actor"));
    }

    /** A person by display name (and id); a node as "node x"; the ledger's own jobs as they are named. */
    private String name(String subject) {
        if (subject == null || subject.isBlank()) {
            return "—";
        }
        return names.label(subject);
    }

    private String people(JsonNode ids) {
        List<String> out = new ArrayList<>();
        for (String id : strings(ids)) {
            out.add(name(id));
        }
        return out.isEmpty() ? "—" : String.join(", ", out);
    }

    private String word(String key, Locale locale) {
        return messages.getMessage(key, null, key.substring(key.lastIndexOf('.') + 1), locale);
    }

    private String words(JsonNode codes, String prefix, Locale locale) {
        List<String> out = new ArrayList<>();
        for (String code : strings(codes)) {
            out.add(word(prefix + code, locale));
        }
        return out.isEmpty() ? "—" : String.join(", ", out);
    }

    private String reasonOr(JsonNode p, Locale locale) {
        JsonNode reason = p.get("reason");
        return reason == null || reason.isNull() || reason.asText().isBlank()
                ? word("event.word.noReason", locale)
                : reason.asText();
    }

    private String day(JsonNode p, String field) {
        java.time.Instant at = instant(p.get(field));
        return at == null ? "—" : times.day(at);
    }

    private String minutes(JsonNode p, String field) {
        java.time.Instant at = instant(p.get(field));
        return at == null ? "—" : times.minutes(at);
    }

    private String lastDay(JsonNode p, String field) {
        java.time.Instant at = instant(p.get(field));
        return at == null ? "—" : times.lastDay(at);
    }

    private String days(JsonNode p) {
        return times.days(instant(p.get("validFrom")), instant(p.get("validUntil"))) + " (" + times.zone() + ")";
    }

    private static java.time.Instant instant(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return node.isNumber()
                    ? java.time.Instant.ofEpochMilli((long) (node.asDouble() * 1000))
                    : java.time.Instant.parse(node.asText());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode p, String field) {
        JsonNode node = p.get(field);
        return node == null || node.isNull() ? "" : node.asText();
    }

    private static String number(JsonNode p, String field) {
        JsonNode node = p.get(field);
        return node == null || node.isNull() ? "—" : node.asText();
    }

    private static String orDash(JsonNode node) {
        return node == null || node.isNull() || node.asText().isBlank() ? "—" : node.asText();
    }

    private static String prefix(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(v -> out.add(v.asText()));
        }
        return out;
    }

    private static String list(JsonNode array) {
        List<String> values = strings(array);
        return values.isEmpty() ? "—" : String.join(", ", values);
    }
}
