package org.imagingledger.web.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingledger.application.catalogue.CatalogueService;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.domain.catalogue.api.DataUseConditions;
import org.imagingledger.domain.catalogue.api.DatasetMetadata;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.DuoTerm;
import org.imagingledger.domain.shared.DuoTerms;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.projections.Specs;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.imagingledger.projections.catalogue.DatasetFilter;
import org.imagingledger.projections.catalogue.DatasetView;
import org.imagingledger.projections.catalogue.NodeView;
import org.imagingledger.web.config.PageDto;
import org.imagingledger.web.config.RequiredFields;
import org.imagingledger.web.security.Allowed;
import org.imagingledger.web.security.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class CatalogueApiController {

    private final CatalogueService service;
    private final CatalogueQueries catalogue;

    CatalogueApiController(CatalogueService service, CatalogueQueries catalogue) {
        this.service = service;
        this.catalogue = catalogue;
    }

    record NodeForm(String id, String name, String country) {}

    record NodeCreated(String id, String token) {}

    record NodeDto(String id, String name, String country, java.time.Instant registeredAt) {
        static NodeDto of(NodeView view) {
            return new NodeDto(view.getNodeId(), view.getName(), view.getCountry(), view.getRegisteredAt());
        }
    }

    record DatasetForm(
            String id,
            String nodeId,
            MetadataForm metadata,
            DataUseConditions conditions,
            Boolean nodeApprovalRequired) {}

    /** Counts are required: a missing one must not be read as 0. */
    record MetadataForm(String title, String cancerType, List<String> modalities, Long subjects, Long cases) {
        DatasetMetadata toMetadata(String at) {
            RequiredFields required = RequiredFields.at(at);
            long s = required.require("subjects", subjects, 0L);
            long c = required.require("cases", cases, 0L);
            required.orReject();
            return new DatasetMetadata(title, cancerType, modalities, s, c);
        }
    }

    record RetireForm(String reason) {}

    record DatasetDto(
            String id,
            String nodeId,
            String title,
            String cancerType,
            String cancerTypeLabel,
            List<String> modalities,
            long subjects,
            long cases,
            List<String> duoCodes,
            List<String> duoLabels,
            String disease,
            boolean nodeApprovalRequired,
            boolean retired) {
        static DatasetDto of(DatasetView v) {
            return new DatasetDto(
                    v.getDatasetId(),
                    v.getNodeId(),
                    v.getTitle(),
                    v.getCancerType(),
                    org.imagingledger.domain.shared.MondoTerms.label(v.getCancerType()),
                    v.getModalities(),
                    v.getSubjects(),
                    v.getCases(),
                    v.getDuoCodes(),
                    v.getDuoCodes().stream().map(DuoTerms::label).toList(),
                    v.getDisease(),
                    v.isNodeApprovalRequired(),
                    v.isRetired());
        }
    }

    /** Registers a node; the answer holds its bearer token, which is shown this once only. */
    @PostMapping("/nodes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Allowed.ADMIN)
    NodeCreated registerNode(@RequestBody NodeForm form) {
        CatalogueService.IssuedNode issued =
                service.registerNode(form.id(), form.name(), form.country(), Callers.current());
        return new NodeCreated(issued.nodeId(), issued.token());
    }

    /** Replaces a node's bearer token (lost or leaked); the answer holds the new one, shown once. */
    @PostMapping("/nodes/{id}/token")
    @PreAuthorize(Allowed.ADMIN)
    NodeCreated rotateToken(@PathVariable String id) {
        CatalogueService.IssuedNode issued = service.rotateToken(id, Callers.current());
        return new NodeCreated(issued.nodeId(), issued.token());
    }

    /** Nodes by id; {@code country} (ISO code) and {@code name} (a part of the name or id) narrow the list. */
    @GetMapping("/nodes")
    @PreAuthorize(Allowed.ANYONE_LOGGED_IN)
    PageDto<NodeDto> nodes(
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageDto.of(
                catalogue.nodes(
                        Specs.blankToNull(country),
                        Specs.blankToNull(name),
                        PageParams.of(page, size).pageable()),
                NodeDto::of);
    }

    /** A node registers its own datasets; a governance admin may register for any node. */
    @PostMapping("/datasets")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    Map<String, String> registerDataset(@RequestBody DatasetForm form) {
        String nodeId = form.nodeId();
        if (Callers.current().node().isPresent()) {
            if (nodeId != null && !nodeId.equals(Callers.current().node().get())) {
                throw CommandRejected.forbidden(ErrorCodes.NOT_HOLDER, "a node registers only its own datasets");
            }
            nodeId = Callers.current().node().get();
        }
        RequiredFields required = RequiredFields.at("");
        boolean approval = required.require("nodeApprovalRequired", form.nodeApprovalRequired(), false);
        required.orReject();
        String id = service.registerDataset(
                form.id(),
                nodeId,
                form.metadata() == null ? null : form.metadata().toMetadata("metadata"),
                form.conditions(),
                approval,
                Callers.current());
        return Map.of("id", id);
    }

    /**
     * The catalogue by id: {@code title} (a part of the title or id), {@code node}, {@code code}
     * (a DUO term among the data-use conditions, id or shorthand), {@code retired}.
     */
    @GetMapping("/datasets")
    @PreAuthorize(Allowed.ANYONE_LOGGED_IN)
    PageDto<DatasetDto> datasets(
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String node,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) Boolean retired,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageDto.of(
                catalogue.datasets(
                        new DatasetFilter(Specs.blankToNull(title), Specs.blankToNull(node), duoId(code), retired),
                        PageParams.of(page, size).pageable()),
                DatasetDto::of);
    }

    /** A DUO filter given by id or shorthand; an unknown term is refused, not silently matched to nothing. */
    static String duoId(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return DuoTerms.find(code.trim())
                .map(DuoTerm::id)
                .orElseThrow(() -> CommandRejected.invalid(
                        "code", ErrorCodes.UNKNOWN_DUO_TERM, "'" + code + "' is not a DUO term", code));
    }

    @GetMapping("/datasets/{id}")
    @PreAuthorize(Allowed.ANYONE_LOGGED_IN)
    DatasetDto dataset(@PathVariable String id) {
        return catalogue.dataset(id).map(DatasetDto::of).orElseThrow(() -> CommandRejected.notFound("dataset", id));
    }

    @PutMapping("/datasets/{id}/metadata")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    DatasetDto updateMetadata(@PathVariable String id, @RequestBody MetadataForm form) {
        checkHolder(id);
        DatasetMetadata metadata = form.toMetadata("");
        service.updateMetadata(id, metadata, Callers.current());
        return dataset(id);
    }

    @PostMapping("/datasets/{id}/retire")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    DatasetDto retire(@PathVariable String id, @RequestBody RetireForm form) {
        checkHolder(id);
        service.retire(id, form.reason(), Callers.current());
        return dataset(id);
    }

    /** The DUO vocabulary the ledger knows, in its order (paged like every list; all of it fits one page). */
    @GetMapping("/duo-terms")
    @PreAuthorize(Allowed.ANYONE_LOGGED_IN)
    PageDto<DuoTerm> duoTerms(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageParams params = PageParams.of(page, size);
        List<DuoTerm> all = List.copyOf(DuoTerms.all());
        int from = (int) Math.min((long) params.page() * params.size(), all.size());
        int to = (int) Math.min((long) from + params.size(), all.size());
        return new PageDto<>(all.subList(from, to), params.page(), params.size(), all.size());
    }

    /** A node may change only its own datasets; an admin any existing one. */
    private void checkHolder(String datasetId) {
        Optional<String> node = Callers.current().node();
        if (node.isPresent()) {
            service.datasetHeldBy(datasetId, node.get());
        } else if (catalogue.dataset(datasetId).isEmpty()) {
            throw CommandRejected.notFound("dataset", datasetId);
        }
    }
}
