package org.imagingledger.web.access;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.imagingledger.application.access.DocumentContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A document's type comes from its bytes: PDF header and trailer, PNG chunks, JPEG markers. */
class DocumentContentTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aPdfNeedsItsHeaderAndItsTrailer() {
        byte[] pdf = DecisionSupportTestSupport.pdf("x");
        assertThat(DocumentContent.detect(pdf)).contains(DocumentContent.PDF);
        assertThat(DocumentContent.detect(bytes(new String(pdf, StandardCharsets.ISO_8859_1) + "\n\n  ")))
                .as("trailing whitespace after %%EOF")
                .contains(DocumentContent.PDF);
        assertThat(DocumentContent.detect(Arrays.copyOf(pdf, pdf.length - 8)))
                .as("no %%EOF")
                .isEmpty();
        assertThat(DocumentContent.detect(bytes("%PDF-1.7\nstartxref\n9999\n%%EOF")))
                .as("offset beyond the file")
                .isEmpty();
        assertThat(DocumentContent.detect(bytes("%PDF-1.7\n%%EOF")))
                .as("no startxref")
                .isEmpty();
        assertThat(DocumentContent.detect(bytes("%PDX-1.4 startxref 9 %%EOF")))
                .as("no header")
                .isEmpty();
        assertThat(DocumentContent.detect(bytes("hello, I am report.pdf"))).isEmpty();
    }

    @Test
    void imagesAreRecognisedByTheirMarkersNotTheirNames() throws Exception {
        byte[] png = DecisionSupportTestSupport.image("png");
        byte[] jpeg = DecisionSupportTestSupport.image("jpeg");
        assertThat(DocumentContent.detect(png)).contains(DocumentContent.PNG);
        assertThat(DocumentContent.detect(jpeg)).contains(DocumentContent.JPEG);
        assertThat(DocumentContent.detect(Arrays.copyOf(png, png.length - 12)))
                .as("PNG without IEND")
                .isEmpty();
        assertThat(DocumentContent.detect(Arrays.copyOf(jpeg, 40)))
                .as("JPEG without its end marker")
                .isEmpty();
        byte[] gif = bytes("GIF89a" + "\0".repeat(40));
        assertThat(DocumentContent.detect(gif)).isEqualTo(Optional.empty());
        assertThat(DocumentContent.detect(new byte[0])).isEmpty();
        assertThat(DocumentContent.detect(null)).isEmpty();
    }
}
