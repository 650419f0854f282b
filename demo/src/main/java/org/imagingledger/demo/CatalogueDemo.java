package org.imagingledger.demo;

import java.util.List;
import org.imagingledger.application.catalogue.CatalogueService;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.domain.catalogue.api.DataUseConditions;
import org.imagingledger.domain.catalogue.api.DatasetMetadata;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import static org.imagingledger.demo.DemoPeople.ADMIN;

/**
 * Demo nodes in three countries and five datasets with different DUO conditions. The node
 * tokens are DEMO tokens, published in the README.
 */
@Component
@ConditionalOnProperty(name = "ledger.demo.enabled", havingValue = "true")
class CatalogueDemo implements DemoSeeder {

    private final CatalogueService catalogue;

    CatalogueDemo(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void seed(DemoContext context) {
        node(context, "node-it-naples", "IRCCS Pascale Naples", "IT", "demo-token-naples");
        node(context, "node-it-milan", "Policlinico Milano imaging archive", "IT", "demo-token-milan");
        node(context, "node-es-valencia", "La Fe Valencia", "ES", "demo-token-valencia");
        node(context, "node-nl-amsterdam", "NKI Amsterdam", "NL", "demo-token-amsterdam");

        dataset(
                context,
                "ds-breast-mg",
                "node-it-naples",
                new DatasetMetadata("Breast screening mammography", "MONDO:0007254", List.of("MG"), 2400, 9600),
                new DataUseConditions(List.of("HMB", "NCU"), null),
                true);
        dataset(
                context,
                "ds-lung-ct",
                "node-es-valencia",
                new DatasetMetadata("Lung cancer CT follow-up", "MONDO:0008903", List.of("CT", "PT"), 1100, 3300),
                new DataUseConditions(List.of("DS", "PUB"), "MONDO:0008903"),
                false);
        dataset(
                context,
                "ds-prostate-mr",
                "node-nl-amsterdam",
                new DatasetMetadata("Prostate MRI (mpMRI)", "MONDO:0008315", List.of("MR"), 900, 900),
                new DataUseConditions(List.of("GRU"), null),
                false);
        dataset(
                context,
                "ds-colorectal-ct",
                "node-it-milan",
                new DatasetMetadata("Colorectal CT colonography", "MONDO:0005575", List.of("CT"), 640, 700),
                new DataUseConditions(List.of("HMB", "IRB", "NPU"), null),
                true);
        dataset(
                context,
                "ds-paediatric-mr",
                "node-es-valencia",
                new DatasetMetadata("Paediatric brain tumour MR", "MONDO:0001657", List.of("MR"), 310, 520),
                new DataUseConditions(List.of("HMB", "NMDS", "COL", "GS"), null),
                true);
    }

    private void node(DemoContext context, String id, String name, String country, String demoToken) {
        catalogue.registerDemoNode(id, name, country, demoToken, ADMIN);
        context.put("node." + id, id);
    }

    private void dataset(
            DemoContext context,
            String id,
            String nodeId,
            DatasetMetadata metadata,
            DataUseConditions conditions,
            boolean nodeApproval) {
        catalogue.registerDataset(id, nodeId, metadata, conditions, nodeApproval, Caller.node(nodeId));
        context.put("dataset." + id, id);
    }
}
