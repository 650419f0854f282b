package org.imagingledger.audit.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.imagingledger.audit.integrity.Checkpoint;

/** The human-readable summary of a package: what, filtered how, counted how, anchored where. */
final class PdfReport {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEAD = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 9);
    private static final Font LABEL = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font HASH = new Font(Font.COURIER, 7.5f);
    private static final Color BAR = new Color(0x2b, 0x6c, 0xb0);
    private static final int MAX_BARS = 24;

    private PdfReport() {}

    static void write(OutputStream out, PackageInfo info, ExportStats stats, Checkpoint checkpoint) throws IOException {
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setCloseStream(false);
            doc.addTitle("Audit export " + info.exportId());
            doc.open();
            doc.add(new Paragraph("Imaging governance ledger — audit export", TITLE));
            PdfPTable facts = new PdfPTable(new float[] {1, 3});
            facts.setWidthPercentage(100);
            facts.setSpacingBefore(8);
            row(facts, "Export", info.exportId());
            row(facts, "Exported by", info.exportedBy());
            row(facts, "Exported at", info.exportedAt().toString());
            row(
                    facts,
                    "Filters",
                    info.filter().isEmpty()
                            ? "none (the complete log)"
                            : info.filter().toMap().toString());
            row(facts, "Events exported", Long.toString(stats.events));
            row(facts, "Anchored to", "checkpoint of " + checkpoint.size() + " events at " + checkpoint.time());
            row(facts, "Root hash", checkpoint.rootHex());
            row(facts, "Signing key id", checkpoint.keyId() + " (Ed25519, public-key.pem)");
            doc.add(facts);
            doc.add(new Paragraph(
                    "Verify offline: java -jar ledger-verifier.jar verify <this package>.zip "
                            + "--trusted-key <the ledger's public key>",
                    BODY));
            overrides(doc, stats);
            documents(doc, stats);
            chart(doc, writer, "Events per type", stats.byType);
            chart(doc, writer, "Events per node", stats.byNode);
            chart(doc, writer, "Events per month (UTC)", stats.byMonth);
        } catch (DocumentException e) {
            throw new IOException("PDF report: " + e.getMessage(), e);
        } finally {
            doc.close();
        }
    }

    /** The chair's overrides of failed purpose checks, each with its reason: what an auditor asks about first. */
    private static void overrides(Document doc, ExportStats stats) throws DocumentException {
        doc.add(new Paragraph("Purpose-check overrides", HEAD));
        if (stats.overrideCount == 0) {
            doc.add(new Paragraph(
                    "none: every dataset granted in this export passed its purpose check under the active policy",
                    BODY));
            return;
        }
        doc.add(new Paragraph(
                stats.overrideCount + " dataset(s) kept by a DAC chair although the active policy's purpose check"
                        + " failed (event PurposeCheckOverridden):",
                BODY));
        PdfPTable table = new PdfPTable(new float[] {2.2f, 2.2f, 2, 2.2f, 1.5f, 3.5f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        for (String head : new String[] {"Time (UTC)", "Request", "Dataset", "Failed reasons", "Chair", "Reason"}) {
            table.addCell(new Paragraph(head, LABEL));
        }
        for (ExportStats.Override o : stats.overrides) {
            for (String cell :
                    new String[] {o.time(), o.request(), o.dataset(), o.failedReasons(), o.chair(), o.reason()}) {
                table.addCell(new Paragraph(cell, BODY));
            }
        }
        doc.add(table);
        if (stats.overrideCount > stats.overrides.size()) {
            doc.add(new Paragraph((stats.overrideCount - stats.overrides.size()) + " more in events.jsonl", BODY));
        }
    }

    /** Documents attached to requests, with the SHA-256 their bytes must have. */
    private static void documents(Document doc, ExportStats stats) throws DocumentException {
        if (stats.documentCount == 0) {
            return;
        }
        doc.add(new Paragraph("Documents attached to access requests", HEAD));
        PdfPTable table = new PdfPTable(new float[] {2.2f, 2.6f, 2.2f, 3});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        for (String head : new String[] {"Time (UTC)", "Request", "Kind", "File"}) {
            table.addCell(new Paragraph(head, LABEL));
        }
        for (ExportStats.Document d : stats.documents) {
            for (String cell : new String[] {d.time(), d.request(), d.kind(), d.fileName()}) {
                table.addCell(new Paragraph(cell, BODY));
            }
            // the digest on a row of its own, in a fixed-width face: it is compared character by character
            PdfPCell digest = new PdfPCell(new Paragraph("SHA-256 " + d.sha256(), HASH));
            digest.setColspan(4);
            table.addCell(digest);
        }
        doc.add(table);
        if (stats.documentCount > stats.documents.size()) {
            doc.add(new Paragraph((stats.documentCount - stats.documents.size()) + " more in events.jsonl", BODY));
        }
    }

    private static void row(PdfPTable table, String label, String value) {
        table.addCell(new Paragraph(label, LABEL));
        table.addCell(new Paragraph(value, BODY));
    }

    /** A horizontal bar chart drawn as vectors; beyond 24 categories the rest are summed. */
    private static void chart(Document doc, PdfWriter writer, String title, Map<String, Long> counts)
            throws DocumentException, IOException {
        doc.add(new Paragraph(title, HEAD));
        if (counts.isEmpty()) {
            doc.add(new Paragraph("no events", BODY));
            return;
        }
        int bars = Math.min(counts.size(), MAX_BARS);
        float width = 500;
        float rowHeight = 13;
        PdfTemplate t = writer.getDirectContent().createTemplate(width, bars * rowHeight + 4);
        BaseFont font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false);
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        int i = 0;
        long rest = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (i >= MAX_BARS - 1 && counts.size() > MAX_BARS) {
                rest += e.getValue();
                continue;
            }
            bar(t, font, i++, bars, rowHeight, e.getKey(), e.getValue(), max);
        }
        if (rest > 0) {
            bar(t, font, i, bars, rowHeight, "(others)", rest, Math.max(max, rest));
        }
        Image image = Image.getInstance(t);
        image.setAlignment(Element.ALIGN_LEFT);
        doc.add(image);
    }

    private static void bar(
            PdfTemplate t, BaseFont font, int i, int bars, float rowHeight, String label, long value, long max) {
        float y = (bars - i - 1) * rowHeight + 3;
        float labelWidth = 190;
        float barWidth = (float) ((500 - labelWidth - 60) * value / (double) max);
        t.setColorFill(BAR);
        t.rectangle(labelWidth, y, Math.max(barWidth, 1), rowHeight - 3);
        t.fill();
        t.setColorFill(Color.BLACK);
        t.beginText();
        t.setFontAndSize(font, 8);
        t.showTextAligned(PdfContentByte.ALIGN_RIGHT, shorten(label), labelWidth - 4, y + 2, 0);
        t.showTextAligned(PdfContentByte.ALIGN_LEFT, Long.toString(value), labelWidth + barWidth + 4, y + 2, 0);
        t.endText();
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 39) + "…" : s;
    }
}
