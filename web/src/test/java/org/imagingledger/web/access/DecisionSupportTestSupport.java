package org.imagingledger.web.access;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.imagingledger.application.shared.Role;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the decision-support tests share: requests for a stated purpose, the review steps, real
 * PDF, PNG and JPEG files, uploads, and the audit export.
 */
abstract class DecisionSupportTestSupport extends AccessTestSupport {

    static final String GRU = "DUO:0000042";
    static final RequestPostProcessor ADMIN = as("greta.admin", Role.GOVERNANCE_ADMIN);

    /** A request for a general-research purpose (GRU, not health research), no methods development. */
    Map<String, Object> generalResearch(List<String> datasets, List<String> team) {
        Map<String, Object> body = content(datasets);
        body.put(
                "purpose",
                Map.of("codes", List.of(GRU), "commercial", false, "forProfit", false, "methodsDevelopment", false));
        body.put("team", team);
        return body;
    }

    String draft(Map<String, Object> content) throws Exception {
        return post(BASE, content, researcher).get("id").asText();
    }

    JsonNode submit(String id) throws Exception {
        return post(BASE + "/" + id + "/submit", null, researcher);
    }

    /** Panel dora and dirk, both approve: ready for the chair (no node approvals needed). */
    void reviewed(String id) throws Exception {
        post(BASE + "/" + id + "/reviewers", Map.of("reviewers", List.of("dora.dac", "dirk.dac")), CHAIR);
        post(BASE + "/" + id + "/votes", Map.of("vote", "APPROVE", "comment", "sound"), DORA);
        post(BASE + "/" + id + "/votes", Map.of("vote", "APPROVE", "comment", "sound"), DIRK);
    }

    static Map<String, Object> approval() {
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return Map.of(
                "outcome",
                "APPROVE",
                "conditions",
                List.of(),
                "validFrom",
                from.toString(),
                "validUntil",
                from.plus(90, ChronoUnit.DAYS).toString());
    }

    static JsonNode check(JsonNode detail, String dataset) {
        for (JsonNode c : detail.get("purposeChecks")) {
            if (c.get("datasetId").asText().equals(dataset)) {
                return c;
            }
        }
        throw new AssertionError("no purpose check of " + dataset + " in " + detail);
    }

    static List<String> texts(JsonNode array, String field) {
        return array.findValues(field).stream().map(JsonNode::asText).toList();
    }

    /** The smallest file a PDF reader accepts: header, one object, cross-reference offset, trailer. */
    static byte[] pdf(String text) {
        String body = "%PDF-1.4\n1 0 obj\n<< /Title (" + text + ") >>\nendobj\n";
        String tail = "trailer\n<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n";
        return (body + tail).getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] image(String format) throws IOException {
        BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        img.setRGB(3, 3, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    ResultActions upload(String id, String kind, String name, byte[] bytes, RequestPostProcessor who) throws Exception {
        var request = MockMvcRequestBuilders.multipart(BASE + "/" + id + "/documents")
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes));
        if (kind != null) {
            request.param("kind", kind);
        }
        return mvc.perform(request.with(who).accept(MediaType.APPLICATION_JSON));
    }

    JsonNode attached(String id, String kind, String name, byte[] bytes) throws Exception {
        return json.readTree(upload(id, kind, name, bytes, researcher)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /** An auditor's export of the request's events: its files by name. */
    Map<String, byte[]> export(String requestId) throws Exception {
        Map<String, Object> filters = new HashMap<>();
        filters.put("request", requestId);
        byte[] zip = mvc.perform(MockMvcRequestBuilders.post("/api/v1/audit/exports")
                        .with(as("audit.tester", Role.AUDITOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(filters)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    /** The text of every page of a PDF, as a reader extracts it. */
    static String pdfText(byte[] pdf) throws IOException {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        try {
            com.lowagie.text.pdf.parser.PdfTextExtractor extractor =
                    new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
